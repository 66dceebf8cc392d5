import type { EntityManager } from '@mikro-orm/postgresql';
import { instant, numOrNull } from '../../common/read-model';
import { LearningForm } from './learning-form.entity';
import type { CreditMode, LearningDelivery } from './record.enums';

/**
 * The forms of learning (reference data, a few dozen rows) kept in memory for read-only answers:
 * read at most once per `LEARNING_FORMS_CACHE_MS`, and anew after a change made in this process
 * (`forgetLearningForms`). Commands that credit JP load the form as an entity instead.
 */
export const LEARNING_FORMS_CACHE_MS = 5000;

interface FormsCache {
  generation: number;
  held: { generation: number; readAt: number; forms: Promise<ReadonlyMap<number, LearningForm>> } | null;
}

/** One cache per database (the EntityManagers of one ORM share their driver). */
const caches = new WeakMap<object, FormsCache>();

function cacheOf(em: EntityManager): FormsCache {
  const key = em.getDriver();
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = { generation: 0, held: null }));
  return cache;
}

interface FormRow {
  id: number;
  name: string;
  delivery: LearningDelivery;
  credit_mode: CreditMode;
  credit_value: string | null;
  max_jp_per_day: string | null;
  max_sessions_per_month: number | null;
  requires_report: boolean;
  updated_at: string;
}

async function loadForms(em: EntityManager): Promise<ReadonlyMap<number, LearningForm>> {
  const rows: FormRow[] = await em
    .getConnection()
    .execute(
      `select id, name, delivery, credit_mode, credit_value, max_jp_per_day, max_sessions_per_month, requires_report, updated_at from learning_form`,
      [],
      'all',
      em.getTransactionContext(),
    );
  return new Map(
    rows.map((r) => {
      const form = Object.assign(new LearningForm(), {
        id: Number(r.id),
        name: r.name,
        delivery: r.delivery,
        creditMode: r.credit_mode,
        creditValue: numOrNull(r.credit_value),
        maxJpPerDay: numOrNull(r.max_jp_per_day),
        maxSessionsPerMonth: r.max_sessions_per_month === null ? null : Number(r.max_sessions_per_month),
        requiresReport: r.requires_report,
        updatedAt: instant(r.updated_at),
      });
      return [form.id, form] as const;
    }),
  );
}

/** Every form of learning by id, for read-only answers (the objects are shared: never change them). */
export function learningFormsById(em: EntityManager): Promise<ReadonlyMap<number, LearningForm>> {
  const cache = cacheOf(em);
  const now = performance.now();
  const held = cache.held;
  if (held && held.generation === cache.generation && now - held.readAt < LEARNING_FORMS_CACHE_MS) return held.forms;
  const next = { generation: cache.generation, readAt: now, forms: loadForms(em) };
  cache.held = next;
  next.forms.catch(() => {
    if (cache.held === next) cache.held = null;
  });
  return next.forms;
}

/** The forms are read anew: call once a change is written. */
export function forgetLearningForms(em: EntityManager): void {
  const cache = cacheOf(em);
  cache.generation++;
  cache.held = null;
}
