import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy } from '../../common/collections';
import { CompetencyAssessment } from '../../modules/competency/competency-assessment.entity';
import { Competency } from '../../modules/competency/competency.entity';
import { AssessmentMethod } from '../../modules/competency/competency.enums';
import { addYears } from '../../modules/competency/level-rule';
import { PositionCompetency } from '../../modules/competency/position-competency.entity';
import { Employee } from '../../modules/organisation/employee.entity';
import { SETTING_DEFINITIONS } from '../../modules/setting/settings';
import { Random } from './random';

/** The demo learner's evidence is fixed, so her gaps tell the same story on every machine. */
const PESERTA_EVIDENCE: Record<string, { level: number; method: AssessmentMethod }> = {
  'M.01': { level: 2, method: AssessmentMethod.SUPERVISOR },
  'M.02': { level: 1, method: AssessmentMethod.SUPERVISOR },
  'M.03': { level: 1, method: AssessmentMethod.SELF },
  'M.04': { level: 1, method: AssessmentMethod.SUPERVISOR },
  'M.05': { level: 2, method: AssessmentMethod.SELF },
  'SK.01': { level: 1, method: AssessmentMethod.SUPERVISOR },
  'T.TIK.03': { level: 1, method: AssessmentMethod.SUPERVISOR },
};

const VALIDITY_YEARS = SETTING_DEFINITIONS['competency.validityYears'].default;

function isoDaysAgo(today: Date, days: number): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Assessments for the demo employees against their positions' standards, around the required
 * level, so gaps show. Runs only when there are no assessments yet.
 */
export async function seedDemoAssessments(em: EntityManager, pesertaNip: string, today: Date): Promise<number> {
  if (await em.count(CompetencyAssessment, {})) return 0;
  const rnd = new Random(38);
  const employees = await em.find(Employee, { position: { $ne: null } }, { orderBy: { nip: 'asc' } });
  const standards = await em.find(PositionCompetency, {});
  const byPosition = groupBy(standards, (row) => row.position.id);
  const codes = new Map((await em.find(Competency, {})).map((c) => [c.code, c.id]));
  const rows: RequiredEntityData<CompetencyAssessment>[] = [];
  const add = (employee: string, competency: string, level: number, method: AssessmentMethod, daysAgo: number) => {
    const assessedOn = isoDaysAgo(today, daysAgo);
    rows.push({ employee, competency, level, method, assessedOn, validUntil: addYears(assessedOn, VALIDITY_YEARS), evidence: null });
  };
  for (const employee of employees) {
    if (employee.nip === pesertaNip) {
      for (const [code, e] of Object.entries(PESERTA_EVIDENCE)) add(employee.id, codes.get(code)!, e.level, e.method, 120);
      continue;
    }
    for (const row of byPosition.get(employee.position!.id) ?? []) {
      if (!rnd.chance(0.8)) continue;
      const level = Math.min(5, Math.max(1, row.requiredLevel + rnd.int(-2, 1)));
      const method = rnd.weighted({
        [AssessmentMethod.SUPERVISOR]: 5,
        [AssessmentMethod.SELF]: 4,
        [AssessmentMethod.ASSESSMENT_CENTER]: 1,
      }) as AssessmentMethod;
      add(employee.id, row.competency.id, level, method, rnd.int(10, 700));
    }
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await em
      .createQueryBuilder(CompetencyAssessment)
      .insert(rows.slice(i, i + 1000))
      .execute('run');
  }
  return rows.length;
}
