import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldError } from '../../common/errors';
import type { Lesson } from './course-module.entity';
import { LessonKind } from './learning.enums';

/**
 * What a lesson kind that another module owns (a quiz, graded work) adds to learning. Learning
 * knows such lessons only through these rules, which the owning module registers at start-up:
 * learning never imports it.
 */
export interface LessonKindRules {
  /**
   * Whether learners mark the lesson done themselves (`completeLesson`). When false, the owning
   * module records it done (`recordLessonDone`) when its own rule is met, e.g. a quiz passed.
   */
  learnerCompletes: boolean;
  /** What the lesson lacks before its module can be published (paths under `path`). */
  publishProblems?(em: EntityManager, lesson: Lesson, path: string): Promise<FieldError[]>;
  /** Copies what the owning module keeps for `from` to `to`, a lesson of a new draft version (same unit of work). */
  copyToDraft?(em: EntityManager, from: Lesson, to: Lesson): Promise<void>;
}

const registry = new Map<LessonKind, LessonKindRules>();

/** Registers the rules of a lesson kind; a module calls this once at start-up. */
export function registerLessonKind(kind: LessonKind, rules: LessonKindRules): void {
  registry.set(kind, rules);
}

/** The registered rules of a kind, if another module owns it. */
export function lessonKindRules(kind: LessonKind): LessonKindRules | undefined {
  return registry.get(kind);
}

/** Whether the learner may mark a lesson of this kind done; kinds learning owns, yes. */
export function learnerCompletes(kind: LessonKind): boolean {
  return registry.get(kind)?.learnerCompletes ?? kind !== LessonKind.QUIZ;
}
