import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120351_CourseModuleCodeUnique extends Migration {

  override async up(): Promise<void> {
    // Databases from before the index may hold one code on several modules (parallel creations).
    // The oldest module keeps the code; each other module (all its versions) is renamed to the
    // code with the first free suffix -2, -3, …, so the index can be built and nothing is lost.
    this.addSql(`do $$
declare
  duplicate record;
  suffix int;
  candidate text;
begin
  for duplicate in
    select module_key, code from (
      select module_key, code, row_number() over (partition by code order by created_at, id) as n
        from course_module where version = 1
    ) ranked where n > 1 order by code, n
  loop
    suffix := 2;
    loop
      candidate := left(duplicate.code, 40 - length('-' || suffix)) || '-' || suffix;
      exit when not exists (select 1 from course_module where code = candidate);
      suffix := suffix + 1;
    end loop;
    update course_module set code = candidate where module_key = duplicate.module_key;
  end loop;
end $$;`);
    this.addSql(`create unique index "course_module_code_unique" on "course_module" ("code") where "version" = 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "course_module_code_unique";`);
  }

}
