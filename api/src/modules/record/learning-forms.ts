import { instant, numOrNull } from '../../common/read-model';
import { LearningForm } from './learning-form.entity';
import type { CreditMode, LearningDelivery } from './record.enums';

/**
 * A form of learning as a read model's statement gives it (`FORM_JSON`), for read-only answers;
 * commands that credit JP load the form as an entity instead.
 */
export interface FormRow {
  id: number;
  name: string;
  delivery: LearningDelivery;
  credit_mode: CreditMode;
  credit_value: string | number | null;
  max_jp_per_day: string | number | null;
  max_sessions_per_month: number | null;
  requires_report: boolean;
  updated_at: string;
}

/** The columns of a form of learning (`f`) as one JSON object, in the shape of `FormRow`. */
export const FORM_JSON = `json_build_object('id', f.id, 'name', f.name, 'delivery', f.delivery, 'credit_mode', f.credit_mode,
  'credit_value', f.credit_value, 'max_jp_per_day', f.max_jp_per_day, 'max_sessions_per_month', f.max_sessions_per_month,
  'requires_report', f.requires_report, 'updated_at', f.updated_at)`;

/** The form of learning of such a row (read only: never change it). */
export function formOfRow(r: FormRow): LearningForm {
  return Object.assign(new LearningForm(), {
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
}
