import { Migration } from '@mikro-orm/migrations';

export class Migration20261205105644_AuditTrail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_user_id" uuid null, "actor_name" text not null, "action" text not null, "subject_type" text not null, "subject_id" text null, "employee_id" uuid null, "purpose" text null, "details" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_action_at_index" on "audit_entry" ("action", "at");`);
    this.addSql(`create index "audit_entry_actor_user_id_at_index" on "audit_entry" ("actor_user_id", "at");`);
    this.addSql(`create index "audit_entry_employee_id_at_index" on "audit_entry" ("employee_id", "at");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
