import { Migration } from '@mikro-orm/migrations';

export class Migration20261205150000_EmployeeNameOrderIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "employee_name_nip_index" on "employee" ("name", "nip");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "employee_name_nip_index";`);
  }

}
