import { Migration } from '@mikro-orm/migrations';

export class Migration20261128011525_Learning extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_record" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "source" text check ("source" in ('MODULE', 'GROUP', 'EXTERNAL')) not null, "source_id" uuid null, "form_id" smallint not null, "title" text not null, "organiser" text null, "start_date" date not null, "end_date" date not null, "minutes" int not null, "sessions" smallint not null default 1, "jp" numeric(6,1) not null, "year" smallint not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null, "international" boolean not null default false, "credit_note" text null, "evidence" text null, constraint "learning_record_pkey" primary key ("id"));`);
    this.addSql(`create unique index "learning_record_source_unique" on "learning_record" ("employee_id", "source", "source_id") where "source_id" is not null;`);
    this.addSql(`create index "learning_record_employee_id_year_index" on "learning_record" ("employee_id", "year");`);

    this.addSql(`create table "stored_file" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "mime_type" text not null, "size" int not null, "storage_key" text not null, "sha256" text not null, "uploaded_by_id" uuid not null, constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_storage_key_unique" unique ("storage_key");`);

    this.addSql(`create table "course_module" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "module_key" uuid not null, "version" smallint not null, "code" text not null, "title" text not null, "summary" text not null, "form_id" smallint not null, "organiser" text null, "jp_value" numeric(6,1) not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "published_at" timestamptz null, "cover_id" uuid null, constraint "course_module_pkey" primary key ("id"));`);
    this.addSql(`create index "course_module_code_index" on "course_module" ("code");`);
    this.addSql(`create index "course_module_status_index" on "course_module" ("status");`);
    this.addSql(`create index "course_module_title_trgm_idx" on "course_module" using gin ("title" gin_trgm_ops);`);
    this.addSql(`alter table "course_module" add constraint "course_module_module_key_version_unique" unique ("module_key", "version");`);

    this.addSql(`create table "module_competency" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "module_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, constraint "module_competency_pkey" primary key ("id"));`);
    this.addSql(`create index "module_competency_competency_id_index" on "module_competency" ("competency_id");`);
    this.addSql(`alter table "module_competency" add constraint "module_competency_module_id_competency_id_unique" unique ("module_id", "competency_id");`);

    this.addSql(`create table "enrollment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "module_id" uuid not null, "completed_at" timestamptz null, "last_activity_at" timestamptz null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollment_employee_id_index" on "enrollment" ("employee_id");`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_employee_id_module_id_unique" unique ("employee_id", "module_id");`);

    this.addSql(`create table "course_section" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "module_id" uuid not null, "title" text not null, "sort_order" smallint not null, constraint "course_section_pkey" primary key ("id"));`);

    this.addSql(`create table "lesson" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "section_id" uuid not null, "module_id" uuid not null, "title" text not null, "kind" text check ("kind" in ('TEXT', 'VIDEO', 'FILE', 'LINK')) not null, "body" text null, "url" text null, "file_id" uuid null, "duration_minutes" smallint null, "required" boolean not null default true, "sort_order" smallint not null, constraint "lesson_pkey" primary key ("id"));`);
    this.addSql(`create index "lesson_module_id_index" on "lesson" ("module_id");`);

    this.addSql(`create table "lesson_progress" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "enrollment_id" uuid not null, "lesson_id" uuid not null, "completed_at" timestamptz not null, constraint "lesson_progress_pkey" primary key ("id"));`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_enrollment_id_lesson_id_unique" unique ("enrollment_id", "lesson_id");`);

    this.addSql(`create table "course_module_author" ("course_module_id" uuid not null, "user_id" uuid not null, constraint "course_module_author_pkey" primary key ("course_module_id", "user_id"));`);

    this.addSql(`alter table "learning_record" add constraint "learning_record_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "learning_record" add constraint "learning_record_form_id_foreign" foreign key ("form_id") references "learning_form" ("id") on update cascade;`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "course_module" add constraint "course_module_form_id_foreign" foreign key ("form_id") references "learning_form" ("id") on update cascade;`);
    this.addSql(`alter table "course_module" add constraint "course_module_cover_id_foreign" foreign key ("cover_id") references "stored_file" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "module_competency" add constraint "module_competency_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "module_competency" add constraint "module_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);

    this.addSql(`alter table "enrollment" add constraint "enrollment_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade;`);

    this.addSql(`alter table "course_section" add constraint "course_section_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lesson" add constraint "lesson_section_id_foreign" foreign key ("section_id") references "course_section" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lesson" add constraint "lesson_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lesson" add constraint "lesson_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_lesson_id_foreign" foreign key ("lesson_id") references "lesson" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "course_module_author" add constraint "course_module_author_course_module_id_foreign" foreign key ("course_module_id") references "course_module" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "course_module_author" add constraint "course_module_author_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "course_module" drop constraint "course_module_cover_id_foreign";`);

    this.addSql(`alter table "lesson" drop constraint "lesson_file_id_foreign";`);

    this.addSql(`alter table "module_competency" drop constraint "module_competency_module_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_module_id_foreign";`);

    this.addSql(`alter table "course_section" drop constraint "course_section_module_id_foreign";`);

    this.addSql(`alter table "lesson" drop constraint "lesson_module_id_foreign";`);

    this.addSql(`alter table "course_module_author" drop constraint "course_module_author_course_module_id_foreign";`);

    this.addSql(`alter table "lesson_progress" drop constraint "lesson_progress_enrollment_id_foreign";`);

    this.addSql(`alter table "lesson" drop constraint "lesson_section_id_foreign";`);

    this.addSql(`alter table "lesson_progress" drop constraint "lesson_progress_lesson_id_foreign";`);

    this.addSql(`drop table if exists "learning_record" cascade;`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop table if exists "course_module" cascade;`);

    this.addSql(`drop table if exists "module_competency" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop table if exists "course_section" cascade;`);

    this.addSql(`drop table if exists "lesson" cascade;`);

    this.addSql(`drop table if exists "lesson_progress" cascade;`);

    this.addSql(`drop table if exists "course_module_author" cascade;`);
  }

}
