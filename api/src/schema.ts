import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { assertNoArgumentValidationSettings, keepRuleListsPerClass, validateArguments } from './common/validate-arguments';
import { modules } from './modules';

/** Every resolver, from the module manifests. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers = modules.flatMap((module) => module.resolvers ?? []) as NonEmptyArray<Function>;

/** Operations anyone may call without logging in. Everything else is guarded. */
export const PUBLIC_OPERATIONS = ['Mutation.login', 'Query.verifyCertificate'];

interface FieldMetadata {
  target: object;
  name: string;
  schemaName: string;
  simple?: boolean;
}
interface TargetedMetadata {
  target: object;
  fieldName?: string;
}

/**
 * Fields of object types that only read a property of their parent, guarded by no role and no
 * middleware of their own, are read by graphql-js's own resolver: type-graphql would otherwise give
 * each one a resolver that wraps the same read in a call of its own for every row of an answer.
 * A field with `@Authorized`, `@UseMiddleware` (on it or on its class) or a `@FieldResolver`
 * keeps type-graphql's resolver, so every rule still runs.
 */
export function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage() as unknown as {
    fields: FieldMetadata[];
    authorizedFields: TargetedMetadata[];
    authorizedResolver: TargetedMetadata[];
    middlewares: TargetedMetadata[];
    resolverMiddlewares: TargetedMetadata[];
  };
  const guarded = (list: TargetedMetadata[], field: FieldMetadata) =>
    list.some((m) => m.target === field.target && (m.fieldName === undefined || m.fieldName === field.name));
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.name !== field.schemaName) continue;
    if (guarded(storage.authorizedFields, field) || guarded(storage.middlewares, field)) continue;
    if (guarded(storage.authorizedResolver, field) || guarded(storage.resolverMiddlewares, field)) continue;
    field.simple = true;
  }
}

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  if (!schema) {
    readPlainFieldsDirectly();
    assertNoArgumentValidationSettings();
    keepRuleListsPerClass();
  }
  schema ??= buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    // class-validator on input arguments, as type-graphql's `validate: { forbidUnknownValues: false }`.
    validateFn: validateArguments,
  });
  return schema;
}

/** The SDL committed as `schema/schema.graphql`. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
