import { Migration } from '@mikro-orm/migrations';

export class Migration20261205150000_GroupMaterials extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "community_group_material" ("community_group_id" uuid not null, "course_module_id" uuid not null, constraint "community_group_material_pkey" primary key ("community_group_id", "course_module_id"));`);

    this.addSql(`alter table "community_group_material" add constraint "community_group_material_community_group_id_foreign" foreign key ("community_group_id") references "community_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_group_material" add constraint "community_group_material_course_module_id_foreign" foreign key ("course_module_id") references "course_module" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_group_material" cascade;`);
  }

}
