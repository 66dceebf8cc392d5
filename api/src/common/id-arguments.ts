import type { ApolloServerPlugin } from '@apollo/server';
import { getArgumentValues, getNamedType, GraphQLError } from 'graphql';
import { rootFields } from './operation-rules';
import type { FieldError } from './errors';

/** The shape of every record id. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every record id is a UUID: an `ID` argument of a query or mutation that is not one is bad
 * input, named, rather than a database error. Checked once per operation, before it runs, on
 * every top-level field however the query reaches it (inline fragments, fragment spreads).
 * (IDs inside input objects carry `@IsUUID`.)
 */
export function idArgumentsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request, document }) {
          if (!operation) return;
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
        },
      };
    },
  };
}
