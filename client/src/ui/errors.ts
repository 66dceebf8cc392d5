import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

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
