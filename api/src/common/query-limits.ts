import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from './context';
import { coercionFields } from './format-error';
import { checkOperationRules } from './operation-rules';
import { LIMITS } from '@komunitas-pintar/domain';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * A field may state its own cost (`complexity` in its decorator) where the generic estimate below
 * does not fit how it is read; the rest: paged lists cost their children times the page size asked for, or the default page size when
 * the client leaves `page` out. Unpaged lists (reference data, a module's lessons) count once.
 */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'page')) return undefined;
  const limit = Number((args.page as { limit?: number } | undefined)?.limit ?? LIMITS.pageDefaultLimit);
  return 1 + childComplexity * limit;
};

export function depthLimitRule(maxDepth: number) {
  return maxDepthRule({
    n: maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(`Query is too deep: ${error.message.replace(/^Syntax Error: /, '')}`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxDepth },
          }),
        ),
    ],
  });
}

/**
 * How many fields `operation` selects once every fragment spread is replaced by its fragment,
 * counted without expanding anything: each fragment is counted once and its count reused, so
 * the cost is linear in the document even when fragments spread each other many times over.
 * Counting stops growing past `cap` (the answer is then some number above it).
 */
export function expandedFieldCount(document: DocumentNode, operation: OperationDefinitionNode, cap: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counted = new Map<string, number>();
  const counting = new Set<string>();
  const countSet = (set: SelectionSetNode | undefined): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) total += 1 + countSet(selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += countSet(selection.selectionSet);
      else total += countFragment(selection.name.value);
      if (total > cap) return cap + 1;
    }
    return total;
  };
  const countFragment = (name: string): number => {
    const known = counted.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || counting.has(name)) return 0; // validation refuses unknown and cyclic fragments
    counting.add(name);
    const count = countSet(fragment.selectionSet);
    counting.delete(name);
    counted.set(name, count);
    return count;
  };
  return countSet(operation.selectionSet);
}

/** A refusal before execution: HTTP 400 and a code the client can branch on. */
function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/** How many variable errors one answer names; graphql-js stops coercing at this many too. */
export const MAX_VARIABLE_ERRORS = 20;

/**
 * Coerces the variables once, stopping at the first few errors, so that a request whose every
 * field is wrong costs no more than reading it. Errors come back as one BAD_USER_INPUT.
 */
function checkVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): void {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: MAX_VARIABLE_ERRORS });
  if (!result.errors) return;
  const errors = result.errors.filter((e) => !/^Too many errors processing variables/.test(e.message));
  const fields = errors.flatMap((e) => coercionFields(e.message, e) ?? [{ field: 'variables', rule: 'TYPE', message: e.message }]);
  // graphql-js words the first error; the rest are named in `fields`.
  const more =
    fields.length > 1
      ? ` (${fields.length - 1} more in the field list${errors.length < result.errors.length ? `, which names only the first ${MAX_VARIABLE_ERRORS}` : ''})`
      : '';
  throw refusal(`${errors[0]?.message ?? result.errors[0].message}${more}`, 'BAD_USER_INPUT', {
    fields,
  });
}

/** Variables remembered as passing, per document, at most (then it starts again). */
const MAX_REMEMBERED_PER_DOCUMENT = 500;
/** Operations with longer variables (texts being saved) are checked every time rather than kept. */
const MAX_REMEMBERED_KEY = 2000;

/**
 * Refuses, before anything runs, operations whose variables do not fit their types and operations
 * whose estimated cost exceeds `maxComplexity` or cannot be estimated at all.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin<Context> {
  // The checks depend only on the document, the operation, its variables and whether the caller is
  // signed in: an operation that passed them passes again, so the parsed document (which Apollo
  // keeps and hands out again for the same text) remembers what passed, not re-walking it each time.
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (!operation) return;
          const variables = JSON.stringify(request.variables ?? {});
          const key = `${request.operationName ?? ''}\n${contextValue.actor ? 1 : 0}\n${variables}`;
          if (passed.get(document)?.has(key)) return;
          checkVariables(schema, operation, request.variables ?? {});
          checkOperationRules({ document, operation, variables: request.variables ?? {}, signedIn: !!contextValue.actor });
          // Each field costs at least 1, so a document that expands (through fragments) to more
          // fields than the limit is refused without walking the expansion.
          const fields = expandedFieldCount(document, operation, maxComplexity);
          if (fields > maxComplexity) {
            throw refusal(
              `Query is too complex: it asks for more than ${maxComplexity} fields once fragments are expanded. Ask for fewer fields.`,
              'GRAPHQL_VALIDATION_FAILED',
              { maxComplexity },
            );
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              maxQueryNodes: 2 * maxComplexity + 100,
              estimators: [fieldExtensionsEstimator(), pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Too many nodes to count, or anything else the estimate stumbles on: not run unmeasured.
            throw refusal(
              `Query is too complex: its cost could not be measured (${error instanceof Error ? error.message : 'unknown reason'}). Ask for fewer fields.`,
              'GRAPHQL_VALIDATION_FAILED',
              { maxComplexity },
            );
          }
          if (complexity > maxComplexity) {
            throw refusal(
              `Query is too complex: cost ${complexity} exceeds the limit of ${maxComplexity}. Ask for fewer fields or smaller pages.`,
              'GRAPHQL_VALIDATION_FAILED',
              { complexity, maxComplexity },
            );
          }
          if (key.length <= MAX_REMEMBERED_KEY) {
            let keys = passed.get(document);
            if (!keys) passed.set(document, (keys = new Set()));
            if (keys.size >= MAX_REMEMBERED_PER_DOCUMENT) keys.clear();
            keys.add(key);
          }
        },
      };
    },
  };
}
