import { Migration } from '@mikro-orm/migrations';

export class Migration20261205140903_LessonTimeOnTask extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "lesson_time" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "lesson_id" uuid not null, "date" date not null, "ms" int not null, constraint "lesson_time_pkey" primary key ("id"));`);
    this.addSql(`create index "lesson_time_lesson_id_index" on "lesson_time" ("lesson_id");`);
    this.addSql(`alter table "lesson_time" add constraint "lesson_time_employee_id_lesson_id_date_unique" unique ("employee_id", "lesson_id", "date");`);

    this.addSql(`create table "lesson_heartbeat" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "lesson_id" uuid not null, "at" timestamptz not null, "visible" boolean not null, "active" boolean not null, "spanned" boolean not null default false, constraint "lesson_heartbeat_pkey" primary key ("id"));`);
    this.addSql(`create index "lesson_heartbeat_spanned_idx" on "lesson_heartbeat" ("employee_id", "at") where "spanned";`);
    this.addSql(`create index "lesson_heartbeat_employee_id_lesson_id_at_index" on "lesson_heartbeat" ("employee_id", "lesson_id", "at");`);

    this.addSql(`alter table "lesson_time" add constraint "lesson_time_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lesson_time" add constraint "lesson_time_lesson_id_foreign" foreign key ("lesson_id") references "lesson" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lesson_heartbeat" add constraint "lesson_heartbeat_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lesson_heartbeat" add constraint "lesson_heartbeat_lesson_id_foreign" foreign key ("lesson_id") references "lesson" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lesson_time" cascade;`);

    this.addSql(`drop table if exists "lesson_heartbeat" cascade;`);
  }

}
