import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120002_TalentRatingsAndSavedSearches extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "saved_search" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_id" uuid not null, "name" text not null, "filter" jsonb not null, constraint "saved_search_pkey" primary key ("id"));`);
    this.addSql(`create index "saved_search_owner_id_name_index" on "saved_search" ("owner_id", "name");`);

    this.addSql(`create table "talent_rating" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "year" smallint not null, "performance" text check ("performance" in ('BELOW', 'MEETS', 'ABOVE')) not null, "potential" text check ("potential" in ('LOW', 'MEDIUM', 'HIGH')) not null, "recorded_by" uuid null, constraint "talent_rating_pkey" primary key ("id"));`);
    this.addSql(`alter table "talent_rating" add constraint "talent_rating_employee_id_year_unique" unique ("employee_id", "year");`);

    this.addSql(`alter table "talent_rating" add constraint "talent_rating_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_search" cascade;`);

    this.addSql(`drop table if exists "talent_rating" cascade;`);
  }

}
