import { unwrapResolverError } from '@apollo/server/errors';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type FieldError } from './errors';

/** Flattens class-validator errors into `{ field, rule, message }` rows. */
function validationFields(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...validationFields(e.children ?? [], field)];
  });
}

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
    const code = formatted.extensions?.code;
    const validationErrors = formatted.extensions?.validationErrors as ValidationError[] | undefined;
    if (code === 'BAD_USER_INPUT' && validationErrors) {
      const fields = validationFields(validationErrors);
      return {
        message: fields.map((f) => `${f.field}: ${f.message}`).join('; ') || formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, fields },
      };
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
