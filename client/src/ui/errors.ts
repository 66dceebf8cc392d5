import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** The `extensions.code` of an Apollo error; NETWORK when the server was not reached. */
export function errorCode(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    return (error.errors[0]?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
  }
  return 'NETWORK';
}

export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? '';
  return error instanceof Error ? error.message : String(error);
}

export function fieldErrorList(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => (e.extensions?.fields as FieldError[] | undefined) ?? []);
}

/**
 * Field errors keyed by the last part of their path (`input.nip` → `nip`), translated by rule
 * where the client knows the rule, otherwise the server's message.
 */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const result: Record<string, string> = {};
  for (const f of fieldErrorList(error)) {
    const key = f.field.split('.').pop()!;
    result[key] ??= t(`rules.${f.rule}`, { defaultValue: f.message });
  }
  return result;
}
