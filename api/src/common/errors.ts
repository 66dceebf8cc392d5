/** Domain errors: services throw these; the formatter maps them to `extensions.code`. */

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** Dotted path of the input field, e.g. `input.nip` or `rows.3.nip`. */
  field: string;
  /** Stable rule name the client can translate, e.g. `NIP_FORMAT`, `REQUIRED`. */
  rule: string;
  /** English, for logs and tools; people read the client's wording of `rule` with `params`. */
  message: string;
  /** What the client's wording of the rule needs (amounts, names), e.g. `{ minutes: 90, durationJp: 2 }`. */
  params?: Record<string, string | number | boolean>;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly extra: Record<string, unknown> = {};
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'You must be logged in') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

/** Throws FORBIDDEN unless a policy allowed the action. */
export function assertCan(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class BadInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly fields: FieldError[],
    message?: string,
  ) {
    super(message ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '));
  }

  static field(field: string, rule: string, message: string): BadInputError {
    return new BadInputError([{ field, rule, message }]);
  }
}
