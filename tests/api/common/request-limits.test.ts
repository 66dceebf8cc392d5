import zlib from 'node:zlib';
import { Role } from '../../../api/src/modules/identity/role';
import { makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, type GqlResult, setupTestApp, type TestApp } from '../../support/test-app';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { token } }';
const PLAN = 'mutation Plan($input: UpdatePlanInput!) { updateDevelopmentPlan(input: $input) { id } }';
const COMPETENCY = 'mutation Competency($input: UpdateCompetencyInput!) { updateCompetency(input: $input) { id } }';

let t: TestApp;
let base: string;
let admin: TestUser;
let bearer: Record<string, string>;

interface Answer {
  status: number;
  body: GqlResult;
  /** CPU time the process (server included) spent on the request, in milliseconds. */
  cpuMs: number;
}

/** Posts a raw body; measures the CPU time it took, which a busy machine does not inflate. */
async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const text = JSON.stringify(body);
  const before = process.cpuUsage();
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
  const answer = await res.text();
  const used = process.cpuUsage(before);
  return { status: res.status, body: JSON.parse(answer) as GqlResult, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The cheapest of five tries, so that garbage collections of the test process (which runs the
 * server too, and on a long run carries a large heap) landing on some of them do not count.
 */
async function cheapest(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const answers: Answer[] = [];
  for (let i = 0; i < 5; i++) answers.push(await post(body, headers));
  return answers.sort((a, b) => a.cpuMs - b.cpuMs)[0];
}

function objectWithFields(count: number, base: Record<string, unknown> = {}): Record<string, unknown> {
  const value: Record<string, unknown> = { ...base };
  for (let i = 0; i < count; i++) value[`extra${i}`] = 'x';
  return value;
}

/** Fragments that spread the next one twice: `depth` levels select 2^depth copies of `leaf`. */
function doublingFragments(depth: number, on: string, leaf: string): string {
  const levels = Array.from({ length: depth }, (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`);
  return `${levels.join(' ')} fragment F${depth} on ${on} { ${leaf} }`;
}

beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  admin = await makeUser(t.em(), [Role.ADMIN], { username: 'penguji' });
  const login = await post({ query: LOGIN, variables: { input: { username: 'penguji', password: TEST_PASSWORD } } });
  bearer = { authorization: `Bearer ${login.body.data!.login.token}` };
  await post({ query: '{ __typename }' }); // the first request warms the server up
});
afterAll(() => t.close());

describe('every request is bounded before any work', () => {
  it('refuses an anonymous login with thousands of unknown input fields at once, with 413 and a code', async () => {
    const answer = await cheapest({ query: LOGIN, variables: { input: objectWithFields(4000, { username: 'x', password: 'y' }) } });
    expect(answer.status).toBe(413);
    expect(errorCode(answer.body)).toBe('BAD_REQUEST');
    expect(answer.body.errors![0].extensions!.limit).toBe('BODY_BYTES');
    expect(answer.cpuMs).toBeLessThan(100);
  });

  it('refuses an anonymous input object with more fields than any input has, before coercing it', async () => {
    const answer = await cheapest({ query: LOGIN, variables: { input: objectWithFields(1000, { username: 'x', password: 'y' }) } });
    expect(answer.status).toBe(400);
    expect(errorCode(answer.body)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].extensions!.limit).toBe('OBJECT_FIELDS');
    expect(answer.cpuMs).toBeLessThan(100);
  });

  it.each([
    ['updateDevelopmentPlan', PLAN, { planId: '00000000-0000-4000-8000-000000000000', items: Array.from({ length: 20_000 }, () => ({})) }],
    ['updateCompetency', COMPETENCY, { id: '00000000-0000-4000-8000-000000000000', levels: Array.from({ length: 20_000 }, () => ({})) }],
  ])('refuses a list of 20,000 items in %s, signed in or not, before coercing it', async (_name, query, input) => {
    for (const headers of [{}, bearer]) {
      const answer = await cheapest({ query, variables: { input } }, headers);
      expect(answer.status).toBe(headers === bearer ? 400 : 413);
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.cpuMs).toBeLessThan(100);
    }
    const signedIn = await post({ query, variables: { input } }, bearer);
    expect(signedIn.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'LIST_ITEMS', max: 1000 });
  });

  it('names at most 20 variable errors, every one with a code, however many fields are wrong', async () => {
    const items = Array.from({ length: 150 }, () => objectWithFields(99));
    const answer = await cheapest({ query: PLAN, variables: { input: { planId: 'x', items } } }, bearer);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1);
    expect(errorCode(answer.body)).toBe('BAD_USER_INPUT');
    const fields = answer.body.errors![0].extensions!.fields as { field: string; rule: string }[];
    expect(fields).toHaveLength(20);
    expect(fields).toContainEqual({ field: 'items.0.extra0', rule: 'UNKNOWN_FIELD', message: expect.any(String) });
    expect(answer.cpuMs).toBeLessThan(100);
  });

  it('refuses a query of more tokens than the budget: 5,000 for a signed-in user, 500 for anyone else', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const signedIn = await cheapest({ query: aliases(1000) }, bearer);
    expect(signedIn.status).toBe(400);
    expect(signedIn.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'TOKENS', max: 5000 });
    expect(signedIn.cpuMs).toBeLessThan(100);
    const anonymous = await cheapest({ query: aliases(100) });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'TOKENS', max: 500 });
  });

  it('answers or refuses the worst requests an anonymous client can send within 100 ms of CPU, never with a 5xx', async () => {
    const worst = [
      { query: LOGIN, variables: { input: objectWithFields(18, { username: 'x', password: 'y' }) } },
      { query: `query Q { ...F0 } ${doublingFragments(30, 'Query', '__typename')}` },
      { query: `{ ${'__typename '.repeat(499)}}` },
      { query: LOGIN, variables: { input: { username: 'x'.repeat(15_000), password: 'y' } } },
      { query: LOGIN, variables: { input: { username: [[[[[[[['x']]]]]]]], password: 'y' } } },
      { query: `{ ${'__typename '.repeat(200_000)}}` },
    ];
    for (const body of worst) {
      const answer = await cheapest(body);
      expect(answer.status).toBeLessThan(500);
      expect(errorCode(answer.body)).toMatch(/^(BAD_REQUEST|BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED)$/);
      expect(answer.cpuMs).toBeLessThan(100);
    }
  });
});

describe('anything the cost limit cannot measure is refused', () => {
  it('refuses fragments that expand beyond the limit, which the estimate cannot count, and runs nothing', async () => {
    const query = `query Q { ...F0 } ${doublingFragments(14, 'Query', 'me { id }')}`;
    const result = await t.gql(query, {}, admin.actor);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/too complex/);
    expect(result.data).toBeUndefined();
  });

  it('refuses an over-limit query with HTTP 400, not 500', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `e${i}: employees(page: {limit: 100}) { items { id } }`).join(' ');
    const answer = await post({ query: `{ ${aliases} }` }, bearer);
    expect(answer.status).toBe(400);
    expect(errorCode(answer.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors![0].message).toMatch(/too complex: cost \d+ exceeds the limit of 2000/);
  });

  it('runs an anonymous query of many fragment copies within the limit, refusing one just over it', async () => {
    const within = await post({ query: `query Q { ...F0 } ${doublingFragments(9, 'Query', 'me { id }')}` });
    expect(within.status).toBe(200);
    expect(errorCode(within.body)).toBe('UNAUTHENTICATED');
    const over = await post({ query: `query Q { ...F0 } ${doublingFragments(10, 'Query', 'me { id }')}` });
    expect(over.status).toBe(400);
    expect(over.body.errors![0].message).toMatch(/too complex/);
  });
});

describe('the body is read as JSON, whoever reads it', () => {
  /** Posts bytes as they are, with the given headers. */
  async function postRaw(body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; body: GqlResult }> {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
    return { status: res.status, body: JSON.parse(await res.text()) as GqlResult };
  }
  const typename = JSON.stringify({ query: '{ __typename }' });

  it.each([
    ['application/json', typename],
    ['application/json; charset=utf-8', typename],
    ['Application/JSON; charset=UTF-8', typename],
    ['application/json;charset=utf-8', typename],
    ['application/json', `\ufeff${typename}`],
    ['application/json', `  \n${typename}`],
    ['application/json; charset=utf-16le', Buffer.from(typename, 'utf16le')],
  ])('answers a body of %s', async (type, body) => {
    const answer = await postRaw(body as string, { 'content-type': type });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });

  it('answers a gzip-compressed body', async () => {
    const zipped = zlib.gzipSync(typename);
    const answer = await postRaw(zipped, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });

  it.each([
    ['text that is not JSON', '{ "query": '],
    ['JSON that is not an object or list', '"{ __typename }"'],
    ['a number', '12'],
  ])('refuses %s with 400 and a code', async (_what, body) => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      const answer = await postRaw(body, { 'content-type': type });
      expect(answer.status).toBe(400);
      expect(errorCode(answer.body)).toBe('BAD_REQUEST');
      expect(answer.body.errors![0].message).toBe('The request body is not valid JSON');
    }
  });

  it('refuses a charset JSON is never sent in with 415', async () => {
    const answer = await postRaw(typename, { 'content-type': 'application/json; charset=latin1' });
    expect(answer.status).toBe(415);
    expect(errorCode(answer.body)).toBe('BAD_REQUEST');
  });

  it('treats an empty body as an empty request, refused by GraphQL with 400', async () => {
    const answer = await postRaw('', { 'content-type': 'application/json' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1);
  });

  it('refuses an anonymous body over 16 KB however it is sent, and reads a signed-in one of the same size', async () => {
    const large = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(20_000) } });
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16le']) {
      const body = type.endsWith('16le') ? Buffer.from(large, 'utf16le') : large;
      const answer = await postRaw(body, { 'content-type': type });
      expect(answer.status).toBe(413);
      expect(answer.body.errors![0].extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'BODY_BYTES' });
    }
    const signedIn = await postRaw(large, { 'content-type': 'application/json', ...bearer });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toEqual({ __typename: 'Query' });
  });
});
