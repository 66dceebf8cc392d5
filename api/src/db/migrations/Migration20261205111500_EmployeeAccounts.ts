import { Migration } from '@mikro-orm/migrations';

export class Migration20261205111500_EmployeeAccounts extends Migration {

  override async up(): Promise<void> {
    // An account whose first password is not issued yet cannot log in.
    this.addSql(`alter table "app_user" alter column "password_hash" drop not null;`);
    this.addSql(`alter table "app_user" add column "must_change_password" boolean not null default false;`);
    // LEARNER follows from the employee link; it is no longer stored as a granted role.
    this.addSql(`update "app_user" set "roles" = array_remove("roles", 'LEARNER') where 'LEARNER' = any("roles");`);
    // Every employee gets an account that logs in by NIP, waiting for its first password.
    this.addSql(`insert into "app_user" ("username", "password_hash", "display_name", "roles", "employee_id") select e."nip", null, e."name", '{}', e."id" from "employee" e where not exists (select 1 from "app_user" u where u."employee_id" = e."id") and not exists (select 1 from "app_user" u where u."username" = e."nip");`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "app_user" where "password_hash" is null;`);
    this.addSql(`update "app_user" set "roles" = array_append("roles", 'LEARNER') where "employee_id" is not null and not ('LEARNER' = any("roles"));`);
    this.addSql(`alter table "app_user" drop column "must_change_password";`);
    this.addSql(`alter table "app_user" alter column "password_hash" set not null;`);
  }

}
