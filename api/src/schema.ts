import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { modules } from './modules';

/** Every resolver, from the module manifests. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers = modules.flatMap((module) => module.resolvers ?? []) as NonEmptyArray<Function>;

/** Operations anyone may call without logging in. Everything else is guarded. */
export const PUBLIC_OPERATIONS = ['Mutation.login', 'Query.verifyCertificate'];

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  return schema;
}

/** The SDL committed as `schema/schema.graphql`. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
