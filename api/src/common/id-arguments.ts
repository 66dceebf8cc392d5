import { getNamedType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { BadInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every record id is a UUID: an `ID` argument of a query or mutation that is not one is bad
 * input, named, rather than a database error. (IDs inside input objects carry `@IsUUID`.)
 */
export const validateIdArguments: MiddlewareFn = async ({ args, info }, next) => {
  const operation = info.parentType.name;
  if (operation !== 'Query' && operation !== 'Mutation') return next();
  const field = info.parentType.getFields()[info.fieldName];
  const wrong = field.args.filter((a) => {
    const value: unknown = args[a.name];
    return getNamedType(a.type).name === 'ID' && value != null && !(typeof value === 'string' && UUID.test(value));
  });
  if (wrong.length) {
    throw new BadInputError(wrong.map((a) => ({ field: a.name, rule: 'isUuid', message: `${a.name} must be a UUID` })));
  }
  return next();
};
