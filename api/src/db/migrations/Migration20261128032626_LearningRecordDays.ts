import { Migration } from '@mikro-orm/migrations';

export class Migration20261128032626_LearningRecordDays extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_record_day" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "record_id" uuid not null, "date" date not null, "jp" numeric(6,1) not null, constraint "learning_record_day_pkey" primary key ("id"));`);
    this.addSql(`alter table "learning_record_day" add constraint "learning_record_day_record_id_date_unique" unique ("record_id", "date");`);

    this.addSql(`alter table "learning_record_day" add constraint "learning_record_day_record_id_foreign" foreign key ("record_id") references "learning_record" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "learning_record_day" cascade;`);
  }

}
