import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../../common/dates';
import type { Config } from '../../config';
import { modules, registerModules } from '../../modules';
import { seedDemo, seedScale } from './demo';
import { seedReference } from './reference';

/** Reference data always; demo data when enabled and the database has no employees; scale data on request. */
export async function seedAll(
  em: EntityManager,
  config: Pick<Config, 'seedsDir' | 'demo' | 'timeZone'>,
  options: { scale?: number } = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = await seedReference(em, config.seedsDir);
  registerModules();
  if (config.demo) {
    const clock = systemClock(config.timeZone);
    const demo = await seedDemo(em, config.seedsDir, clock);
    counts.demoEmployees = demo.employees;
    counts.demoAssessments = demo.assessments;
    counts.demoModules = demo.learning.modules;
    counts.demoCompletions = demo.learning.completions;
    counts.demoPlans = demo.learning.plans;
    // Module demo data builds on the demo people, so it is added only when they were just added.
    for (const module of demo.employees > 0 ? modules : []) {
      if (module.seedDemo) Object.assign(counts, await module.seedDemo({ em, clock, seedsDir: config.seedsDir }));
    }
  }
  if (options.scale) counts.scaleEmployees = (await seedScale(em, config.seedsDir, options.scale)).employees;
  return counts;
}
