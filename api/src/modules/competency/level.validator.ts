import { IsInt, Max, Min } from 'class-validator';

/** Competency levels run from 1 to 5 (DOMAIN.md). */
const LEVEL_MIN = 1;
const LEVEL_MAX = 5;

/**
 * A competency level: a whole number from 1 to 5. Reported as class-validator's own rules
 * (`isInt`, `min`, `max`), in the order `@IsInt() @Min(1) @Max(5)` would report them.
 */
export function IsCompetencyLevel(): PropertyDecorator {
  // Property decorators written one above the other apply bottom-up; keep that order.
  const rules = [Max(LEVEL_MAX), Min(LEVEL_MIN), IsInt()];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}
