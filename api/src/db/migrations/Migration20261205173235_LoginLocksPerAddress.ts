import { Migration } from '@mikro-orm/migrations';

export class Migration20261205173235_LoginLocksPerAddress extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_lock" ("user_id" uuid not null, "address" text not null, "failures" int not null default 0, "locked_until" timestamptz null, constraint "login_lock_pkey" primary key ("user_id", "address"));`);

    this.addSql(`alter table "login_lock" add constraint "login_lock_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" drop column "failed_logins", drop column "locked_until";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_lock" cascade;`);

    this.addSql(`alter table "app_user" add column "failed_logins" int4 not null default 0, add column "locked_until" timestamptz(6) null;`);
  }

}
