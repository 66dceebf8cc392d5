import type { EntityManager } from '@mikro-orm/postgresql';
import { CompetencyAssessment } from './competency-assessment.entity';
import { decidingEvidence } from './level-rule';
import { PositionCompetency } from './position-competency.entity';

/** A competency of an employee's position standard that the employee has not reached. */
export interface MissingCompetency {
  competencyId: string;
  code: string;
  /** The current level (deciding evidence valid today), null without valid evidence. */
  currentLevel: number | null;
  requiredLevel: number;
}

/**
 * The gaps of many employees to their current positions' standards, in two statements (the
 * standards of their positions, their assessments), by the same level rule as one employee's gap.
 * An employee without a position or without a gap maps to an empty list.
 */
export async function missingCompetencies(
  em: EntityManager,
  employees: { id: string; positionId: string | null }[],
  today: string,
): Promise<Map<string, MissingCompetency[]>> {
  const result = new Map<string, MissingCompetency[]>(employees.map((e) => [e.id, []]));
  const positionIds = [...new Set(employees.flatMap((e) => (e.positionId ? [e.positionId] : [])))];
  if (!positionIds.length) return result;
  const [standards, assessments] = await Promise.all([
    em.find(PositionCompetency, { position: { $in: positionIds } }, { populate: ['competency'] }),
    em.find(CompetencyAssessment, { employee: { $in: employees.filter((e) => e.positionId).map((e) => e.id) } }),
  ]);
  const byPosition = new Map<string, PositionCompetency[]>();
  for (const row of standards) byPosition.set(row.position.id, [...(byPosition.get(row.position.id) ?? []), row]);
  const evidence = new Map<string, CompetencyAssessment[]>();
  for (const a of assessments) {
    const key = `${a.employee.id}:${a.competency.id}`;
    evidence.set(key, [...(evidence.get(key) ?? []), a]);
  }
  for (const employee of employees) {
    if (!employee.positionId) continue;
    const missing: MissingCompetency[] = [];
    for (const row of byPosition.get(employee.positionId) ?? []) {
      const currentLevel = decidingEvidence(evidence.get(`${employee.id}:${row.competency.id}`) ?? [], today)?.level ?? null;
      if ((currentLevel ?? 0) >= row.requiredLevel) continue;
      missing.push({
        competencyId: row.competency.id,
        code: row.competency.getEntity().code,
        currentLevel,
        requiredLevel: row.requiredLevel,
      });
    }
    result.set(employee.id, missing);
  }
  return result;
}
