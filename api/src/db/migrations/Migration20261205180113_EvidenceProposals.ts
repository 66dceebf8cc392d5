import { Migration } from '@mikro-orm/migrations';

export class Migration20261205180113_EvidenceProposals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "competency_evidence_proposal" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, "method" text check ("method" in ('ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER', 'SUPERVISOR', 'TRAINING', 'SELF')) not null, "source_id" uuid not null, "source_title" text not null, "earned_on" date not null, "status" text check ("status" in ('PROPOSED', 'ACCEPTED', 'DECLINED')) not null default 'PROPOSED', "decided_at" timestamptz null, "decided_by_id" uuid null, "assessment_id" uuid null, constraint "competency_evidence_proposal_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_evidence_proposal_employee_id_status_index" on "competency_evidence_proposal" ("employee_id", "status");`);
    this.addSql(`alter table "competency_evidence_proposal" add constraint "competency_evidence_proposal_employee_id_competen_61cbe_unique" unique ("employee_id", "competency_id", "source_id");`);

    this.addSql(`alter table "competency_evidence_proposal" add constraint "competency_evidence_proposal_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "competency_evidence_proposal" add constraint "competency_evidence_proposal_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade;`);
    this.addSql(`alter table "competency_evidence_proposal" add constraint "competency_evidence_proposal_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "competency_evidence_proposal" add constraint "competency_evidence_proposal_assessment_id_foreign" foreign key ("assessment_id") references "competency_assessment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "competency_assessment" drop constraint if exists "competency_assessment_method_check";`);

    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_method_check" check("method" in ('ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER', 'SUPERVISOR', 'TRAINING', 'SELF'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "competency_evidence_proposal" cascade;`);

    this.addSql(`alter table "competency_assessment" drop constraint if exists "competency_assessment_method_check";`);

    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_method_check" check("method" in ('ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER', 'SUPERVISOR', 'SELF'));`);
  }

}
