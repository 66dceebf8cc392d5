import { Migration } from '@mikro-orm/migrations';

/**
 * Approved JP per employee and year, kept by PostgreSQL: statement triggers on `learning_record`
 * add what a statement inserts or approves and take away what it deletes, rejects or moves to
 * another year or employee (one row per employee and year with approved records; none without).
 */
export class Migration20261206100000_EmployeeJpYear extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "employee_jp_year" ("employee_id" uuid not null, "year" smallint not null, "jp" numeric(10,1) not null, "records" int not null, constraint "employee_jp_year_pkey" primary key ("employee_id", "year"));`);
    this.addSql(`create index "employee_jp_year_year_jp_index" on "employee_jp_year" ("year", "jp");`);

    this.addSql(`alter table "employee_jp_year" add constraint "employee_jp_year_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);

    this.addSql(`create function employee_jp_year_apply() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    delete from employee_jp_year;
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    update employee_jp_year y set jp = y.jp - g.jp, records = y.records - g.records
      from (select employee_id, year, sum(jp) as jp, count(*)::int as records from old_records
        where status = 'APPROVED' group by employee_id, year) g
      where y.employee_id = g.employee_id and y.year = g.year;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into employee_jp_year (employee_id, year, jp, records)
      select employee_id, year, sum(jp), count(*)::int from new_records
        where status = 'APPROVED' group by employee_id, year order by employee_id, year
      on conflict (employee_id, year) do update
        set jp = employee_jp_year.jp + excluded.jp, records = employee_jp_year.records + excluded.records;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    delete from employee_jp_year y using (select distinct employee_id, year from old_records where status = 'APPROVED') g
      where y.employee_id = g.employee_id and y.year = g.year and y.records = 0;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger employee_jp_year_insert after insert on learning_record referencing new table as new_records
      for each statement execute function employee_jp_year_apply();`);
    this.addSql(`create trigger employee_jp_year_update after update on learning_record referencing old table as old_records new table as new_records
      for each statement execute function employee_jp_year_apply();`);
    this.addSql(`create trigger employee_jp_year_delete after delete on learning_record referencing old table as old_records
      for each statement execute function employee_jp_year_apply();`);
    this.addSql(`create trigger employee_jp_year_truncate after truncate on learning_record
      for each statement execute function employee_jp_year_apply();`);
    this.addSql(`insert into employee_jp_year (employee_id, year, jp, records)
      select employee_id, year, sum(jp), count(*)::int from learning_record where status = 'APPROVED' group by employee_id, year;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists employee_jp_year_insert on learning_record;`);
    this.addSql(`drop trigger if exists employee_jp_year_update on learning_record;`);
    this.addSql(`drop trigger if exists employee_jp_year_delete on learning_record;`);
    this.addSql(`drop trigger if exists employee_jp_year_truncate on learning_record;`);
    this.addSql(`drop function if exists employee_jp_year_apply();`);
    this.addSql(`drop table if exists "employee_jp_year" cascade;`);
  }

}
