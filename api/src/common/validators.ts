import { registerDecorator } from 'class-validator';

/** Reusable class-validator rules for inputs. */

/**
 * Text must hold at least one non-space character (`   ` is not a name). Reported as rule
 * `REQUIRED`, which the client already translates: to a user, a blank name and a missing name
 * are the same mistake. Null and undefined pass (leave those to `@IsOptional` or the schema).
 */
export function NotBlank(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'REQUIRED',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || /\S/.test(value),
        defaultMessage: (args) => `${args?.property ?? 'The text'} must not be blank`,
      },
    });
  };
}

