import type { EntityManager } from '@mikro-orm/postgresql';
import { CareerPath } from '../../modules/competency/career-path.entity';
import { Competency, CompetencyLevel } from '../../modules/competency/competency.entity';
import { CompetencyType } from '../../modules/competency/competency.enums';
import { PositionCompetency } from '../../modules/competency/position-competency.entity';
import { PositionTypeInfo } from '../../modules/organisation/position-type.entity';
import { Position, type PositionRequirements } from '../../modules/organisation/position.entity';
import { readSeed } from './seed-files';

interface CompetencySeed {
  code: string;
  name: string;
  type: CompetencyType;
  governmentAffair: string | null;
  description: string;
  levels: { level: number; description: string; indicators: string[] }[];
}

interface StandardSeed {
  positionCode: string;
  governmentAffair: string;
  summary: string;
  technical: { competencyCode: string; level: number }[];
  requirements: PositionRequirements;
}

/** The competency dictionary (Permenpan RB 38/2017) and its five levels each. */
async function seedDictionary(em: EntityManager, seedsDir: string): Promise<number> {
  const seeds = readSeed<CompetencySeed[]>(seedsDir, 'reference/competencies.json');
  const result = await em
    .createQueryBuilder(Competency)
    .insert(seeds.map(({ levels: _levels, ...c }) => c))
    .onConflict('code')
    .ignore()
    .execute('run');
  const ids = new Map((await em.find(Competency, {}, { fields: ['id', 'code'] })).map((c) => [c.code, c.id]));
  const levels = seeds.flatMap((c) => c.levels.map((l) => ({ ...l, competency: ids.get(c.code)! })));
  await em.createQueryBuilder(CompetencyLevel).insert(levels).onConflict(['competency', 'level']).ignore().execute('run');
  return result.affectedRows;
}

/**
 * Standards of newly seeded positions: the managerial and socio-cultural defaults of each position
 * type plus the technical rows and requirements of `position-standards.json`.
 */
async function seedStandards(em: EntityManager, seedsDir: string, positionCodes: string[]): Promise<number> {
  if (!positionCodes.length) return 0;
  const seeds = readSeed<StandardSeed[]>(seedsDir, 'reference/position-standards.json');
  const competencies = await em.find(Competency, {});
  const byCode = new Map(competencies.map((c) => [c.code, c]));
  const defaults = competencies.filter((c) => c.type !== CompetencyType.TEKNIS);
  const levelByType = new Map((await em.find(PositionTypeInfo, {})).map((t) => [t.code, t.defaultManagerialLevel]));
  const positions = await em.find(Position, { code: { $in: positionCodes } });
  const rows = positions.flatMap((position) => {
    const seed = seeds.find((s) => s.positionCode === position.code);
    if (!seed) return [];
    position.governmentAffair = seed.governmentAffair;
    position.summary = seed.summary;
    position.requirements = seed.requirements;
    return [
      ...defaults.map((c) => ({ position: position.id, competency: c.id, requiredLevel: levelByType.get(position.positionType) ?? 1 })),
      ...seed.technical.map((t) => ({ position: position.id, competency: byCode.get(t.competencyCode)!.id, requiredLevel: t.level })),
    ];
  });
  if (rows.length) await em.createQueryBuilder(PositionCompetency).insert(rows).execute('run');
  await em.flush();
  return positions.length;
}

async function seedCareerPaths(em: EntityManager, seedsDir: string): Promise<number> {
  const seeds = readSeed<{ from: string; to: string; note: string }[]>(seedsDir, 'reference/career-paths.json');
  const ids = new Map((await em.find(Position, {}, { fields: ['id', 'code'] })).map((p) => [p.code, p.id]));
  const rows = seeds
    .filter((s) => ids.has(s.from) && ids.has(s.to))
    .map((s) => ({ from: ids.get(s.from)!, to: ids.get(s.to)!, note: s.note }));
  if (!rows.length) return 0;
  const result = await em.createQueryBuilder(CareerPath).insert(rows).onConflict(['from', 'to']).ignore().execute('run');
  return result.affectedRows;
}

export async function seedCompetencies(em: EntityManager, seedsDir: string, newPositionCodes: string[]): Promise<Record<string, number>> {
  return {
    competencies: await seedDictionary(em, seedsDir),
    positionStandards: await seedStandards(em, seedsDir, newPositionCodes),
    careerPaths: await seedCareerPaths(em, seedsDir),
  };
}
