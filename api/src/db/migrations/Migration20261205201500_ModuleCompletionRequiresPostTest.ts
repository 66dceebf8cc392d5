import { Migration } from '@mikro-orm/migrations';

export class Migration20261205201500_ModuleCompletionRequiresPostTest extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "course_module" add column "completion_requires_post_test" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "course_module" drop column "completion_requires_post_test";`);
  }

}
