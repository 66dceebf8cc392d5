import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import { auditServer } from 'graphql-http';
import { ormConfig } from '../../api/src/db/orm.config';
import { Role } from '../../api/src/common/role';
import { getSchema, PUBLIC_OPERATIONS, printSchemaSdl } from '../../api/src/schema';
import { makeUser, TEST_PASSWORD } from '../support/factories';
import { errorCode, postGraphql, serveApp, setupTestApp, type TestApp, testConfig } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

/** A literal that fits the type, so the call reaches the guard rather than failing validation. */
function dummy(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return dummy(type.ofType);
  if (type instanceof GraphQLList) return `[${dummy(type.ofType)}]`;
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    const required = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull);
    return `{${required.map((f) => `${f.name}: ${dummy(f.type)}`).join(', ')}}`;
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'ID':
      return '"00000000-0000-4000-8000-000000000000"';
    case 'DateTimeISO':
      return '"2026-01-01T00:00:00.000Z"';
    default:
      return '"x"';
  }
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => `${a.name}: ${dummy(a.type)}`);
  const named = getNamedType(field.type);
  const selection = 'getFields' in named ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describe('every operation is guarded', () => {
  const schema = getSchema();
  const operations = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
  ];

  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map(([kind, f]) => [`${kind === 'query' ? 'Query' : 'Mutation'}.${f.name}`, kind, f] as const))(
    '%s refuses a logged-out caller unless public',
    async (name, kind, field) => {
      const result = await t.gql(operationFor(kind, field));
      if (PUBLIC_OPERATIONS.includes(name)) {
        expect(result.errors?.[0]?.message).not.toBe('You must be logged in');
      } else {
        expect(errorCode(result)).toBe('UNAUTHENTICATED');
      }
    },
  );
});

describe('schema file', () => {
  it('schema/schema.graphql matches the code (run `npm run schema:emit`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printSchemaSdl());
  });

  it('never exposes password hashes or session tokens', () => {
    const sdl = printSchemaSdl();
    expect(sdl).not.toMatch(/passwordHash|tokenHash|failedLogins|lockedUntil/);
  });
});

describe('query limits', () => {
  it('rejects a query costing more than the complexity limit, before running it', async () => {
    const { actor } = await makeUser(t.em(), [Role.ADMIN]);
    const aliases = Array.from({ length: 8 }, (_, i) => `e${i}: employees(page: {limit: 100}) { items { id name nip } }`);
    const result = await t.gql(`query Greedy { ${aliases.join(' ')} }`, {}, actor);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/too complex: cost \d+ exceeds the limit of 2000/);
    expect(result.data).toBeUndefined();
  });

  it('rejects a query deeper than the depth limit', async () => {
    const shallow = await setupTestApp({ maxQueryDepth: 3 });
    try {
      const { actor } = await makeUser(shallow.em(), [Role.ADMIN]);
      const result = await shallow.gql('query Deep { me { employee { opd { name } } } }', {}, actor);
      expect(result.errors![0].message).toBe('Query is too deep: Query depth limit of 3 exceeded, found 4.');
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data).toBeUndefined();
      const ok = await shallow.gql('query Shallow { me { employee { name } } }', {}, actor);
      expect(ok.errors).toBeUndefined();
    } finally {
      await shallow.close();
    }
  });
});

describe('HTTP', () => {
  it('GET /health answers 200 when the database is reachable', async () => {
    const res = await fetch(`${await t.http()}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('GET /health answers 503 when the database is not reachable', async () => {
    const orm = await MikroORM.init({ ...ormConfig({ clientUrl: 'postgres://postgres@127.0.0.1:1/none' }), connect: false });
    const served = await serveApp(testConfig(), orm);
    try {
      const res = await fetch(`${served.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      await served.close();
      await orm.close(true);
    }
  });

  it('GET /health answers 503 when the database accepts connections but never answers', async () => {
    // A "database" that takes the connection and stays silent: the query would wait forever.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const dbPort = (silent.address() as net.AddressInfo).port;
    const orm = await MikroORM.init({ ...ormConfig({ clientUrl: `postgres://postgres@127.0.0.1:${dbPort}/none` }), connect: false });
    const served = await serveApp(testConfig(), orm, { healthTimeoutMs: 300 });
    try {
      const started = Date.now();
      const res = await fetch(`${served.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'down' });
      expect(sockets.size).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await served.close();
      await orm.close(true);
    }
  });

  it('passes every MUST audit of graphql-http (GraphQL over HTTP), signed in since the audit reads types', async () => {
    const base = await t.http();
    const url = `${base}/graphql`;
    await makeUser(t.em(), [Role.LEARNER], { username: 'audit-http' });
    const login = await postGraphql(base, 'mutation L($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'audit-http', password: TEST_PASSWORD },
    });
    const token = login.body.data!.login.token as string;
    const results = await auditServer({
      url,
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const must = results.filter((r) => r.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThan(10);
    const failures = must.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
  });
});

describe('security headers', () => {
  it('the app sends a content security policy that allows only the video players to be framed', async () => {
    const res = await fetch(`${await t.http()}/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('query cost of lists', () => {
  it('counts a list without a page argument at the default page size', async () => {
    const { actor } = await makeUser(t.em(), [Role.ADMIN]);
    const aliases = Array.from({ length: 30 }, (_, i) => `e${i}: employees { items { id name nip opd { name } } }`);
    const result = await t.gql(`query Unpaged { ${aliases.join(' ')} }`, {}, actor);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/too complex/);
  });
});
