import { Migration } from '@mikro-orm/migrations';

export class Migration20261205180500_QuizAnswerRubricScoring extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "quiz_answer" add column "grade_scoring" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quiz_answer" drop column "grade_scoring";`);
  }

}
