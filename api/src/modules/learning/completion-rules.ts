import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldError } from '../../common/errors';
import type { CourseModule } from './course-module.entity';

/** What a completion rule reads of the module being completed. */
export type CompletingModuleFacts = Pick<CourseModule, 'id' | 'completionRequiresPostTest'>;

/**
 * A condition besides its required lessons that a module's completion waits for, owned by a module
 * above learning (assessment: "the post-test is passed"). Learning knows such conditions only
 * through these rules, which the owning module registers at start-up: learning never imports it.
 */
export interface ModuleCompletionRule {
  /**
   * Why the employee may not complete the module yet, as a code the client words (e.g.
   * `POST_TEST_NOT_PASSED`), or null. Runs inside the completing transaction, on its EntityManager.
   */
  refusal(em: EntityManager, input: { module: CompletingModuleFacts; employeeId: string }): Promise<string | null>;
  /** What the module lacks for the rule before it can be published. */
  publishProblems?(em: EntityManager, module: CourseModule): Promise<FieldError[]>;
}

const rules = new Map<string, ModuleCompletionRule>();

/** Registers a completion rule under a name (registering a name again replaces it); a module calls this once at start-up. */
export function registerCompletionRule(name: string, rule: ModuleCompletionRule): void {
  rules.set(name, rule);
}

/** The first refusal of the registered rules, or null when the module may complete. */
export async function completionRefusal(em: EntityManager, module: CompletingModuleFacts, employeeId: string): Promise<string | null> {
  for (const rule of rules.values()) {
    const refusal = await rule.refusal(em, { module, employeeId });
    if (refusal) return refusal;
  }
  return null;
}

/** What the registered rules find missing before the module is published. */
export async function completionPublishProblems(em: EntityManager, module: CourseModule): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  for (const rule of rules.values()) if (rule.publishProblems) problems.push(...(await rule.publishProblems(em, module)));
  return problems;
}
