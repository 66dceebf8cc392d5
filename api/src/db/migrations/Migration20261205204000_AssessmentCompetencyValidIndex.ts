import { Migration } from '@mikro-orm/migrations';

export class Migration20261205204000_AssessmentCompetencyValidIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "competency_assessment_competency_id_valid_until_index" on "competency_assessment" ("competency_id", "valid_until");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "competency_assessment_competency_id_valid_until_index";`);
  }

}
