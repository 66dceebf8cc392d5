import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, getArgumentValues, getNamedType, GraphQLError } from 'graphql';
import { rootFields } from './operation-rules';
import type { FieldError } from './errors';

/** Variables remembered as passing, per document, at most (then it starts again). */
const MAX_REMEMBERED_PER_DOCUMENT = 500;
/** Operations with longer variables (texts being saved) are checked every time rather than kept. */
const MAX_REMEMBERED_KEY = 2000;

/** The shape of every record id. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every record id is a UUID: an `ID` argument of a query or mutation that is not one is bad
 * input, named, rather than a database error. Checked once per operation, before it runs, on
 * every top-level field however the query reaches it (inline fragments, fragment spreads).
 * (IDs inside input objects carry `@IsUUID`.)
 */
export function idArgumentsPlugin(): ApolloServerPlugin {
  // The check depends only on the document, the operation and its variables: the parsed document
  // (which Apollo keeps and hands out again for the same text) remembers the variables that passed.
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request, document }) {
          if (!operation) return;
          const key = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          if (passed.get(document)?.has(key)) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          const fields: FieldError[] = [];
          for (const node of rootFields(document, operation)) {
            const def = root?.getFields()[node.name.value];
            if (!def) continue;
            let args: Record<string, unknown>;
            try {
              args = getArgumentValues(def, node, request.variables ?? {});
            } catch {
              continue; // execution reports arguments that do not fit their types
            }
            for (const arg of def.args) {
              const value = args[arg.name];
              if (getNamedType(arg.type).name === 'ID' && value != null && !(typeof value === 'string' && UUID_PATTERN.test(value))) {
                fields.push({ field: arg.name, rule: 'isUuid', message: `${arg.name} must be a UUID` });
              }
            }
          }
          if (fields.length) {
            throw new GraphQLError(fields.map((f) => f.message).join('; '), {
              extensions: { code: 'BAD_USER_INPUT', fields, http: { status: 400 } },
            });
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
