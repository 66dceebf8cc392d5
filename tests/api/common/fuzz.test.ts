import fc from 'fast-check';
import { type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { Actor } from '../../../api/src/common/actor';
import { withClock } from '../../../api/src/common/clock-stamps';
import type { Context } from '../../../api/src/common/context';
import { systemClock } from '../../../api/src/common/dates';
import { createLogger } from '../../../api/src/logger';
import { toActor } from '../../../api/src/modules/identity/identity.service';
import { User } from '../../../api/src/modules/identity/user.entity';
import { getSchema } from '../../../api/src/schema';
import { createApolloServer } from '../../../api/src/server';
import { Role } from '../../../api/src/common/role';
import { makeUser, TEST_PASSWORD } from '../../support/factories';
import { literal, type Operation, schemaOperations, selectionFor, variableDefinitions } from '../../support/schema-operations';
import { setupDemoApp } from '../../support/demo-database';
import { postGraphql, type TestApp } from '../../support/test-app';

/**
 * Property-based fuzzing of every query and mutation of the schema, on the demo data, as every
 * role and logged out: arguments drawn from their GraphQL types with the inputs careless and
 * hostile clients send (NUL, lone surrogates, nulls where values belong, huge lists, wrong types,
 * unknown fields, real and made-up ids), sent as variables or literals, plain, aliased and inside
 * inline and named fragments. No answer may be an internal error or a 5xx, and every error
 * carries a code. Seeded and bounded: the same requests every run.
 */
const SEED = 20261205;
const RUNS_PER_OPERATION = 8;

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ud83d',
  '😀👩‍💻',
  'x'.repeat(10_001),
  '<script>alert(1)</script>',
  "'; drop table employee; --",
  '%',
  '_',
  '\\',
  '2026-02-30',
  '2026-01-01',
  '199001012015031001',
  'null',
  '../../etc/passwd',
  'ADMIN',
  'DISKOMINFO',
  'peserta',
  'KP/2026/00001',
];
const ALLOWED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'TOO_MANY_REQUESTS',
]);

type Shape = 'variables' | 'alias' | 'inline-fragment' | 'named-fragment' | 'literals';
const SHAPES: Shape[] = ['variables', 'alias', 'inline-fragment', 'named-fragment', 'literals'];

let t: TestApp;
let apollo: ApolloServer<Context>;
let actors: Record<string, Actor | null>;
/** Ids of stored rows by entity name, and all of them together. */
let idsByEntity: Map<string, string[]>;
let allIds: string[];

beforeAll(async () => {
  t = await setupDemoApp();
  apollo = createApolloServer(t.config, createLogger('silent'));
  const users = await t
    .em()
    .find(User, { username: { $in: ['admin', 'pelatih', 'pengawas', 'peserta', 'komite'] } }, { populate: ['employee'] });
  const byName = new Map(users.map((u) => [u.username, toActor(u)]));
  actors = {
    anonymous: null,
    admin: byName.get('admin')!,
    trainer: byName.get('pelatih')!,
    supervisor: byName.get('pengawas')!,
    learner: byName.get('peserta')!,
    committee: byName.get('komite')!,
  };
  idsByEntity = new Map();
  const connection = t.orm.em.getConnection();
  for (const meta of Object.values(t.orm.getMetadata().getAll())) {
    if (meta.abstract || meta.embeddable || !meta.tableName || meta.primaryKeys.length !== 1) continue;
    const pk = meta.properties[meta.primaryKeys[0]];
    if (pk.type !== 'uuid' && pk.columnTypes?.[0] !== 'uuid') continue;
    const rows: { id: string }[] = await connection.execute(
      `select "${pk.fieldNames[0]}" as id from "${meta.tableName}" order by 1 limit 4`,
    );
    if (rows.length)
      idsByEntity.set(
        meta.className,
        rows.map((r) => String(r.id)),
      );
  }
  allIds = [...idsByEntity.values()].flat();
}, 300_000);
afterAll(async () => {
  await apollo?.stop();
  await t.close();
});

/** Ids for an argument or field: `moduleId` → course modules, `planId` → development plans, … else any. */
function idsFor(name: string, op: string): string[] {
  const hint = (
    name === 'id' || name === 'ids'
      ? op.replace(/^(create|update|delete|publish|archive|approve|return|reject|revoke|submit|decide|set|add|remove)/, '')
      : name.replace(/Ids?$/, '')
  ).toLowerCase();
  const matches = [...idsByEntity.entries()].filter(
    ([entity]) => hint && (entity.toLowerCase().endsWith(hint) || hint.endsWith(entity.toLowerCase())),
  );
  return matches.length ? matches.flatMap(([, ids]) => ids) : allIds;
}

function stringArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
}

function scalarArb(name: string, field: string, op: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...idsFor(field, op)) },
        { weight: 1, arbitrary: fc.constantFrom('00000000-0000-4000-8000-000000000000', 'abc', '', '\u0000', '1') },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case 'Int':
      return fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2026, 1990, 12_000));
    case 'Float':
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.constantFrom(0, 0.05, 19.95, 1e308, -1, 20),
      );
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.constantFrom(
        '2026-01-01T00:00:00.000Z',
        '2026-12-31T17:30:00Z',
        'kemarin',
        '',
        '9999-12-31T23:59:59Z',
        '2026-02-30T00:00:00Z',
      );
    default:
      return stringArb();
  }
}

/** A value for `type`: mostly well-typed, sometimes null where a value belongs, a wrong type, a huge list or an unknown field. */
function valueArb(type: GraphQLInputType, field: string, op: string, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 24, arbitrary: valueArb(type.ofType, field, op, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  let inner: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const item = valueArb(type.ofType, field, op, depth + 1);
    inner = fc.oneof(
      { weight: 12, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.tuple(item, fc.integer({ min: 1001, max: 1500 })).map(([v, n]) => Array.from({ length: n }, () => v)) },
    );
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, f.name, op, depth + 1)]));
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    inner = fc.oneof(
      { weight: 12, arbitrary: fc.record(model, { requiredKeys: required }) },
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: required }).map((v) => ({ ...v, unknownField: 'x' })) },
    );
  } else if (isEnumType(type)) {
    inner = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
    );
  } else if (isScalarType(type)) {
    inner = scalarArb(type.name, field, op);
  } else {
    inner = fc.constant(null);
  }
  return fc.oneof(
    { weight: 16, arbitrary: inner },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('x', 7, true, {}, []) }, // the wrong type
  );
}

function argsArb(op: Operation): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(op.field.args.map((a) => [a.name, valueArb(a.type, a.name, op.name)]));
  return fc.record(model, { requiredKeys: op.field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** The request text for one call of `op` in the given shape. */
function document(op: Operation, shape: Shape, args: Record<string, unknown>): string {
  const selection = selectionFor(op.field.type);
  const passed = op.field.args.filter((a) => args[a.name] !== undefined);
  const call =
    shape === 'literals'
      ? `${op.name}${passed.length ? `(${passed.map((a) => `${a.name}: ${literal(args[a.name], a.type)}`).join(', ')})` : ''} ${selection}`
      : `${op.name}${passed.length ? `(${passed.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} ${selection}`;
  const vars = shape === 'literals' ? '' : variableDefinitions(passed);
  const root = op.kind === 'query' ? 'Query' : 'Mutation';
  switch (shape) {
    case 'alias':
      return `${op.kind} Fuzz${vars} { first: ${call} }`;
    case 'inline-fragment':
      return `${op.kind} Fuzz${vars} { ... on ${root} { ${call} } }`;
    case 'named-fragment':
      return `${op.kind} Fuzz${vars} { ...Part } fragment Part on ${root} { ${call} }`;
    default:
      return `${op.kind} Fuzz${vars} { ${call} }`;
  }
}

interface Outcome {
  status: number;
  codes: (string | undefined)[];
}

async function execute(query: string, variables: Record<string, unknown>, actor: Actor | null): Promise<Outcome> {
  const clock = systemClock(t.config.timeZone);
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: { em: withClock(t.orm.em, clock), config: t.config, clock, actor, sessionId: null } },
  );
  if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
  return {
    status: response.http.status ?? 200,
    codes: (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code as string | undefined),
  };
}

function unexpected(outcome: Outcome): boolean {
  return outcome.status >= 500 || outcome.codes.some((code) => !code || !ALLOWED_CODES.has(code));
}

const operations = schemaOperations(getSchema());

describe('fuzzing every operation', () => {
  it('covers every query and mutation of the schema', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it.each(operations.map((op) => [`${op.kind} ${op.name}`, op] as const))(
    '%s: no internal error and no 5xx, whatever the arguments',
    async (_name, op) => {
      const actorNames = Object.keys(actors);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...actorNames), fc.constantFrom(...SHAPES), argsArb(op), async (who, shape, args) => {
          const query = document(op, shape, args);
          const variables = shape === 'literals' ? {} : args;
          const outcome = await execute(query, variables, actors[who]);
          if (unexpected(outcome))
            throw new Error(
              `${who} got ${outcome.status} ${JSON.stringify(outcome.codes)} for ${query.slice(0, 2000)} with ${JSON.stringify(variables).slice(0, 2000)}`,
            );
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    },
    120_000,
  );
});

describe('fuzzing over HTTP', () => {
  it('answers every operation with generated arguments, signed in and not, without a 5xx', async () => {
    const base = await t.http();
    await makeUser(t.em(), [Role.ADMIN, Role.TRAINER, Role.SUPERVISOR, Role.COMMITTEE], { username: 'penguji-acak' });
    const login = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'penguji-acak', password: TEST_PASSWORD },
    });
    const bearer = { authorization: `Bearer ${login.body.data!.login.token}` };
    const failures: string[] = [];
    for (const [i, op] of operations.entries()) {
      const [args] = fc.sample(argsArb(op), { seed: SEED + i, numRuns: 1 });
      const shape = SHAPES[i % SHAPES.length];
      const query = document(op, shape, args);
      for (const headers of [bearer, {}]) {
        const res = await postGraphql(base, query, shape === 'literals' ? {} : args, headers);
        const outcome = { status: res.status, codes: (res.body.errors ?? []).map((e) => e.extensions?.code as string | undefined) };
        if (unexpected(outcome))
          failures.push(`${op.name} ${headers === bearer ? 'signed in' : 'anonymous'}: ${res.status} ${JSON.stringify(outcome.codes)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
