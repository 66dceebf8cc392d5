import { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../../api/src/common/role';
import { ormConfig } from '../../../api/src/db/orm.config';
import { makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, postGraphql, serveApp, setupTestApp, type TestApp, testConfig } from '../../support/test-app';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { token } }';
const CREATE_OPD = 'mutation CreateOpd($input: CreateOpdInput!) { createOpd(input: $input) { id } }';
const EMPLOYEES = 'query Employees($filter: EmployeeFilter) { employees(filter: $filter) { total } }';

let t: TestApp;
let base: string;
let admin: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  admin = await makeUser(t.em(), [Role.ADMIN], { username: 'pengelola' });
});
afterAll(() => t.close());

describe('text the database cannot store is bad input, named', () => {
  it('refuses a NUL character in the username of an anonymous login, with 400', async () => {
    const res = await postGraphql(base, LOGIN, { input: { username: 'sit\u0000i', password: TEST_PASSWORD } });
    expect(res.status).toBe(400);
    expect(errorCode(res.body)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(res.body)).toEqual([{ field: 'username', rule: 'NUL_CHARACTER' }]);
  });

  it('refuses a NUL character in a search filter and in a literal inside the query', async () => {
    const filtered = await t.gql(EMPLOYEES, { filter: { search: 'bud\u0000i' } }, admin.actor);
    expect(fieldErrors(filtered)).toEqual([{ field: 'search', rule: 'NUL_CHARACTER' }]);
    const literal = await t.gql('query { employees(filter: { search: "bud\\u0000i" }) { total } }', {}, admin.actor);
    expect(fieldErrors(literal)).toEqual([{ field: 'query', rule: 'NUL_CHARACTER' }]);
  });

  it('refuses a lone surrogate, where the validator used to crash the error formatter', async () => {
    const result = await t.gql(CREATE_OPD, { input: { code: 'X-1', name: 'Dinas \ud800 Uji', kind: 'DINAS' } }, admin.actor);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual([{ field: 'name', rule: 'INVALID_UNICODE' }]);
  });
});

describe('ID arguments are checked whatever the query shape', () => {
  it.each([
    ['an inline fragment', 'query { ... on Query { courseModule(id: "abc") { id } } }'],
    ['a fragment spread', 'query { ...Q } fragment Q on Query { courseModule(id: "abc") { id } }'],
  ])('refuses a malformed id inside %s with 400, not an internal error', async (_shape, query) => {
    const login = await postGraphql(base, LOGIN, { input: { username: 'pengelola', password: TEST_PASSWORD } });
    const res = await postGraphql(base, query, {}, { authorization: `Bearer ${login.body.data!.login.token}` });
    expect(res.status).toBe(400);
    expect(errorCode(res.body)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(res.body)).toEqual([{ field: 'id', rule: 'isUuid' }]);
  });
});

describe('ID arguments in variables', () => {
  it('are checked on every request of one query text, whatever an earlier request of it passed', async () => {
    const query = 'query Module($id: ID!) { courseModule(id: $id) { id } }';
    const login = await postGraphql(base, LOGIN, { input: { username: 'pengelola', password: TEST_PASSWORD } });
    const headers = { authorization: `Bearer ${login.body.data!.login.token}` };
    const ask = (id: string) => postGraphql(base, query, { id }, headers);
    const refusedAsBadId = (res: Awaited<ReturnType<typeof ask>>) => {
      expect(res.status).toBe(400);
      expect(errorCode(res.body)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(res.body)).toEqual([{ field: 'id', rule: 'isUuid' }]);
    };
    refusedAsBadId(await ask('abc'));
    const good = await ask('00000000-0000-4000-8000-000000000000');
    expect(fieldErrors(good.body)).not.toContainEqual({ field: 'id', rule: 'isUuid' });
    refusedAsBadId(await ask('abc'));
    refusedAsBadId(await ask('00000000-0000-4000-8000-00000000000'));
    expect((await ask('00000000-0000-4000-8000-000000000000')).body).toEqual(good.body);
  });
});

describe('aliases do not multiply writes or logins', () => {
  it('refuses two logins in one request, and more than 10 mutations', async () => {
    const twice = await postGraphql(
      base,
      `mutation { a: login(input: {username: "x", password: "y"}) { token } b: login(input: {username: "x", password: "z"}) { token } }`,
    );
    expect(twice.status).toBe(400);
    expect(twice.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'LOGINS' });
    const many = Array.from(
      { length: 11 },
      (_, i) => `o${i}: createOpd(input: {code: "ALIAS-${i}", name: "Dinas ${i}", kind: DINAS}) { id }`,
    );
    const result = await t.gql(`mutation { ${many.join(' ')} }`, {}, admin.actor);
    expect(result.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MUTATIONS' });
    expect(result.data).toBeUndefined();
  });
});

describe('introspection', () => {
  it('is refused to anonymous callers and open to signed-in users', async () => {
    const anonymous = await postGraphql(base, '{ __schema { queryType { name } } }');
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const typeProbe = await t.gql('{ __type(name: "User") { name } }', {});
    expect(errorCode(typeProbe)).toBe('UNAUTHENTICATED');
    const signedIn = await t.gql('{ __schema { queryType { name } } }', {}, admin.actor);
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('stays refused to anonymous callers after a signed-in user asked the same', async () => {
    const query = '{ __schema { mutationType { name } } }';
    expect((await t.gql(query, {}, admin.actor)).data).toEqual({ __schema: { mutationType: { name: 'Mutation' } } });
    expect(errorCode(await t.gql(query, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('a database outage', () => {
  it('answers 503 with a retryable code, for anonymous and signed-in requests alike', async () => {
    const orm = await MikroORM.init({ ...ormConfig({ clientUrl: 'postgres://postgres@127.0.0.1:1/none' }), connect: false });
    const served = await serveApp(testConfig(), orm);
    try {
      const anonymous = await postGraphql(served.url, LOGIN, { input: { username: 'siti', password: TEST_PASSWORD } });
      expect(anonymous.status).toBe(503);
      expect(errorCode(anonymous.body)).toBe('SERVICE_UNAVAILABLE');
      expect(anonymous.headers.get('retry-after')).toBe('5');
      const signedIn = await postGraphql(served.url, '{ me { id } }', {}, { authorization: 'Bearer some-token-from-before' });
      expect(signedIn.status).toBe(503);
      expect(errorCode(signedIn.body)).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await served.close();
      await orm.close(true);
    }
  });
});
