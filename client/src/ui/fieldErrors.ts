import type { TFunction } from 'i18next';
import { fieldErrorList } from './errors';
import { formatDate } from './format';

// Apart from `errors.ts`, which every page loads: only forms need these, and the date formatting with them.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rule's parameters for its message: days (YYYY-MM-DD) written as people read them. */
function readableParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'string' && DATE.test(value) ? formatDate(value) : value]),
  );
}

/**
 * Field errors keyed by the last part of their path (`input.nip` → `nip`), translated by rule
 * where the client knows the rule, otherwise the server's message. Paths under one of `except`
 * are left to a part of the form that shows them itself.
 */
export function fieldErrors(error: unknown, t: TFunction, except: string[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  for (const f of fieldErrorList(error)) {
    if (except.some((prefix) => f.field === prefix || f.field.startsWith(`${prefix}.`))) continue;
    const key = f.field.split('.').pop()!;
    result[key] ??= t(`rules.${f.rule}`, { ...readableParams(f.params), defaultValue: f.message });
  }
  return result;
}
