import type { TFunction } from 'i18next';
import type { CreditStepFieldsFragment } from '../../../gql/graphql';
import { formatJp, formatNumber } from '../../../ui/format';

type Step = Omit<CreditStepFieldsFragment, '__typename'>;

const jp = (value: number | null | undefined) => formatJp(value ?? 0);

/** A month (YYYY-MM) in the reader's language: "Februari 2026". */
function monthName(month: string, language: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 1));
}

/** One step of a JP computation in the reader's language: "dibatasi 3,0 JP/hari pada 1 hari yang masih ada ruang (2,0 JP sudah tercatat)". */
export function creditStepText(t: TFunction, language: string, step: Step): string {
  const minutes = { minutes: formatNumber(step.minutes ?? 0), minutesPerJp: step.minutesPerJp };
  switch (step.code) {
    case 'CURRICULUM':
    case 'STATED_LEARNING':
    case 'STATED_MAX':
      return t(`creditStep.${step.code}`, { jp: jp(step.jp) });
    case 'MINUTES':
    case 'TO_BE_APPROVED':
      return t(`creditStep.${step.code}`, minutes);
    case 'MINUTES_PER_DATE':
      return t('creditStep.MINUTES_PER_DATE', { ...minutes, count: step.days ?? 0 });
    case 'PER_DAY':
      return t('creditStep.PER_DAY', { value: jp(step.value), count: step.days ?? 0 });
    case 'PER_ACTIVITY':
      return t('creditStep.PER_ACTIVITY', { value: jp(step.value) });
    case 'PER_SESSION':
      return t('creditStep.PER_SESSION', { value: jp(step.value), count: step.sessions ?? 0 });
    case 'SESSION_MONTH_CAP':
      return step.month
        ? t('creditStep.SESSION_MONTH_CAP', {
            fit: step.fit,
            count: step.sessions ?? 0,
            month: monthName(step.month, language),
            cap: step.cap,
          })
        : t('creditStep.SESSION_CAP', { fit: step.fit, count: step.sessions ?? 0, cap: step.cap });
    case 'AS_APPROVED':
      return step.jp != null ? t('creditStep.AS_APPROVED_JP', { jp: jp(step.jp) }) : t('creditStep.AS_APPROVED');
    case 'DAY_CAP': {
      const more = [
        ...(step.held ? [t('creditStep.DAY_CAP_HELD', { held: jp(step.held) })] : []),
        ...(step.full ? [t('creditStep.DAY_CAP_FULL_DAYS', { count: step.full })] : []),
      ];
      const base = t('creditStep.DAY_CAP', { cap: jp(step.cap), count: step.days ?? 0 });
      return more.length ? `${base} (${more.join('; ')})` : base;
    }
    case 'DAY_CAP_FULL':
      return step.full === 1
        ? t('creditStep.DAY_CAP_FULL_ONE_DAY', { cap: jp(step.cap) })
        : t('creditStep.DAY_CAP_FULL', { cap: jp(step.cap), count: step.full ?? 0 });
    case 'INTERNATIONAL_BONUS':
      return t('creditStep.INTERNATIONAL_BONUS', { percent: step.percent });
    case 'RECORDED_TEXT':
      return step.text ?? '';
  }
}

/** How JP were computed, step after step, in the reader's language. */
export function creditStepsText(t: TFunction, language: string, steps: readonly Step[] | null | undefined): string {
  return (steps ?? []).map((s) => creditStepText(t, language, s)).join('; ');
}
