import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** One root field of the schema: a query or a mutation, as tests enumerate them. */
export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation of the schema, so that a new operation is covered the day it is added. */
export function schemaOperations(schema: GraphQLSchema): Operation[] {
  const ops: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) ops.push({ kind, name: field.name, field });
  }
  return ops.sort((a, b) => `${a.kind}.${a.name}`.localeCompare(`${b.kind}.${b.name}`));
}

/**
 * The roles `@Authorized` names on the resolver of an operation: `[]` for any logged-in user,
 * null when the operation has no `@Authorized` (public).
 */
export function authorizedRoles(op: Operation): string[] | null {
  const storage = getMetadataStorage();
  const handlers = op.kind === 'query' ? storage.queries : storage.mutations;
  const handler = handlers.find((h) => h.schemaName === op.name);
  if (!handler) throw new Error(`No resolver metadata for ${op.kind} ${op.name}`);
  const authorized = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
  return authorized ? [...(authorized.roles as string[])] : null;
}

/**
 * A selection for a result of `type`: `__typename` and the scalar fields that take no required
 * arguments (one level deep, so field resolvers run too), or nothing for a scalar result.
 */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** `$a: Type!` for each argument (variables named after the arguments). */
export function variableDefinitions(args: readonly GraphQLArgument[]): string {
  return args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
}

/** A value written as a GraphQL literal (enums bare where valid for the type). */
export function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner))
    return Array.isArray(value) ? `[${value.map((v) => literal(v, inner.ofType)).join(', ')}]` : literal(value, inner.ofType);
  if (isInputObjectType(inner) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = inner.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${fields[k] ? literal(v, fields[k].type) : JSON.stringify(v)}`)
      .join(', ')} }`;
  }
  if (isEnumType(inner) && typeof value === 'string' && inner.getValue(value)) return value;
  if (typeof value === 'object') return JSON.stringify(JSON.stringify(value));
  return JSON.stringify(value);
}
