import { Migration } from '@mikro-orm/migrations';

export class Migration20261205124121_CommunitySessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "group_session" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "group_id" uuid not null, "topic" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place_name" text null, "latitude" double precision null, "longitude" double precision null, "radius_meters" int null, "meeting_url" text null, "status" text check ("status" in ('PLANNED', 'OPEN', 'CLOSED')) not null default 'PLANNED', "code_secret" text not null, "opened_at" timestamptz null, "closed_at" timestamptz null, "report" text null, "evidence_links" jsonb not null, "report_filed_at" timestamptz null, "report_acknowledged_at" timestamptz null, constraint "group_session_pkey" primary key ("id"));`);
    this.addSql(`create index "group_session_group_id_index" on "group_session" ("group_id");`);

    this.addSql(`create table "attendance" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "employee_id" uuid not null, "check_in_at" timestamptz not null, "check_out_at" timestamptz null, "method" text check ("method" in ('CODE', 'MANUAL')) not null, "manual_reason" text null, "marked_by_id" uuid null, "latitude" double precision null, "longitude" double precision null, "distance_meters" int null, "flag" text check ("flag" in ('NO_LOCATION', 'OUTSIDE_RADIUS')) null, constraint "attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_employee_id_index" on "attendance" ("employee_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_employee_id_unique" unique ("session_id", "employee_id");`);

    this.addSql(`alter table "group_session" add constraint "group_session_group_id_foreign" foreign key ("group_id") references "community_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "group_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_marked_by_id_foreign" foreign key ("marked_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "attendance" drop constraint "attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "group_session" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);
  }

}
