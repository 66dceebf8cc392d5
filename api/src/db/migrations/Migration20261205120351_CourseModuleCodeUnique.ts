import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120351_CourseModuleCodeUnique extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unique index "course_module_code_unique" on "course_module" ("code") where "version" = 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "course_module_code_unique";`);
  }

}
