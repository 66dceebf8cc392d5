import { Migration } from '@mikro-orm/migrations';

export class Migration20261205234120_GroupEvaluations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "completed_group" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "group_trainer_id" uuid not null, "group_monitor_id" uuid not null, "participant_ids" jsonb not null, "material_module_ids" jsonb not null, "completed_at" timestamptz not null, constraint "completed_group_pkey" primary key ("id"));`);

    this.addSql(`alter table "completed_group" add constraint "completed_group_group_trainer_id_foreign" foreign key ("group_trainer_id") references "employee" ("id") on update cascade;`);
    this.addSql(`alter table "completed_group" add constraint "completed_group_group_monitor_id_foreign" foreign key ("group_monitor_id") references "employee" ("id") on update cascade;`);

    // Groups completed before: their participants (members active at completion) and material, as `groupCompleted` carries them.
    this.addSql(`insert into "completed_group" ("id", "created_at", "updated_at", "name", "group_trainer_id", "group_monitor_id", "participant_ids", "material_module_ids", "completed_at")
      select g."id", g."completed_at", g."completed_at", g."name", g."group_trainer_id", g."group_monitor_id",
        coalesce((select jsonb_agg(m."employee_id" order by m."employee_id") from "group_member" m where m."group_id" = g."id" and m."status" = 'ACTIVE'), '[]'::jsonb),
        coalesce((select jsonb_agg(cm."course_module_id" order by cm."course_module_id") from "community_group_material" cm where cm."community_group_id" = g."id"), '[]'::jsonb),
        g."completed_at"
      from "community_group" g where g."status" = 'COMPLETED' and g."completed_at" is not null;`);

    this.addSql(`alter table "evaluation_submission" add column "group_id" uuid null;`);
    this.addSql(`alter table "evaluation_submission" alter column "module_key" drop not null;`);
    this.addSql(`alter table "evaluation_submission" add constraint "evaluation_submission_group_id_foreign" foreign key ("group_id") references "completed_group" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "evaluation_submission" add constraint "evaluation_submission_employee_id_group_id_unique" unique ("employee_id", "group_id");`);
    this.addSql(`alter table "evaluation_submission" add constraint evaluation_submission_one_subject check(num_nonnulls(module_key, group_id) = 1);`);

    this.addSql(`alter table "evaluation_response" add column "group_id" uuid null;`);
    this.addSql(`alter table "evaluation_response" alter column "module_key" drop not null;`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_group_id_foreign" foreign key ("group_id") references "completed_group" ("id") on update cascade on delete no action;`);
    this.addSql(`create index "evaluation_response_group_id_index" on "evaluation_response" ("group_id");`);
    this.addSql(`alter table "evaluation_response" add constraint evaluation_response_one_subject check(num_nonnulls(module_key, group_id) = 1);`);
  }

  override async down(): Promise<void> {
    // Evaluations of groups have no place once the columns go.
    this.addSql(`delete from "evaluation_response" where "group_id" is not null;`);
    this.addSql(`delete from "evaluation_submission" where "group_id" is not null;`);
    this.addSql(`alter table "evaluation_submission" drop constraint "evaluation_submission_group_id_foreign";`);

    this.addSql(`alter table "evaluation_response" drop constraint "evaluation_response_group_id_foreign";`);

    this.addSql(`drop table if exists "completed_group" cascade;`);

    this.addSql(`drop index "evaluation_response_group_id_index";`);
    this.addSql(`alter table "evaluation_response" drop constraint evaluation_response_one_subject;`);
    this.addSql(`alter table "evaluation_response" drop column "group_id";`);

    this.addSql(`alter table "evaluation_response" alter column "module_key" set not null;`);

    this.addSql(`alter table "evaluation_submission" drop constraint "evaluation_submission_employee_id_group_id_unique";`);
    this.addSql(`alter table "evaluation_submission" drop constraint evaluation_submission_one_subject;`);
    this.addSql(`alter table "evaluation_submission" drop column "group_id";`);

    this.addSql(`alter table "evaluation_submission" alter column "module_key" set not null;`);
  }

}
