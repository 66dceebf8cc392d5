import { Migration } from '@mikro-orm/migrations';

export class Migration20261205143500_EmployeePositionSince extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "employee" add column "position_since" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employee" drop column "position_since";`);
  }

}
