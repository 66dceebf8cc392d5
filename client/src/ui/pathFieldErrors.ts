import type { TFunction } from 'i18next';
import { fieldErrorList } from './errors';

/**
 * Field errors of a BAD_USER_INPUT error keyed by their whole path without the `input.` prefix
 * (`levels.2.description`, `items.0.targetJp`), so rows of a list can show their own errors.
 * A rule is translated from `<namespace>.rules.<RULE>`, then the shared `rules.<RULE>`, and
 * otherwise shows the server's message. `values` fill placeholders such as {{min}}.
 */
export function pathFieldErrors(
  error: unknown,
  t: TFunction,
  namespace: string,
  values: Record<string, unknown> = {},
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const f of fieldErrorList(error)) {
    const key = f.field.replace(/^input\./, '');
    // A message for this field's rule (`governmentAffair_REQUIRED`) wins over the rule's general one.
    result[key] ??= t([`${namespace}.rules.${key}_${f.rule}`, `${namespace}.rules.${f.rule}`, `rules.${f.rule}`], {
      ...f.params,
      ...values,
      defaultValue: f.message,
    });
  }
  return result;
}

/** The first error under a path prefix (`items` finds `items`, `items.formId`, `items.0.note`, …). */
export function errorUnder(errors: Record<string, string>, prefix: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}
