import type { EntityManager } from '@mikro-orm/postgresql';
import type { GapItem } from '../competency/competency.types';
import type { Employee } from '../organisation/employee.entity';
import { CourseModule, ModuleCompetency } from './course-module.entity';
import { Enrollment } from './enrollment.entity';
import { ModuleStatus } from './learning.enums';
import type { ModuleRecommendation } from './learning.types';

/**
 * Published modules that build the missing competencies of a gap, best first: the more missing
 * levels a module closes (it counts up to the level it builds to, at most the required level),
 * the better; then fewer JP, then title. Modules the employee already completed are left out.
 */
export async function recommendModules(
  em: EntityManager,
  employee: Employee,
  gap: Pick<GapItem, 'competency' | 'currentLevel' | 'requiredLevel' | 'gap'>[],
  limit = 5,
): Promise<ModuleRecommendation[]> {
  const missing = new Map(gap.filter((g) => g.gap > 0).map((g) => [g.competency.id, g]));
  if (!missing.size) return [];
  const rows = await em.find(
    ModuleCompetency,
    { competency: { $in: [...missing.keys()] }, module: { status: ModuleStatus.PUBLISHED } },
    { populate: ['module', 'competency'] },
  );
  const completed = new Set(
    (await em.find(Enrollment, { employee: employee.id, completedAt: { $ne: null } }, { populate: ['module'] })).map(
      (e) => e.module.getEntity().moduleKey,
    ),
  );
  const byModule = new Map<string, { module: CourseModule; closesLevels: number; codes: string[] }>();
  for (const row of rows) {
    const module = row.module.getEntity();
    if (completed.has(module.moduleKey)) continue;
    const need = missing.get(row.competency.id)!;
    const closes = Math.min(row.level, need.requiredLevel) - (need.currentLevel ?? 0);
    if (closes <= 0) continue;
    const entry = byModule.get(module.id) ?? { module, closesLevels: 0, codes: [] };
    entry.closesLevels += closes;
    entry.codes.push(row.competency.getEntity().code);
    byModule.set(module.id, entry);
  }
  return [...byModule.values()]
    .sort((a, b) => b.closesLevels - a.closesLevels || a.module.jpValue - b.module.jpValue || a.module.title.localeCompare(b.module.title))
    .slice(0, limit)
    .map(({ module, closesLevels, codes }) => ({ module, closesLevels, competencyCodes: codes.sort() }));
}
