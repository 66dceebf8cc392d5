import { Migration } from '@mikro-orm/migrations';

export class Migration20261128010750_Competencies extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "competency" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name" text not null, "type" text check ("type" in ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')) not null, "government_affair" text null, "description" text not null, "active" boolean not null default true, constraint "competency_pkey" primary key ("id"));`);
    this.addSql(`alter table "competency" add constraint "competency_code_unique" unique ("code");`);
    this.addSql(`create index "competency_name_trgm_idx" on "competency" using gin ("name" gin_trgm_ops);`);

    this.addSql(`create table "competency_level" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "competency_id" uuid not null, "level" smallint not null, "description" text not null, "indicators" text[] not null, constraint "competency_level_pkey" primary key ("id"));`);
    this.addSql(`alter table "competency_level" add constraint "competency_level_competency_id_level_unique" unique ("competency_id", "level");`);

    this.addSql(`create table "development_plan" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "year" smallint not null, "target_position_id" uuid null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')) not null default 'DRAFT', "supervisor_comment" text null, "submitted_at" timestamptz null, "decided_at" timestamptz null, constraint "development_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "development_plan" add constraint "development_plan_employee_id_year_unique" unique ("employee_id", "year");`);

    this.addSql(`create table "development_plan_item" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "sort_order" smallint not null, "competency_id" uuid null, "form_id" smallint not null, "target_jp" numeric(6,1) not null, "note" text null, "organiser" text null, "planned_month" smallint null, "budget" numeric(14,0) null, constraint "development_plan_item_pkey" primary key ("id"));`);

    this.addSql(`create table "career_path" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "from_id" uuid not null, "to_id" uuid not null, "note" text null, constraint "career_path_pkey" primary key ("id"));`);
    this.addSql(`create index "career_path_to_id_index" on "career_path" ("to_id");`);
    this.addSql(`alter table "career_path" add constraint "career_path_from_id_to_id_unique" unique ("from_id", "to_id");`);

    this.addSql(`create table "position_competency" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "position_id" uuid not null, "competency_id" uuid not null, "required_level" smallint not null, constraint "position_competency_pkey" primary key ("id"));`);
    this.addSql(`alter table "position_competency" add constraint "position_competency_position_id_competency_id_unique" unique ("position_id", "competency_id");`);

    this.addSql(`create table "setting" ("key" text not null, "value" numeric(10,2) not null, "updated_at" timestamptz not null default now(), constraint "setting_pkey" primary key ("key"));`);

    this.addSql(`create table "development_plan_event" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "action" text check ("action" in ('PROPOSED', 'EDITED', 'SUBMITTED', 'APPROVED', 'RETURNED')) not null, "actor_id" uuid not null, "comment" text null, "total_jp" numeric(7,1) not null, "items" jsonb not null, constraint "development_plan_event_pkey" primary key ("id"));`);

    this.addSql(`create table "competency_assessment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, "method" text check ("method" in ('ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER', 'SUPERVISOR', 'SELF')) not null, "assessed_on" date not null, "valid_until" date not null, "evidence" text null, "assessor_id" uuid null, constraint "competency_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_assessment_employee_id_competency_id_index" on "competency_assessment" ("employee_id", "competency_id");`);

    this.addSql(`create table "user_supervised_opd" ("user_id" uuid not null, "opd_id" uuid not null, constraint "user_supervised_opd_pkey" primary key ("user_id", "opd_id"));`);

    this.addSql(`alter table "competency_level" add constraint "competency_level_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "development_plan" add constraint "development_plan_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "development_plan" add constraint "development_plan_target_position_id_foreign" foreign key ("target_position_id") references "position" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_plan_id_foreign" foreign key ("plan_id") references "development_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_form_id_foreign" foreign key ("form_id") references "learning_form" ("id") on update cascade;`);

    this.addSql(`alter table "career_path" add constraint "career_path_from_id_foreign" foreign key ("from_id") references "position" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "career_path" add constraint "career_path_to_id_foreign" foreign key ("to_id") references "position" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "position_competency" add constraint "position_competency_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "position_competency" add constraint "position_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);

    this.addSql(`alter table "development_plan_event" add constraint "development_plan_event_plan_id_foreign" foreign key ("plan_id") references "development_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_plan_event" add constraint "development_plan_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);
    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_assessor_id_foreign" foreign key ("assessor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_supervised_opd" add constraint "user_supervised_opd_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_supervised_opd" add constraint "user_supervised_opd_opd_id_foreign" foreign key ("opd_id") references "opd" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "position" add column "government_affair" text null, add column "summary" text null, add column "requirements" jsonb null;`);

    this.addSql(`alter table "position_type_ref" add column "default_managerial_level" smallint not null default 1;`);
    // Existing installations get the DOMAIN.md defaults (new ones are seeded with them).
    this.addSql(`update "position_type_ref" set "default_managerial_level" = case "code" when 'JPT_UTAMA' then 5 when 'JPT_MADYA' then 5 when 'JPT_PRATAMA' then 4 when 'ADMINISTRATOR' then 3 when 'PENGAWAS' then 2 when 'FUNGSIONAL' then 2 else 1 end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "competency_level" drop constraint "competency_level_competency_id_foreign";`);

    this.addSql(`alter table "development_plan_item" drop constraint "development_plan_item_competency_id_foreign";`);

    this.addSql(`alter table "position_competency" drop constraint "position_competency_competency_id_foreign";`);

    this.addSql(`alter table "competency_assessment" drop constraint "competency_assessment_competency_id_foreign";`);

    this.addSql(`alter table "development_plan_item" drop constraint "development_plan_item_plan_id_foreign";`);

    this.addSql(`alter table "development_plan_event" drop constraint "development_plan_event_plan_id_foreign";`);

    this.addSql(`drop table if exists "competency" cascade;`);

    this.addSql(`drop table if exists "competency_level" cascade;`);

    this.addSql(`drop table if exists "development_plan" cascade;`);

    this.addSql(`drop table if exists "development_plan_item" cascade;`);

    this.addSql(`drop table if exists "career_path" cascade;`);

    this.addSql(`drop table if exists "position_competency" cascade;`);

    this.addSql(`drop table if exists "setting" cascade;`);

    this.addSql(`drop table if exists "development_plan_event" cascade;`);

    this.addSql(`drop table if exists "competency_assessment" cascade;`);

    this.addSql(`drop table if exists "user_supervised_opd" cascade;`);

    this.addSql(`alter table "position" drop column "government_affair", drop column "summary", drop column "requirements";`);

    this.addSql(`alter table "position_type_ref" drop column "default_managerial_level";`);
  }

}
