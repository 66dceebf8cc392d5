import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { formatDate } from './format';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rule's parameters for its message: days (YYYY-MM-DD) written as people read them. */
function readableParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'string' && DATE.test(value) ? formatDate(value) : value]),
  );
}

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'BAD_REQUEST'
  | 'SERVICE_UNAVAILABLE'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'NETWORK';

export interface FieldError {
  field: string;
  rule: string;
  message: string;
  /** What the wording of the rule needs (amounts, names). */
  params?: Record<string, string | number | boolean>;
}

/**
 * The `extensions.code` of an Apollo error, also of a refusal the server sent with an HTTP error
 * status (a request over its limits, a database briefly unreachable); NETWORK when the server was
 * not reached.
 */
export function errorCode(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    return (error.errors[0]?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { code?: string } }[] };
      const code = body.errors?.[0]?.extensions?.code as ErrorCode | undefined;
      if (code) return code;
    } catch {
      // not a GraphQL answer: a proxy's page, say
    }
    return error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
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
