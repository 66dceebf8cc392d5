import { Migration } from '@mikro-orm/migrations';

export class Migration20261128012043_AssessmentEvidenceFile extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "competency_assessment" add column "evidence_file_id" uuid null;`);
    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_evidence_file_id_foreign" foreign key ("evidence_file_id") references "stored_file" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "competency_assessment" drop constraint "competency_assessment_evidence_file_id_foreign";`);

    this.addSql(`alter table "competency_assessment" drop column "evidence_file_id";`);
  }

}
