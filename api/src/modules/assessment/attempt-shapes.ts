import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import { readRows } from '../../common/read-model';
import type { AttemptFacts } from './attempt-facts';
import type { ResponseTarget } from './question-scoring';

/** What a save checks of an attempt and never changes once it started: its learner and its questions' shapes. */
export interface AttemptShape {
  employeeId: string;
  /** Each question's type and option ids, by question id: nothing of its key. */
  questions: Map<string, ResponseTarget>;
}

/**
 * The shapes of attempts read or saved to lately, by id (the 5,000 most recently used). An
 * attempt's learner and paper are written when it starts and never change, so a shape kept in any
 * process stays true; whether the attempt is still open is always asked of the database.
 */
const shapes = new LRUCache<string, AttemptShape>({ max: 5000 });

/** Keeps what a save needs of an attempt the caller has read (its learner and paper). */
export function rememberAttemptShape(attempt: { id: string; employeeId: string; paper: AttemptFacts['paper'] }): AttemptShape {
  let shape = shapes.get(attempt.id);
  if (shape) return shape;
  shape = {
    employeeId: attempt.employeeId,
    questions: new Map(
      attempt.paper.map((q) => [q.id, { type: q.type, ...('options' in q && { options: q.options.map((o) => ({ id: o.id })) }) }]),
    ),
  };
  shapes.set(attempt.id, shape);
  return shape;
}

/** The attempt's shape, from memory or else read (its learner and paper) and kept; null when there is no such attempt. */
export async function attemptShape(em: EntityManager, attemptId: string): Promise<AttemptShape | null> {
  const kept = shapes.get(attemptId);
  if (kept) return kept;
  const [row] = await readRows<{ employee_id: string; paper: AttemptFacts['paper'] }>(
    em,
    'select employee_id, paper from quiz_attempt where id = ?',
    [attemptId],
  );
  return row ? rememberAttemptShape({ id: attemptId, employeeId: row.employee_id, paper: row.paper }) : null;
}
