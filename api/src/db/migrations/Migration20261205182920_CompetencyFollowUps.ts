import { Migration } from '@mikro-orm/migrations';

export class Migration20261205182920_CompetencyFollowUps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "competency_follow_up" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "module_key" uuid not null, "answered_by_id" uuid not null, "applied" text check ("applied" in ('APPLIED', 'PARTLY', 'NOT_APPLIED')) not null, "note" text null, constraint "competency_follow_up_pkey" primary key ("id"));`);
    this.addSql(`alter table "competency_follow_up" add constraint "competency_follow_up_employee_id_module_key_unique" unique ("employee_id", "module_key");`);

    this.addSql(`alter table "competency_follow_up" add constraint "competency_follow_up_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "competency_follow_up" add constraint "competency_follow_up_answered_by_id_foreign" foreign key ("answered_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "competency_follow_up" cascade;`);
  }

}
