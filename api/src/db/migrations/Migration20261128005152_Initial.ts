import { Migration } from '@mikro-orm/migrations';

export class Migration20261128005152_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table "learning_form" ("id" smallint not null, "name" text not null, "delivery" text check ("delivery" in ('KLASIKAL', 'NONKLASIKAL')) not null, "credit_mode" text check ("credit_mode" in ('CURRICULUM', 'PER_DAY', 'PER_SESSION', 'PER_ACTIVITY', 'ACTUAL', 'AS_APPROVED')) not null, "credit_value" numeric(6,1) null, "max_jp_per_day" numeric(6,1) null, "max_sessions_per_month" smallint null, "requires_report" boolean not null default false, "updated_at" timestamptz not null default now(), constraint "learning_form_pkey" primary key ("id"));`);

    this.addSql(`create table "opd" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name" text not null, "kind" text check ("kind" in ('SEKRETARIAT', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN', 'LAINNYA')) not null, constraint "opd_pkey" primary key ("id"));`);
    this.addSql(`alter table "opd" add constraint "opd_code_unique" unique ("code");`);

    this.addSql(`create table "position" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name" text not null, "position_type" text check ("position_type" in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA')) not null, "opd_id" uuid null, constraint "position_pkey" primary key ("id"));`);
    this.addSql(`alter table "position" add constraint "position_code_unique" unique ("code");`);

    this.addSql(`create table "employee" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "nip" varchar(18) not null, "name" text not null, "employee_type" text check ("employee_type" in ('PNS', 'PPPK')) not null, "opd_id" uuid not null, "position_id" uuid null, "rank" text null, "email" text null, "phone" text null, "active" boolean not null default true, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`alter table "employee" add constraint "employee_nip_unique" unique ("nip");`);
    this.addSql(`create index "employee_opd_id_index" on "employee" ("opd_id");`);
    this.addSql(`create index "employee_position_id_index" on "employee" ("position_id");`);
    this.addSql(`create index "employee_nip_prefix_idx" on "employee" ("nip" text_pattern_ops);`);
    this.addSql(`create index "employee_name_trgm_idx" on "employee" using gin ("name" gin_trgm_ops);`);

    this.addSql(`create table "position_type_ref" ("code" text not null, "name" text not null, "managerial" boolean not null, "sort_order" smallint not null, constraint "position_type_ref_pkey" primary key ("code"));`);

    this.addSql(`create table "app_user" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "username" text not null, "password_hash" text not null, "display_name" text not null, "roles" text[] not null, "employee_id" uuid null, "active" boolean not null default true, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`alter table "app_user" add constraint "app_user_employee_id_unique" unique ("employee_id");`);

    this.addSql(`create table "session" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" text null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`alter table "position" add constraint "position_opd_id_foreign" foreign key ("opd_id") references "opd" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "employee" add constraint "employee_opd_id_foreign" foreign key ("opd_id") references "opd" ("id") on update cascade;`);
    this.addSql(`alter table "employee" add constraint "employee_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_user" add constraint "app_user_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop constraint "position_opd_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_opd_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_position_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_employee_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "learning_form" cascade;`);

    this.addSql(`drop table if exists "opd" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "position_type_ref" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }

}
