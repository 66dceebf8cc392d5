import type { TFunction } from 'i18next';
import type { CreditMode } from '../../../gql/graphql';
import { formatJp } from '../../../ui/format';

export interface CreditRuleForm {
  creditMode: CreditMode;
  creditValue?: number | null;
  maxJpPerDay?: number | null;
  maxSessionsPerMonth?: number | null;
}

/**
 * "2,0 JP per sesi, maks. 2 sesi per bulan": how JP are credited for a form of learning, in the
 * same words on a module and in a development plan.
 */
export function creditRule(t: TFunction, form: CreditRuleForm): string {
  return t(`plan.credit.${form.creditMode}`, {
    value: formatJp(form.creditValue ?? 0, { unit: false }),
    max: formatJp(form.maxJpPerDay ?? 0, { unit: false }),
    sessions: form.maxSessionsPerMonth ?? '',
  });
}
