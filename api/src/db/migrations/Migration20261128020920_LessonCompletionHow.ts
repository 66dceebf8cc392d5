import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020920_LessonCompletionHow extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "lesson_progress" add column "how" text not null default 'MANUAL';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "lesson_progress" drop column "how";`);
  }

}
