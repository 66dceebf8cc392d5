import { Migration } from '@mikro-orm/migrations';

export class Migration20261205173000_QuizAnswerGrading extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "quiz_answer" add column "graded_by_id" uuid null, add column "graded_at" timestamptz null, add column "grade_feedback" text null, add column "grade_history" jsonb not null default '[]';`);
    this.addSql(`alter table "quiz_answer" alter column "grade_history" drop default;`);
    this.addSql(`alter table "quiz_answer" add constraint "quiz_answer_graded_by_id_foreign" foreign key ("graded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "quiz_answer_awaiting_grade_idx" on "quiz_answer" ("attempt_id") where ("result"->>'graded') = 'false';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "quiz_answer_awaiting_grade_idx";`);
    this.addSql(`alter table "quiz_answer" drop constraint "quiz_answer_graded_by_id_foreign";`);
    this.addSql(`alter table "quiz_answer" drop column "graded_by_id", drop column "graded_at", drop column "grade_feedback", drop column "grade_history";`);
  }

}
