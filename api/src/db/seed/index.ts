import type { EntityManager } from '@mikro-orm/postgresql';
import { type Clock, systemClock } from '../../common/dates';
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
    if (demo.employees > 0) Object.assign(counts, await seedModuleDemos(em, config.seedsDir, clock));
  }
  if (options.scale) counts.scaleEmployees = (await seedScale(em, config.seedsDir, options.scale)).employees;
  return counts;
}

/** Every module's demo data, in the order of the modules (after `seedDemo` added the people). */
export async function seedModuleDemos(em: EntityManager, seedsDir: string, clock: Clock): Promise<Record<string, number>> {
  registerModules();
  const counts: Record<string, number> = {};
  for (const module of modules) {
    if (module.seedDemo) Object.assign(counts, await module.seedDemo({ em, clock, seedsDir }));
  }
  return counts;
}
