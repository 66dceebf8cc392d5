import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { seedDemo, seedScale } from './demo';
import { seedReference } from './reference';

/** Reference data always; demo data when enabled and the database has no employees; scale data on request. */
export async function seedAll(
  em: EntityManager,
  config: Pick<Config, 'seedsDir' | 'demo'>,
  options: { scale?: number } = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = await seedReference(em, config.seedsDir);
  if (config.demo) {
    const demo = await seedDemo(em, config.seedsDir);
    counts.demoEmployees = demo.employees;
    counts.demoAssessments = demo.assessments;
  }
  if (options.scale) counts.scaleEmployees = (await seedScale(em, config.seedsDir, options.scale)).employees;
  return counts;
}
