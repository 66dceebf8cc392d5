import { IsInt, Max, Min } from 'class-validator';

/**
 * The year of a JP period or a development plan: a whole number from 2000 to 2100. Reported as
 * class-validator's own rules (`isInt`, `min`, `max`), in the order `@IsInt() @Min(2000) @Max(2100)`
 * would report them.
 */
export function IsYear(): PropertyDecorator {
  // Property decorators written one above the other apply bottom-up; keep that order.
  const rules = [Max(2100), Min(2000), IsInt()];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}
