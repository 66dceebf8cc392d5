import type { EntityManager } from '@mikro-orm/postgresql';
import type { GapRecommender, GapRecommendationData } from '../record/gap-recommenders';
import { RecommendationKind } from '../record/compliance.enums';
import { ModuleCompetency } from './course-module.entity';
import { Enrollment } from './enrollment.entity';
import { ModuleStatus } from './learning.enums';

/**
 * Published modules that close many employees' gaps, in two statements: the modules building any
 * of the missing competencies, and the employees' completed modules (left out across versions).
 * A module counts up to the level it builds to, at most the required level.
 */
export const recommendModulesForGaps: GapRecommender = async (em: EntityManager, gaps, employees) => {
  const competencyIds = [...new Set(employees.flatMap((e) => (gaps.get(e.id) ?? []).map((g) => g.competencyId)))];
  const result = new Map<string, GapRecommendationData[]>();
  if (!competencyIds.length) return result;
  const [rows, completed] = await Promise.all([
    em.find(
      ModuleCompetency,
      { competency: { $in: competencyIds }, module: { status: ModuleStatus.PUBLISHED } },
      { populate: ['module', 'competency'] },
    ),
    em.find(
      Enrollment,
      { employee: { $in: employees.map((e) => e.id) }, completedAt: { $ne: null } },
      { populate: ['module'], fields: ['employee', 'module.moduleKey'] },
    ),
  ]);
  const done = new Set(completed.map((e) => `${e.employee.id}:${e.module.getEntity().moduleKey}`));
  const byCompetency = new Map<string, ModuleCompetency[]>();
  for (const row of rows) byCompetency.set(row.competency.id, [...(byCompetency.get(row.competency.id) ?? []), row]);
  for (const employee of employees) {
    const byModule = new Map<string, GapRecommendationData>();
    for (const need of gaps.get(employee.id) ?? []) {
      for (const row of byCompetency.get(need.competencyId) ?? []) {
        const module = row.module.getEntity();
        if (done.has(`${employee.id}:${module.moduleKey}`)) continue;
        const closes = Math.min(row.level, need.requiredLevel) - (need.currentLevel ?? 0);
        if (closes <= 0) continue;
        const entry = byModule.get(module.id) ?? {
          kind: RecommendationKind.MODULE,
          id: module.id,
          title: module.title,
          jp: Number(module.jpValue),
          closesLevels: 0,
          competencyCodes: [],
        };
        entry.closesLevels += closes;
        entry.competencyCodes.push(need.code);
        byModule.set(module.id, entry);
      }
    }
    result.set(
      employee.id,
      [...byModule.values()].map((r) => ({ ...r, competencyCodes: r.competencyCodes.sort() })),
    );
  }
  return result;
};
