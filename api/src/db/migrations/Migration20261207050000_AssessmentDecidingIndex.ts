import { Migration } from '@mikro-orm/migrations';

export class Migration20261207050000_AssessmentDecidingIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "competency_assessment_deciding_idx" on "competency_assessment" ("competency_id", "employee_id", (array_position(array['ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER', 'TRAINING', 'SUPERVISOR', 'SELF']::text[], "method")), "assessed_on" desc, "created_at" desc) include ("level", "method", "valid_until");`);
    this.addSql(`drop index "competency_assessment_competency_id_valid_until_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "competency_assessment_competency_id_valid_until_index" on "competency_assessment" ("competency_id", "valid_until");`);
    this.addSql(`drop index "competency_assessment_deciding_idx";`);
  }

}
