import { Migration } from '@mikro-orm/migrations';

export class Migration20261205110020_Assessment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "quiz" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "lesson_id" uuid not null, "slots" jsonb not null, "role" text check ("role" in ('QUIZ', 'PRE_TEST', 'POST_TEST')) not null default 'QUIZ', "opens_at" timestamptz null, "closes_at" timestamptz null, "time_limit_minutes" smallint null, "attempts_allowed" smallint null, "pass_mark_percent" numeric(5,2) null, "shuffle_questions" boolean not null default false, "shuffle_options" boolean not null default false, "grading_method" text check ("grading_method" in ('HIGHEST', 'LAST', 'AVERAGE')) not null default 'HIGHEST', "review_score" text check ("review_score" in ('IMMEDIATELY', 'AFTER_CLOSE', 'NEVER')) not null default 'IMMEDIATELY', "review_right_answers" text check ("review_right_answers" in ('IMMEDIATELY', 'AFTER_CLOSE', 'NEVER')) not null default 'AFTER_CLOSE', "review_feedback" text check ("review_feedback" in ('IMMEDIATELY', 'AFTER_CLOSE', 'NEVER')) not null default 'IMMEDIATELY', constraint "quiz_pkey" primary key ("id"));`);
    this.addSql(`alter table "quiz" add constraint "quiz_lesson_id_unique" unique ("lesson_id");`);

    this.addSql(`create table "quiz_attempt" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "quiz_id" uuid not null, "employee_id" uuid not null, "number" smallint not null, "seed" text not null, "paper" jsonb not null, "option_order" jsonb not null, "started_at" timestamptz not null, "deadline" timestamptz null, "finished_at" timestamptz null, "finished_how" text check ("finished_how" in ('SUBMITTED', 'DEADLINE')) null, "score" numeric(9,2) null, "max_score" numeric(9,2) null, "percent" numeric(5,2) null, "pending" boolean not null default false, constraint "quiz_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "quiz_attempt_employee_id_index" on "quiz_attempt" ("employee_id");`);
    this.addSql(`create unique index "quiz_attempt_one_open_idx" on "quiz_attempt" ("quiz_id", "employee_id") where "finished_at" is null;`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_quiz_id_employee_id_number_unique" unique ("quiz_id", "employee_id", "number");`);

    this.addSql(`create table "quiz_answer" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "attempt_id" uuid not null, "question_id" uuid not null, "response" jsonb not null, "revision" int not null default 0, "saved_at" timestamptz not null, "result" jsonb null, constraint "quiz_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "quiz_answer" add constraint "quiz_answer_attempt_id_question_id_unique" unique ("attempt_id", "question_id");`);

    this.addSql(`create table "question_category" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_id" uuid not null, "name" text not null, constraint "question_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "question_category" add constraint "question_category_owner_id_name_unique" unique ("owner_id", "name");`);

    this.addSql(`create table "bank_question" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_id" uuid not null, "category_id" uuid null, "type" text check ("type" in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'ESSAY')) not null, "title" text null, "text" text not null, "points" numeric(7,2) not null, "content" jsonb not null, "level" smallint null, constraint "bank_question_pkey" primary key ("id"));`);
    this.addSql(`create index "bank_question_owner_id_category_id_index" on "bank_question" ("owner_id", "category_id");`);

    this.addSql(`create table "bank_question_competency" ("bank_question_id" uuid not null, "competency_id" uuid not null, constraint "bank_question_competency_pkey" primary key ("bank_question_id", "competency_id"));`);

    this.addSql(`alter table "quiz" add constraint "quiz_lesson_id_foreign" foreign key ("lesson_id") references "lesson" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_quiz_id_foreign" foreign key ("quiz_id") references "quiz" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`);

    this.addSql(`alter table "quiz_answer" add constraint "quiz_answer_attempt_id_foreign" foreign key ("attempt_id") references "quiz_attempt" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "question_category" add constraint "question_category_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "bank_question" add constraint "bank_question_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "bank_question" add constraint "bank_question_category_id_foreign" foreign key ("category_id") references "question_category" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "bank_question_competency" add constraint "bank_question_competency_bank_question_id_foreign" foreign key ("bank_question_id") references "bank_question" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bank_question_competency" add constraint "bank_question_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lesson" drop constraint if exists "lesson_kind_check";`);

    this.addSql(`alter table "lesson" add constraint "lesson_kind_check" check("kind" in ('TEXT', 'VIDEO', 'FILE', 'LINK', 'QUIZ'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quiz_attempt" drop constraint "quiz_attempt_quiz_id_foreign";`);

    this.addSql(`alter table "quiz_answer" drop constraint "quiz_answer_attempt_id_foreign";`);

    this.addSql(`alter table "bank_question" drop constraint "bank_question_category_id_foreign";`);

    this.addSql(`alter table "bank_question_competency" drop constraint "bank_question_competency_bank_question_id_foreign";`);

    this.addSql(`drop table if exists "quiz" cascade;`);

    this.addSql(`drop table if exists "quiz_attempt" cascade;`);

    this.addSql(`drop table if exists "quiz_answer" cascade;`);

    this.addSql(`drop table if exists "question_category" cascade;`);

    this.addSql(`drop table if exists "bank_question" cascade;`);

    this.addSql(`drop table if exists "bank_question_competency" cascade;`);

    this.addSql(`alter table "lesson" drop constraint if exists "lesson_kind_check";`);

    this.addSql(`alter table "lesson" add constraint "lesson_kind_check" check("kind" in ('TEXT', 'VIDEO', 'FILE', 'LINK'));`);
  }

}
