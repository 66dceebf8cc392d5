import type { EntityManager } from '@mikro-orm/postgresql';
import { HeldReads, perDatabase } from '../../common/held-reads';
import { instant, numOrNull } from '../../common/read-model';
import { LearningForm } from './learning-form.entity';
import type { CreditMode, LearningDelivery } from './record.enums';

/**
 * The forms of learning (reference data, a few dozen rows) kept in memory for read-only answers:
 * read at most once per `LEARNING_FORMS_CACHE_MS`, and anew after a change made in this process
 * (`forgetLearningForms`). Commands that credit JP load the form as an entity instead.
 */
export const LEARNING_FORMS_CACHE_MS = 5000;

const formsOf = perDatabase(() => new HeldReads<'all', Promise<ReadonlyMap<number, LearningForm>>>(LEARNING_FORMS_CACHE_MS));

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
  return formsOf(em).read('all', performance.now(), () => loadForms(em));
}

/** The forms are read anew: call once a change is written. */
export function forgetLearningForms(em: EntityManager): void {
  formsOf(em).forget();
}
