import { Migration } from '@mikro-orm/migrations';

export class Migration20261205114230_Certificates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "certificate_sequence" ("year" smallint not null, "last" int not null, constraint "certificate_sequence_pkey" primary key ("year"));`);

    this.addSql(`create table "certificate_settings" ("id" smallint not null default 1, "number_format" text not null default 'KP/{year}/{seq:05}', "base_url" text null, "government" text not null default 'Pemerintah Kabupaten Sidoarjo', "agency" text not null default 'Badan Kepegawaian Daerah', "place" text not null default 'Sidoarjo', "signer_title" text not null default 'Kepala Badan Kepegawaian Daerah Kabupaten Sidoarjo', "signer_name" text not null default '', "signer_nip" text null, "updated_at" timestamptz not null default now(), constraint "certificate_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "certificate" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "number" text not null, "year" smallint not null, "seq" int not null, "verification_code" text not null, "employee_id" uuid not null, "source" text check ("source" in ('MODULE', 'GROUP', 'CLAIM')) not null, "source_id" uuid not null, "learning_record_id" uuid null, "holder_name" text not null, "holder_nip" text not null, "position_name" text null, "opd_name" text not null, "title" text not null, "form_id" smallint not null, "form_name" text not null, "organiser" text null, "start_date" date not null, "end_date" date not null, "jp" numeric(6,1) not null, "result" text null, "competencies" jsonb not null, "place" text not null, "issued_on" date not null, "issuer" jsonb not null, "status" text check ("status" in ('VALID', 'REVOKED')) not null default 'VALID', "revoked_at" timestamptz null, "revoked_reason" text null, "revoked_by_id" uuid null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_number_unique" unique ("number");`);
    this.addSql(`alter table "certificate" add constraint "certificate_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "certificate_employee_id_index" on "certificate" ("employee_id");`);
    this.addSql(`create index "certificate_holder_nip_index" on "certificate" ("holder_nip");`);
    this.addSql(`create index "certificate_holder_name_trgm_idx" on "certificate" using gin ("holder_name" gin_trgm_ops);`);
    this.addSql(`create index "certificate_year_issued_on_index" on "certificate" ("year", "issued_on");`);
    this.addSql(`alter table "certificate" add constraint "certificate_year_seq_unique" unique ("year", "seq");`);
    this.addSql(`alter table "certificate" add constraint "certificate_employee_id_source_source_id_unique" unique ("employee_id", "source", "source_id");`);

    this.addSql(`alter table "certificate" add constraint "certificate_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "course_module" add column "certifying" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_sequence" cascade;`);

    this.addSql(`drop table if exists "certificate_settings" cascade;`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`alter table "course_module" drop column "certifying";`);
  }

}
