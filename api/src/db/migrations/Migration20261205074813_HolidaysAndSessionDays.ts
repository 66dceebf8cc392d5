import { Migration } from '@mikro-orm/migrations';

export class Migration20261205074813_HolidaysAndSessionDays extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "holiday" ("date" date not null, "name" text not null, "kind" text check ("kind" in ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA')) not null, constraint "holiday_pkey" primary key ("date"));`);

    this.addSql(`alter table "learning_record_day" add column "sessions" smallint not null default 0;`);
    // Sessions credited so far all counted in the month of the record's end date: keep them there.
    this.addSql(`update "learning_record_day" d set "sessions" = r."sessions" from "learning_record" r join "learning_form" f on f."id" = r."form_id" where d."record_id" = r."id" and d."date" = r."end_date" and f."credit_mode" = 'PER_SESSION';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "holiday" cascade;`);

    this.addSql(`alter table "learning_record_day" drop column "sessions";`);
  }

}
