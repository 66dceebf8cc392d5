import { Migration } from '@mikro-orm/migrations';

export class Migration20261205105819_CommunityGroups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "community_group" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "purpose" text not null, "mode" text check ("mode" in ('ONLINE', 'OFFLINE', 'BLENDED')) not null, "join_policy" text check ("join_policy" in ('ANY_OPD', 'LISTED_OPDS', 'INVITATION')) not null, "capacity" smallint not null, "planned_start" date not null, "planned_end" date not null, "planned_sessions" smallint not null, "funding" text check ("funding" in ('MANDIRI', 'COST_SHARING', 'APBD')) not null, "cost_per_participant" int not null, "participant_share_percent" smallint null, "budget_reference" text null, "status" text check ("status" in ('DRAFT', 'PROPOSED', 'APPROVED', 'RUNNING', 'COMPLETED', 'CANCELLED')) not null default 'DRAFT', "group_trainer_id" uuid not null, "group_monitor_id" uuid not null, "opd_id" uuid not null, "created_by_id" uuid not null, "decision_reason" text null, "completed_at" timestamptz null, constraint "community_group_pkey" primary key ("id"));`);
    this.addSql(`create index "community_group_status_index" on "community_group" ("status");`);
    this.addSql(`create index "community_group_group_trainer_id_index" on "community_group" ("group_trainer_id");`);
    this.addSql(`create index "community_group_group_monitor_id_index" on "community_group" ("group_monitor_id");`);
    this.addSql(`create index "community_group_opd_id_index" on "community_group" ("opd_id");`);

    this.addSql(`create table "group_member" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "group_id" uuid not null, "employee_id" uuid not null, "status" text check ("status" in ('APPLIED', 'ACTIVE', 'DECLINED', 'LEFT')) not null, "joined_at" timestamptz null, "result" text check ("result" in ('COMPLETED', 'NOT_COMPLETED')) null, "score" smallint null, "result_comment" text null, "notes" text null, "learning_record_id" uuid null, "completed_at" timestamptz null, constraint "group_member_pkey" primary key ("id"));`);
    this.addSql(`create index "group_member_employee_id_index" on "group_member" ("employee_id");`);
    this.addSql(`alter table "group_member" add constraint "group_member_group_id_employee_id_unique" unique ("group_id", "employee_id");`);

    this.addSql(`create table "group_event" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "group_id" uuid not null, "action" text check ("action" in ('PROPOSED', 'APPROVED', 'RETURNED', 'STARTED', 'COMPLETED', 'CANCELLED')) not null, "actor_id" uuid not null, "reason" text null, "at" timestamptz not null, constraint "group_event_pkey" primary key ("id"));`);
    this.addSql(`create index "group_event_group_id_index" on "group_event" ("group_id");`);

    this.addSql(`create table "group_competency" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "group_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, constraint "group_competency_pkey" primary key ("id"));`);
    this.addSql(`create index "group_competency_competency_id_index" on "group_competency" ("competency_id");`);
    this.addSql(`alter table "group_competency" add constraint "group_competency_group_id_competency_id_unique" unique ("group_id", "competency_id");`);

    this.addSql(`create table "community_group_opd" ("community_group_id" uuid not null, "opd_id" uuid not null, constraint "community_group_opd_pkey" primary key ("community_group_id", "opd_id"));`);

    this.addSql(`alter table "community_group" add constraint "community_group_group_trainer_id_foreign" foreign key ("group_trainer_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "community_group" add constraint "community_group_group_monitor_id_foreign" foreign key ("group_monitor_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "community_group" add constraint "community_group_opd_id_foreign" foreign key ("opd_id") references "opd" ("id") on update cascade;`);
    this.addSql(`alter table "community_group" add constraint "community_group_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "group_member" add constraint "group_member_group_id_foreign" foreign key ("group_id") references "community_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "group_member" add constraint "group_member_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "group_member" add constraint "group_member_learning_record_id_foreign" foreign key ("learning_record_id") references "learning_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "group_event" add constraint "group_event_group_id_foreign" foreign key ("group_id") references "community_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "group_event" add constraint "group_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "group_competency" add constraint "group_competency_group_id_foreign" foreign key ("group_id") references "community_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "group_competency" add constraint "group_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);

    this.addSql(`alter table "community_group_opd" add constraint "community_group_opd_community_group_id_foreign" foreign key ("community_group_id") references "community_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_group_opd" add constraint "community_group_opd_opd_id_foreign" foreign key ("opd_id") references "opd" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "group_member" drop constraint "group_member_group_id_foreign";`);

    this.addSql(`alter table "group_event" drop constraint "group_event_group_id_foreign";`);

    this.addSql(`alter table "group_competency" drop constraint "group_competency_group_id_foreign";`);

    this.addSql(`alter table "community_group_opd" drop constraint "community_group_opd_community_group_id_foreign";`);

    this.addSql(`drop table if exists "community_group" cascade;`);

    this.addSql(`drop table if exists "group_member" cascade;`);

    this.addSql(`drop table if exists "group_event" cascade;`);

    this.addSql(`drop table if exists "group_competency" cascade;`);

    this.addSql(`drop table if exists "community_group_opd" cascade;`);
  }

}
