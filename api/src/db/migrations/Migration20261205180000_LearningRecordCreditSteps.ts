import { Migration } from '@mikro-orm/migrations';

/**
 * The credit note of a learning record, an English sentence, becomes coded steps (jsonb) the client
 * words in the reader's language. Each part of an old note ("5 JP of learning; capped at 3 JP/day ×
 * 1 day(s) with room (2 JP already on them)") is read back into its code and parameters, in every
 * wording the ledger has written; a part no wording matches is kept as written (RECORDED_TEXT).
 */
export class Migration20261205180000_LearningRecordCreditSteps extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "learning_record" add column "credit_steps" jsonb not null default '[]';`);
    this.addSql(`update "learning_record" r set "credit_steps" = coalesce((
  select jsonb_agg(s.step order by p.ord)
    from regexp_split_to_table(replace(r.credit_note, 'already on them; ', 'already on them, '), '; ') with ordinality as p(part, ord)
    cross join lateral (select
      regexp_match(p.part, '^curriculum ([0-9.]+) JP$') as curriculum,
      regexp_match(p.part, '^([0-9.]+) JP of learning$') as stated,
      regexp_match(p.part, '^([0-9]+) min / ([0-9]+) per date \\(([0-9]+) date\\(s\\)\\)$') as per_date,
      regexp_match(p.part, '^([0-9]+) min / ([0-9]+)$') as minutes,
      regexp_match(p.part, '^([0-9]+) min / ([0-9]+), to be approved$') as to_approve,
      regexp_match(p.part, '^([0-9.]+) JP/day × ([0-9]+) day\\(s\\)$') as per_day,
      regexp_match(p.part, '^([0-9.]+) JP per activity$') as per_activity,
      regexp_match(p.part, '^([0-9.]+) JP/session × ([0-9]+)$') as per_session,
      regexp_match(p.part, '^only ([0-9]+) of ([0-9]+) session\\(s\\)(?: in ([0-9]{4}-[0-9]{2}))? fit the cap of ([0-9]+)/month$') as month_cap,
      regexp_match(p.part, '^(?:([0-9.]+) JP )?as approved$') as approved,
      regexp_match(p.part, '^capped at ([0-9.]+) JP/day: (?:the day is|all ([0-9]+) days are) already full$') as cap_full,
      regexp_match(p.part, '^capped at ([0-9.]+) JP/day × ([0-9]+) day\\(s\\)(?: with room)?(?: \\((?:([0-9.]+) JP already on them)?(?:, )?(?:([0-9]+) day\\(s\\) already full)?\\))?$') as cap,
      regexp_match(p.part, '^capped at ([0-9.]+) JP/day(?: \\(([0-9.]+) JP already that day\\))?$') as cap_day,
      regexp_match(p.part, '^at most the ([0-9.]+) JP stated$') as stated_max,
      regexp_match(p.part, '^\\+([0-9]+)% international$') as bonus) m
    cross join lateral (select case
      when m.curriculum is not null then jsonb_build_object('code', 'CURRICULUM', 'jp', m.curriculum[1]::numeric)
      when m.stated is not null then jsonb_build_object('code', 'STATED_LEARNING', 'jp', m.stated[1]::numeric)
      when m.per_date is not null then jsonb_build_object('code', 'MINUTES_PER_DATE', 'minutes', m.per_date[1]::int, 'minutesPerJp', m.per_date[2]::int, 'days', m.per_date[3]::int)
      when m.minutes is not null then jsonb_build_object('code', 'MINUTES', 'minutes', m.minutes[1]::int, 'minutesPerJp', m.minutes[2]::int)
      when m.to_approve is not null then jsonb_build_object('code', 'TO_BE_APPROVED', 'minutes', m.to_approve[1]::int, 'minutesPerJp', m.to_approve[2]::int)
      when m.per_day is not null then jsonb_build_object('code', 'PER_DAY', 'value', m.per_day[1]::numeric, 'days', m.per_day[2]::int)
      when m.per_activity is not null then jsonb_build_object('code', 'PER_ACTIVITY', 'value', m.per_activity[1]::numeric)
      when m.per_session is not null then jsonb_build_object('code', 'PER_SESSION', 'value', m.per_session[1]::numeric, 'sessions', m.per_session[2]::int)
      when m.month_cap is not null then jsonb_strip_nulls(jsonb_build_object('code', 'SESSION_MONTH_CAP', 'fit', m.month_cap[1]::int, 'sessions', m.month_cap[2]::int, 'month', m.month_cap[3], 'cap', m.month_cap[4]::int))
      when m.approved is not null then jsonb_strip_nulls(jsonb_build_object('code', 'AS_APPROVED', 'jp', m.approved[1]::numeric))
      when m.cap_full is not null then jsonb_build_object('code', 'DAY_CAP_FULL', 'cap', m.cap_full[1]::numeric, 'full', coalesce(m.cap_full[2]::int, 1))
      when m.cap is not null then jsonb_build_object('code', 'DAY_CAP', 'cap', m.cap[1]::numeric, 'days', m.cap[2]::int, 'held', coalesce(m.cap[3]::numeric, 0), 'full', coalesce(m.cap[4]::int, 0))
      when m.cap_day is not null then jsonb_build_object('code', 'DAY_CAP', 'cap', m.cap_day[1]::numeric, 'days', 1, 'held', coalesce(m.cap_day[2]::numeric, 0), 'full', 0)
      when m.stated_max is not null then jsonb_build_object('code', 'STATED_MAX', 'jp', m.stated_max[1]::numeric)
      when m.bonus is not null then jsonb_build_object('code', 'INTERNATIONAL_BONUS', 'percent', m.bonus[1]::int)
      else jsonb_build_object('code', 'RECORDED_TEXT', 'text', p.part)
    end as step) s
   where p.part <> ''
), '[]'::jsonb) where r.credit_note is not null;`);
    this.addSql(`alter table "learning_record" alter column "credit_steps" drop default;`);
    this.addSql(`alter table "learning_record" drop column "credit_note";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "learning_record" add column "credit_note" text null;`);
    this.addSql(`alter table "learning_record" drop column "credit_steps";`);
  }
}
