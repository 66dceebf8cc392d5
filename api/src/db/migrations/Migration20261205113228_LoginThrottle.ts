import { Migration } from '@mikro-orm/migrations';

export class Migration20261205113228_LoginThrottle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("address" text not null, "failures" int not null, "window_ends_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("address"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);
  }

}
