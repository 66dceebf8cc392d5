import { unwrapResolverError } from '@apollo/server/errors';
import { ConnectionException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode, type FieldError } from './errors';

/** Flattens class-validator errors into `{ field, rule, message }` rows. */
export function validationFields(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // class-validator's isDefined is the client's REQUIRED (a null where a value belongs).
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: rule === 'isDefined' ? 'REQUIRED' : rule,
      message,
    }));
    return [...own, ...validationFields(e.children ?? [], field)];
  });
}

/** `input.rows[2].name` → `rows.2.name`: the path inside the variable, dotted like class-validator's. */
function pathInside(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .slice(1);
}

/**
 * Names the field and the rule of a variable that graphql-js could not coerce to its type, from
 * its message (graphql-js gives no structured path):
 * - `Variable "$input" got invalid value "X" at "input.kind"; Value "X" does not exist in "OpdKind" enum.`
 * - `Variable "$input" got invalid value {...}; Field "kind" of required type "OpdKind!" was not provided.`
 * - `Variable "$id" of required type "ID!" was not provided.`
 * Rules: REQUIRED (missing or null), UNKNOWN_FIELD (a field the type lacks), TYPE (any other
 * value that does not fit: wrong enum value, wrong scalar, not an object).
 */
export function coercionFields(message: string, error: unknown): FieldError[] | undefined {
  const variable = /^Variable "\$(\w+)" /.exec(message)?.[1];
  if (!variable) return undefined;
  if (/^Variable "\$\w+" of (required|non-null) type /.test(message)) {
    return [{ field: variable, rule: 'REQUIRED', message }];
  }
  const invalid = /^Variable "\$\w+" (got|has) invalid value /.test(message);
  if (!invalid) return undefined;
  // The reason is the inner error's message; the invalid value (user text) comes before it.
  const inner = error instanceof GraphQLError ? error.originalError?.message : undefined;
  const cut = inner && message.endsWith(`; ${inner}`) ? message.length - inner.length - 2 : message.lastIndexOf('; ');
  if (cut < 0) return [{ field: variable, rule: 'TYPE', message }];
  const prefix = message.slice(0, cut);
  const reason = message.slice(cut + 2);
  const path = / at "(\w+(?:\.\w+|\[\d+\])*)"$/.exec(prefix)?.[1];
  const segments = path ? pathInside(path) : [];
  let rule = 'TYPE';
  const missing = /^Field "(\w+)" of required type .* was not provided\.$/.exec(reason);
  const unknown = /^Field "(\w+)" is not defined by type /.exec(reason);
  if (missing) {
    segments.push(missing[1]);
    rule = 'REQUIRED';
  } else if (unknown) {
    segments.push(unknown[1]);
    rule = 'UNKNOWN_FIELD';
  } else if (/^Expected non-nullable type .* not to be null\.$/.test(reason)) {
    rule = 'REQUIRED';
  }
  return [{ field: segments.length ? segments.join('.') : variable, rule, message: reason }];
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

/** Whether an error means the database cannot be reached just now (a retry may succeed). */
export function isDatabaseUnavailable(error: unknown): boolean {
  // graphql-js wraps thrown non-Error values (the driver's plain objects) as `thrownValue`.
  const next = (e: unknown) => (e as { cause?: unknown }).cause ?? (e as { thrownValue?: unknown }).thrownValue;
  for (let e = error, depth = 0; e && depth < 5; e = next(e), depth++) {
    if (e instanceof ConnectionException) return true;
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (
      name === 'KnexTimeoutError' ||
      (typeof message === 'string' && /Connection terminated|Timeout acquiring a connection/.test(message))
    )
      return true;
  }
  return false;
}

/** The code of answers given while the database is unreachable; served with HTTP 503. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/**
 * Maps every error to one of the codes in DESIGN.md. Unknown errors are logged and hidden.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: original.code, ...original.extra };
      if ('fields' in original) extensions.fields = original.fields;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    if (original instanceof UniqueConstraintViolationException) {
      // Two requests created the same thing at once; the loser hears it already exists.
      return {
        message: 'This already exists: it was saved by another request at the same moment',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'Database unavailable while resolving');
      return {
        message: 'The service is unavailable for a moment. Try again.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: SERVICE_UNAVAILABLE },
      };
    }
    const code = formatted.extensions?.code;
    const validationErrors = formatted.extensions?.validationErrors as ValidationError[] | undefined;
    if (code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
      const fields = validationFields(validationErrors);
      return {
        message: fields.map((f) => `${f.field}: ${f.message}`).join('; ') || formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, fields },
      };
    }
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
      // A variable that does not fit its GraphQL type (Apollo reports these without fields).
      const fields = coercionFields(formatted.message, error);
      if (fields) return { ...formatted, extensions: { ...formatted.extensions, fields } };
    }
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original, path: formatted.path }, 'Unexpected error while resolving');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** HTTP status of each code, for routes served beside GraphQL. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

export interface RestErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[]; field?: string; rule?: string; [extra: string]: unknown };
}

/**
 * The same mapping for routes beside GraphQL (file upload and download): a domain error keeps
 * its code, message and field details (the first field also as `field`/`rule`); anything else
 * is logged and hidden as INTERNAL_SERVER_ERROR. `status` may override the code's HTTP status.
 */
export function restError(error: unknown, logger: Logger, status?: number): { status: number; body: RestErrorBody } {
  if (error instanceof DomainError) {
    const fields = 'fields' in error ? (error.fields as FieldError[]) : undefined;
    const first = fields?.[0];
    return {
      status: status ?? HTTP_STATUS[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...error.extra,
          ...(first && { field: first.field, rule: first.rule, fields }),
        },
      },
    };
  }
  logger.error({ err: error }, 'Request failed');
  return { status: 500, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } } };
}
