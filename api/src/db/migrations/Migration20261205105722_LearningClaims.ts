import { Migration } from '@mikro-orm/migrations';

export class Migration20261205105722_LearningClaims extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_claim" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "form_id" smallint not null, "title" text not null, "organiser" text null, "start_date" date not null, "end_date" date not null, "attended_dates" jsonb not null, "hours" numeric(6,2) null, "sessions_per_month" jsonb not null, "international" boolean not null default false, "funding" text check ("funding" in ('APBD', 'APBN', 'SELF_FUNDED', 'COST_SHARING', 'THIRD_PARTY')) not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'RETURNED')) not null default 'SUBMITTED', "record_id" uuid null, "approved_jp" numeric(6,1) null, "decision_reason" text null, "submitted_by_id" uuid not null, "submitted_at" timestamptz not null, "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "learning_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_claim_employee_id_index" on "learning_claim" ("employee_id");`);
    this.addSql(`create index "learning_claim_status_submitted_at_index" on "learning_claim" ("status", "submitted_at");`);

    this.addSql(`create table "learning_claim_evidence" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "claim_id" uuid not null, "file_id" uuid not null, "kind" text check ("kind" in ('CERTIFICATE', 'REPORT', 'OTHER')) not null, constraint "learning_claim_evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_claim_evidence_file_id_index" on "learning_claim_evidence" ("file_id");`);
    this.addSql(`alter table "learning_claim_evidence" add constraint "learning_claim_evidence_claim_id_file_id_unique" unique ("claim_id", "file_id");`);

    this.addSql(`alter table "learning_claim" add constraint "learning_claim_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "learning_claim" add constraint "learning_claim_form_id_foreign" foreign key ("form_id") references "learning_form" ("id") on update cascade;`);
    this.addSql(`alter table "learning_claim" add constraint "learning_claim_record_id_foreign" foreign key ("record_id") references "learning_record" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_claim" add constraint "learning_claim_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "learning_claim" add constraint "learning_claim_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "learning_claim_evidence" add constraint "learning_claim_evidence_claim_id_foreign" foreign key ("claim_id") references "learning_claim" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_claim_evidence" add constraint "learning_claim_evidence_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "learning_claim_evidence" drop constraint "learning_claim_evidence_claim_id_foreign";`);

    this.addSql(`drop table if exists "learning_claim" cascade;`);

    this.addSql(`drop table if exists "learning_claim_evidence" cascade;`);
  }

}
