import { Migration } from '@mikro-orm/migrations';

export class Migration20261205184500_LoginLockCountedAt extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "login_lock" add column "counted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "login_lock" drop column "counted_at";`);
  }

}
