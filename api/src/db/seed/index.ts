import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../../common/dates';
import type { Config } from '../../config';
import { seedDemo, seedScale } from './demo';
import { seedReference } from './reference';

/** Reference data always; demo data when enabled and the database has no employees; scale data on request. */
export async function seedAll(
  em: EntityManager,
  config: Pick<Config, 'seedsDir' | 'demo' | 'timeZone'>,
  options: { scale?: number } = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = await seedReference(em, config.seedsDir);
  if (config.demo) {
    const demo = await seedDemo(em, config.seedsDir, systemClock(config.timeZone));
    counts.demoEmployees = demo.employees;
    counts.demoAssessments = demo.assessments;
    counts.demoModules = demo.learning.modules;
    counts.demoCompletions = demo.learning.completions;
    counts.demoPlans = demo.learning.plans;
  }
  if (options.scale) counts.scaleEmployees = (await seedScale(em, config.seedsDir, options.scale)).employees;
  return counts;
}
