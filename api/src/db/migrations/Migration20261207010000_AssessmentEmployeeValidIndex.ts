import { Migration } from '@mikro-orm/migrations';

export class Migration20261207010000_AssessmentEmployeeValidIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "competency_assessment_employee_id_competency_id_valid_index" on "competency_assessment" ("employee_id", "competency_id", "valid_until");`);
    this.addSql(`drop index "competency_assessment_employee_id_competency_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "competency_assessment_employee_id_competency_id_index" on "competency_assessment" ("employee_id", "competency_id");`);
    this.addSql(`drop index "competency_assessment_employee_id_competency_id_valid_index";`);
  }

}
