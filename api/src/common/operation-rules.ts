import { type DocumentNode, type FieldNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode, visit } from 'graphql';
import type { FieldError } from './errors';

/** Most top-level fields (aliases included) one mutation may carry. */
export const MAX_MUTATION_FIELDS = 10;
/** Logins one request may attempt. */
export const MAX_LOGINS_PER_REQUEST = 1;

function refusal(message: string, code: string, status: number, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

/**
 * The top-level fields of an operation, looking through inline fragments and fragment spreads
 * (each fragment once), so that no query shape hides a field from the checks.
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const fields: FieldNode[] = [];
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return fields;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored (PostgreSQL refuses NUL; a lone surrogate is not Unicode text). */
function textProblem(text: string): { rule: string; message: string } | null {
  if (text.includes('\u0000')) return { rule: 'NUL_CHARACTER', message: 'Text may not contain the NUL character' };
  if (LONE_SURROGATE.test(text)) return { rule: 'INVALID_UNICODE', message: 'Text contains an incomplete Unicode character' };
  return null;
}

/** Every string in the variables and in the query's own literals that cannot be stored. */
export function textProblems(document: DocumentNode, variables: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  const stack: { value: unknown; path: string }[] = Object.entries(variables).map(([name, value]) => ({ value, path: name }));
  while (stack.length && problems.length < 20) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      // The path inside a variable, as class-validator names it: `input.items.0.title` → `items.0.title`.
      if (problem) problems.push({ field: path.split('.').slice(1).join('.') || path, ...problem });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: `${path}.${key}` });
      if (textProblem(Object.keys(value).join('')))
        problems.push({ field: path, rule: 'INVALID_UNICODE', message: 'A field name is not valid text' });
    }
  }
  visit(document, {
    StringValue(node) {
      const problem = textProblem(node.value);
      if (problem && problems.length < 20) problems.push({ field: 'query', ...problem });
    },
  });
  return problems;
}

export interface OperationRuleContext {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  signedIn: boolean;
}

/**
 * Checks that need no schema walk, in order: texts the database cannot store, logins and writes
 * multiplied by aliases, and introspection by anonymous callers. Throws the refusal.
 */
export function checkOperationRules({ document, operation, variables, signedIn }: OperationRuleContext): void {
  const problems = textProblems(document, variables);
  if (problems.length) {
    throw refusal(problems.map((p) => `${p.field}: ${p.message}`).join('; '), 'BAD_USER_INPUT', 400, { fields: problems });
  }
  const fields = rootFields(document, operation);
  if (operation.operation === 'mutation') {
    if (fields.length > MAX_MUTATION_FIELDS) {
      throw refusal(`A request may carry at most ${MAX_MUTATION_FIELDS} mutations`, 'GRAPHQL_VALIDATION_FAILED', 400, {
        limit: 'MUTATIONS',
        max: MAX_MUTATION_FIELDS,
      });
    }
    if (fields.filter((f) => f.name.value === 'login').length > MAX_LOGINS_PER_REQUEST) {
      throw refusal('A request may log in only once', 'GRAPHQL_VALIDATION_FAILED', 400, { limit: 'LOGINS', max: MAX_LOGINS_PER_REQUEST });
    }
  }
  if (!signedIn && fields.some((f) => f.name.value === '__schema' || f.name.value === '__type')) {
    throw refusal('Log in to read the schema', 'UNAUTHENTICATED', 401);
  }
}
