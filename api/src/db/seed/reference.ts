import type { EntityManager } from '@mikro-orm/postgresql';
import { Opd } from '../../modules/organisation/opd.entity';
import { PositionTypeRef } from '../../modules/organisation/position-type.entity';
import { Position } from '../../modules/organisation/position.entity';
import { LearningForm } from '../../modules/record/learning-form.entity';
import { seedCompetencies } from './competency';
import { readSeed } from './seed-files';

/** Inserts rows whose key is not there yet; rows an administrator edited are left alone. */
async function insertMissing(em: EntityManager, entity: new () => object, key: string, rows: object[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await em.createQueryBuilder(entity).insert(rows).onConflict(key).ignore().execute('run');
  return result.affectedRows;
}

/**
 * Reference data every installation needs (DOMAIN.md): OPDs, position types, forms of learning,
 * positions, the competency dictionary, position standards and career paths.
 */
export async function seedReference(em: EntityManager, seedsDir: string): Promise<Record<string, number>> {
  const positions = readSeed<{ code: string }[]>(seedsDir, 'reference/positions.json');
  const existing = new Set((await em.find(Position, { code: { $in: positions.map((p) => p.code) } }, { fields: ['code'] })).map((p) => p.code));
  return {
    opds: await insertMissing(em, Opd, 'code', readSeed(seedsDir, 'reference/opds.json')),
    positionTypes: await insertMissing(em, PositionTypeRef, 'code', readSeed(seedsDir, 'reference/position-types.json')),
    learningForms: await insertMissing(em, LearningForm, 'id', readSeed(seedsDir, 'reference/learning-forms.json')),
    positions: await insertMissing(em, Position, 'code', positions),
    // Standards only for positions this run created: later edits by administrators stay.
    ...(await seedCompetencies(em, seedsDir, positions.map((p) => p.code).filter((code) => !existing.has(code)))),
  };
}
