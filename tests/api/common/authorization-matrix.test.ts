import { type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import type { Actor } from '../../../api/src/common/actor';
import { Role } from '../../../api/src/common/role';
import { getSchema, PUBLIC_OPERATIONS } from '../../../api/src/schema';
import { makeUser } from '../../support/factories';
import { authorizedRoles, type Operation, schemaOperations, selectionFor, variableDefinitions } from '../../support/schema-operations';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

/**
 * The authorization matrix: every operation the schema lists (a new one is covered the day it is
 * added) × logged out and every role, with the least arguments GraphQL accepts. Logged out, every
 * operation but the public ones answers UNAUTHENTICATED; a role its guard does not name answers
 * FORBIDDEN; an account that must first change its password is held to changing it; no answer
 * is an internal error. Record-level rules (own or another's record) are the policies' tables.
 */
const ZERO_ID = '00000000-0000-4000-8000-000000000000';

/** The smallest value GraphQL accepts for `type`: required input fields only, empty lists. */
function least(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return least(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, least(f.type)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return ZERO_ID;
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2026-01-01T00:00:00.000Z';
      default:
        return 'x';
    }
  }
  return null;
}

function request(op: Operation): { query: string; variables: Record<string, unknown> } {
  const args = op.field.args.filter((a) => isNonNullType(a.type));
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return {
    query: `${op.kind} Matrix${variableDefinitions(args)} { ${op.name}${call} ${selectionFor(op.field.type)} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, least(a.type)])),
  };
}

const operations = schemaOperations(getSchema());
const ROLES = Object.values(Role);
const PASSWORD_CHANGE_OPERATIONS = new Set(['me', 'viewerCan', 'changePassword', 'logout']);

let t: TestApp;
let actors: Record<Role, Actor>;
beforeAll(async () => {
  t = await setupTestApp();
  actors = {} as Record<Role, Actor>;
  for (const role of ROLES) actors[role] = (await makeUser(t.em(), [role])).actor;
}, 120_000);
afterAll(() => t.close());

describe('the authorization matrix', () => {
  it('every operation is guarded, except the public ones', () => {
    const unguarded = operations
      .filter((op) => authorizedRoles(op) === null)
      .map((op) => `${op.kind === 'query' ? 'Query' : 'Mutation'}.${op.name}`);
    expect(unguarded.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it.each(operations.map((op) => [`${op.kind} ${op.name}`, op] as const))(
    '%s: logged out, every role, and a password still to change',
    async (_name, op) => {
      const { query, variables } = request(op);
      const roles = authorizedRoles(op);
      const answers: Record<string, string | undefined> = {};
      answers.anonymous = errorCode(await t.gql(query, variables, null));
      for (const role of ROLES) answers[role] = errorCode(await t.gql(query, variables, actors[role]));
      const mustChange = errorCode(await t.gql(query, variables, { ...actors[Role.ADMIN], mustChangePassword: true }));

      if (roles === null) {
        // Public: anyone may call it; it may refuse the made-up input, but never fail.
        expect(Object.values(answers).filter((code) => code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
        return;
      }
      // A role the guard names runs the operation, which may still refuse the made-up record or
      // input (its policy may say FORBIDDEN too), but never asks for a login or fails.
      const expected = Object.fromEntries([
        ['anonymous', 'UNAUTHENTICATED'],
        ...ROLES.map((role) => [role, roles.length === 0 || roles.includes(role) ? 'RUNS' : 'FORBIDDEN']),
      ]);
      const seen = Object.fromEntries(
        Object.entries(answers).map(([who, code]) => [
          who,
          expected[who] === 'RUNS' && code !== 'UNAUTHENTICATED' && code !== 'INTERNAL_SERVER_ERROR' ? 'RUNS' : code,
        ]),
      );
      expect(seen).toEqual(expected);
      expect({ mustChangePassword: mustChange === 'FORBIDDEN' }).toEqual({ mustChangePassword: !PASSWORD_CHANGE_OPERATIONS.has(op.name) });
    },
    60_000,
  );
});
