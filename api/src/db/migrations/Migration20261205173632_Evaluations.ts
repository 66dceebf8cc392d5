import { Migration } from '@mikro-orm/migrations';

export class Migration20261205173632_Evaluations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evaluation_response" ("id" uuid not null default gen_random_uuid(), "module_key" uuid not null, "answers" jsonb not null, "comment" text null, constraint "evaluation_response_pkey" primary key ("id"));`);
    this.addSql(`create index "evaluation_response_module_key_index" on "evaluation_response" ("module_key");`);

    this.addSql(`create table "evaluation_template" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" text not null, "items" jsonb not null, constraint "evaluation_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "evaluation_template" add constraint "evaluation_template_key_unique" unique ("key");`);

    this.addSql(`create table "evaluation_submission" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "employee_id" uuid not null, "module_key" uuid not null, "skipped" boolean not null default false, constraint "evaluation_submission_pkey" primary key ("id"));`);
    this.addSql(`alter table "evaluation_submission" add constraint "evaluation_submission_employee_id_module_key_unique" unique ("employee_id", "module_key");`);

    this.addSql(`alter table "evaluation_submission" add constraint "evaluation_submission_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    // The default form (Kirkpatrick level 1: reaction to the programme and the trainer); administrators edit it.
    this.addSql(`insert into "evaluation_template" ("key", "items") values ('default', '${JSON.stringify([
      { id: 'relevan', text: 'Materi modul relevan dengan pekerjaan saya.' },
      { id: 'tujuan', text: 'Tujuan pembelajaran modul jelas dan tercapai.' },
      { id: 'pelatih-menguasai', text: 'Pelatih menguasai materi.' },
      { id: 'pelatih-jelas', text: 'Pelatih menyampaikan materi dengan jelas dan menanggapi pertanyaan peserta.' },
      { id: 'waktu', text: 'Waktu dan beban belajar sesuai dengan JP modul.' },
      { id: 'rekomendasi', text: 'Saya akan merekomendasikan modul ini kepada rekan kerja.' },
    ])}'::jsonb);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation_response" cascade;`);

    this.addSql(`drop table if exists "evaluation_template" cascade;`);

    this.addSql(`drop table if exists "evaluation_submission" cascade;`);
  }

}
