import { Migration } from '@mikro-orm/migrations';

/** The sentence a drafted competency item carried as its note: "<competency name>: level <held> → <required>". */
const LEVEL_NOTE = `'^(.+): level ([0-5]) → ([1-5])$'`;
/** The note the drafted learning-community item (SIASN form 23) carried. */
const COMMUNITY_NOTE = `'Komunitas belajar (kelompok pintar)'`;

/**
 * A plan item keeps the level it starts from and the level it aims at as numbers the client words
 * in the reader's language. A note the proposal wrote ("Integritas: level 0 → 2", for an item still
 * of that competency; the community item's "Komunitas belajar (kelompok pintar)") becomes those
 * fields and an empty note, in the items and in the items each history event kept; a note the
 * learner wrote stays as written.
 */
export class Migration20261206090000_PlanItemLevels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "development_plan_item" add column "current_level" smallint null, add column "target_level" smallint null;`);
    this.addSql(`update "development_plan_item" i
   set "current_level" = x.m[2]::smallint, "target_level" = x.m[3]::smallint, "note" = null
  from (select d."id", regexp_match(d."note", ${LEVEL_NOTE}) as m, c."name"
          from "development_plan_item" d join "competency" c on c."id" = d."competency_id") x
 where x."id" = i."id" and x.m is not null and x.m[1] = x."name" and x.m[2]::int < x.m[3]::int;`);
    this.addSql(
      `update "development_plan_item" set "note" = null where "form_id" = 23 and "competency_id" is null and "note" = ${COMMUNITY_NOTE};`,
    );
    this.addSql(`update "development_plan_event" e set "items" = (
  select coalesce(jsonb_agg(case
      when r.m is not null and r.m[1] = c."name" and r.m[2]::int < r.m[3]::int
        then el.item || jsonb_build_object('currentLevel', r.m[2]::int, 'targetLevel', r.m[3]::int, 'note', null)
      when el.item->>'competencyId' is null and el.item->>'formId' = '23' and el.item->>'note' = ${COMMUNITY_NOTE}
        then el.item || jsonb_build_object('note', null)
      else el.item
    end order by el.ord), '[]'::jsonb)
    from jsonb_array_elements(e."items") with ordinality as el(item, ord)
    cross join lateral (select regexp_match(el.item->>'note', ${LEVEL_NOTE}) as m) r
    left join "competency" c on c."id"::text = el.item->>'competencyId'
) where e."items"::text like '%: level %' or e."items"::text like '%Komunitas belajar (kelompok pintar)%';`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "development_plan_item" i set "note" = c."name" || ': level ' || i."current_level" || ' → ' || i."target_level"
  from "competency" c where c."id" = i."competency_id" and i."note" is null and i."target_level" is not null;`);
    this.addSql(`alter table "development_plan_item" drop column "current_level", drop column "target_level";`);
  }
}
