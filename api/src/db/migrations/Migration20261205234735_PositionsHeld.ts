import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_TIME_ZONE } from '../../common/dates';

export class Migration20261205234735_PositionsHeld extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "position_held" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "position_id" uuid not null, "opd_id" uuid not null, "from_date" date not null, "to_date" date null, constraint "position_held_pkey" primary key ("id"), constraint position_held_span_check check (to_date is null or to_date > from_date));`);
    this.addSql(`alter table "position_held" add constraint "position_held_one_open" exclude using btree ("employee_id" with =) where ("to_date" is null) deferrable initially deferred;`);
    this.addSql(`create index "position_held_employee_id_from_date_index" on "position_held" ("employee_id", "from_date");`);

    this.addSql(`alter table "position_held" add constraint "position_held_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "position_held" add constraint "position_held_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade;`);
    this.addSql(`alter table "position_held" add constraint "position_held_opd_id_foreign" foreign key ("opd_id") references "opd" ("id") on update cascade;`);

    // Each employee with a position holds it from the start kept so far or, when it was not known,
    // from the day the employee was recorded (a day of the regency's default time zone).
    this.addSql(`insert into "position_held" ("employee_id", "position_id", "opd_id", "from_date", "to_date")
      select e."id", e."position_id", e."opd_id",
        coalesce(e."position_since", (e."created_at" at time zone '${DEFAULT_TIME_ZONE}')::date), null
      from "employee" e where e."position_id" is not null;`);
    this.addSql(`alter table "employee" drop column "position_since";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employee" add column "position_since" date null;`);
    this.addSql(`update "employee" e set "position_since" = h."from_date"
      from "position_held" h where h."employee_id" = e."id" and h."to_date" is null and h."position_id" = e."position_id";`);
    this.addSql(`drop table if exists "position_held" cascade;`);
  }

}
