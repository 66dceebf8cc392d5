import type { EntityManager } from '@mikro-orm/postgresql';
import { Opd } from '../../modules/organisation/opd.entity';
import { PositionTypeInfo } from '../../modules/organisation/position-type.entity';
import { Position } from '../../modules/organisation/position.entity';
import { Holiday } from '../../modules/record/holiday.entity';
import { LearningForm } from '../../modules/record/learning-form.entity';
import type { HolidayKind } from '../../modules/record/record.enums';
import { seedCompetencies } from './competency';
import { readSeed } from './seed-files';

/** Inserts rows whose key is not there yet; rows an administrator edited are left alone. */
async function insertMissing(em: EntityManager, entity: new () => object, key: string, rows: object[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await em.createQueryBuilder(entity).insert(rows).onConflict(key).ignore().execute('run');
  return result.affectedRows;
}

interface HolidaySeed {
  years: { year: number; provisional: boolean; source: string; days: { date: string; name: string; kind: HolidayKind }[] }[];
}

/**
 * The days off of each year in `seeds/reference/holidays.json`, for years of which the calendar
 * holds no day yet: once a year is there, administrators own it (a day they removed stays removed).
 */
async function seedHolidays(em: EntityManager, seedsDir: string): Promise<number> {
  const seed = readSeed<HolidaySeed>(seedsDir, 'reference/holidays.json');
  const rows: { year: number }[] = await em
    .getConnection()
    .execute(`select distinct extract(year from date)::int as year from holiday where date between ? and ?`, [
      `${Math.min(...seed.years.map((y) => y.year))}-01-01`,
      `${Math.max(...seed.years.map((y) => y.year))}-12-31`,
    ]);
  const present = new Set(rows.map((r) => r.year));
  return insertMissing(
    em,
    Holiday,
    'date',
    seed.years.filter((y) => !present.has(y.year)).flatMap((y) => y.days),
  );
}

/**
 * Reference data every installation needs (DOMAIN.md): OPDs, position types, forms of learning,
 * the calendar of holidays, positions, the competency dictionary, position standards and career paths.
 */
export async function seedReference(em: EntityManager, seedsDir: string): Promise<Record<string, number>> {
  const positions = readSeed<{ code: string }[]>(seedsDir, 'reference/positions.json');
  const existing = new Set(
    (await em.find(Position, { code: { $in: positions.map((p) => p.code) } }, { fields: ['code'] })).map((p) => p.code),
  );
  return {
    opds: await insertMissing(em, Opd, 'code', readSeed(seedsDir, 'reference/opds.json')),
    positionTypes: await insertMissing(em, PositionTypeInfo, 'code', readSeed(seedsDir, 'reference/position-types.json')),
    learningForms: await insertMissing(em, LearningForm, 'id', readSeed(seedsDir, 'reference/learning-forms.json')),
    holidays: await seedHolidays(em, seedsDir),
    positions: await insertMissing(em, Position, 'code', positions),
    // Standards only for positions this run created: later edits by administrators stay.
    ...(await seedCompetencies(
      em,
      seedsDir,
      positions.map((p) => p.code).filter((code) => !existing.has(code)),
    )),
  };
}
