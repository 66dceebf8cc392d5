import { instant, numOrNull } from '../../common/read-model';
import { LearningForm } from './learning-form.entity';
import type { CreditMode, LearningDelivery } from './record.enums';

/**
 * A form of learning as a read model's statement gives it (`FORM_JSON`, or its columns read
 * plainly), for read-only answers and for the ledger's credit, which only reads its rule.
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

/** The columns of `learning_form` that make a `FormRow`. */
const FORM_FIELDS: readonly (keyof FormRow)[] = [
  'id',
  'name',
  'delivery',
  'credit_mode',
  'credit_value',
  'max_jp_per_day',
  'max_sessions_per_month',
  'requires_report',
  'updated_at',
];

/** The columns of a form of learning (`f`) as one JSON object, in the shape of `FormRow`. */
export const FORM_JSON = `json_build_object(${FORM_FIELDS.map((c) => `'${c}', f.${c}`).join(', ')})`;

/** The same columns of a form of learning (`f`) read plainly, for a row in the shape of `FormRow`. */
export const FORM_COLUMNS = FORM_FIELDS.map((c) => `f.${c}`).join(', ');

/** Forms already made from rows, by every column of the row: a row that differs in any makes its own. */
const madeForms = new Map<string, LearningForm>();
/** Forms are reference data (a few dozen); the map is emptied if it ever holds more than this. */
const MADE_FORMS_MAX = 256;

/**
 * The form of learning of such a row (read only: never change it, it is shared): an object of the
 * entity's class (type-graphql answers `forModules` from the class's getter) whose fields are set as
 * its own, past the ORM's setters, so that answering a JP summary makes no ORM helper for each form.
 * Made once per distinct row and then reused (an object made with property descriptors costs
 * microseconds, a measurable part of a JP summary).
 */
export function formOfRow(r: FormRow): LearningForm {
  const key = FORM_FIELDS.map((c) => {
    const v: unknown = r[c];
    return v instanceof Date ? v.toISOString() : String(v);
  }).join('\u0000');
  let form = madeForms.get(key);
  if (!form) {
    if (madeForms.size >= MADE_FORMS_MAX) madeForms.clear();
    form = makeForm(r);
    madeForms.set(key, form);
  }
  return form;
}

function makeForm(r: FormRow): LearningForm {
  const value = (v: unknown) => ({ value: v, writable: true, enumerable: true, configurable: true });
  return Object.create(LearningForm.prototype, {
    id: value(Number(r.id)),
    name: value(r.name),
    delivery: value(r.delivery),
    creditMode: value(r.credit_mode),
    creditValue: value(numOrNull(r.credit_value)),
    maxJpPerDay: value(numOrNull(r.max_jp_per_day)),
    maxSessionsPerMonth: value(r.max_sessions_per_month === null ? null : Number(r.max_sessions_per_month)),
    requiresReport: value(r.requires_report),
    updatedAt: value(instant(r.updated_at)),
  }) as LearningForm;
}
