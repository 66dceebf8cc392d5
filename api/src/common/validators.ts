import { IsDefined, IsInt, Max, Min, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isLocalDate } from './dates';
import { hasAtMostOneDecimal } from '@komunitas-pintar/domain';

/** Reusable class-validator rules for inputs. */

/**
 * Text must hold at least one non-space character (`   ` is not a name). Reported as rule
 * `REQUIRED`, which the client already translates: to a user, a blank name and a missing name
 * are the same mistake. Null and undefined pass (leave those to `@IsOptional` or the schema).
 * `{ each: true }` checks every string of a list.
 */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'REQUIRED',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || /\S/.test(value),
        defaultMessage: (args) => `${args?.property ?? 'The text'} must not be blank`,
      },
    },
    options,
  );
}

/**
 * At least `min` characters once surrounding spaces are removed, as the services store it.
 * Reported as rule `minLength`, like class-validator's own.
 */
export function MinTrimmedLength(min: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'minLength',
      constraints: [min],
      validator: {
        // Blank text is left to NotBlank, so a blank name reports one rule, not two.
        validate: (value: unknown) => {
          const length = typeof value === 'string' ? value.trim().length : min;
          return length === 0 || length >= min;
        },
        defaultMessage: (args) => `${args?.property ?? 'The text'} must be at least ${min} characters long`,
      },
    },
    options,
  );
}

/**
 * A whole number from `min` to `max`, reported as class-validator's own rules (`isInt`, `min`,
 * `max`) in the order `@IsInt() @Min(min) @Max(max)` would report them.
 */
export function IsIntBetween(min: number, max: number): PropertyDecorator {
  // Property decorators written one above the other apply bottom-up; keep that order.
  const rules = [Max(max), Min(min), IsInt()];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}

/**
 * A JP figure: at most one decimal (19.9, not 19.95), as JP are kept. Reported as rule
 * `JP_ONE_DECIMAL`; other types and null pass (leave those to the schema and `@IsOptional`).
 */
export function IsJp(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'JP_ONE_DECIMAL',
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || hasAtMostOneDecimal(value),
        defaultMessage: (args) => `${args?.property ?? 'JP'} takes at most one decimal (JP are kept to one decimal)`,
      },
    },
    options,
  );
}

/** A calendar date written YYYY-MM-DD (2026-02-30 is not one). Reported as rule `DATE`. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'DATE',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
        defaultMessage: (args) => `${args?.property ?? 'The date'} must be a calendar date written YYYY-MM-DD`,
      },
    },
    options,
  );
}

/**
 * For fields of an update that may be left out but not cleared: an absent field is skipped (like
 * `@IsOptional`), an explicit `null` is refused (reported as rule `REQUIRED`) instead of reaching
 * a column that needs a value. Use in place of `@IsOptional()`. Built on `IsDefined`, the one rule
 * class-validator still applies to null when missing properties are skipped (as type-graphql asks).
 */
export function OmitOrGive(): PropertyDecorator {
  const skipAbsent = ValidateIf((_object, value) => value !== undefined);
  const notNull = IsDefined({ message: ({ property }) => `${property} may be left out but not cleared` });
  return (target, key) => {
    notNull(target, key);
    skipAbsent(target, key);
  };
}
