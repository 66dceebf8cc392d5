/** Field errors the assessment rules share. */
import type { FieldError } from '../../common/errors';

export const problem = (field: string, rule: string, message: string): FieldError => ({ field, rule, message });

/** A text field: REQUIRED when blank and required, maxLength when longer than `max`. */
export function textProblems(field: string, text: string | undefined, max: number, required: boolean): FieldError[] {
  if (text === undefined || !/\S/.test(text)) return required ? [problem(field, 'REQUIRED', `${field} must not be blank`)] : [];
  return text.length > max ? [problem(field, 'maxLength', `${field} must be at most ${max} characters`)] : [];
}

/** A points value: finite, within min..max, at most two decimals. */
export function pointsProblems(field: string, points: number, min: number, max: number, exclusiveMin = false): FieldError[] {
  const aboveMin = exclusiveMin ? points > min : points >= min;
  const twoDecimals = Math.round(points * 100) / 100 === points;
  return Number.isFinite(points) && aboveMin && points <= max && twoDecimals
    ? []
    : [
        problem(
          field,
          'POINTS_RANGE',
          `Points must be ${exclusiveMin ? 'more than' : 'at least'} ${min} and at most ${max}, with at most two decimals`,
        ),
      ];
}
