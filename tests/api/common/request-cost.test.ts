import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readGraphqlRequest, RequestRefusal, requestBudgets } from '../../../api/src/common/request-limits';
import { setupTestApp, testConfig, type TestApp } from '../../support/test-app';

/**
 * What the worst anonymous requests cost, without timing anything (the times are in
 * `tests/bench/request-cost.mjs`): the requests over a bound are refused by the limit layer,
 * before the GraphQL layer parses or runs anything, and no request an anonymous client may send
 * grows the server's memory by 50 MB or more. The password check's own memory (19 MiB, see
 * `PASSWORD_HASH_OPTIONS`) is native, outside the heap measured here; the benchmark shows it in RSS.
 */
const MB = 1024 * 1024;
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { token } }';

const objectWithFields = (count: number, base: Record<string, unknown> = {}) => {
  const value: Record<string, unknown> = { ...base };
  for (let i = 0; i < count; i++) value[`extra${i}`] = 'x';
  return value;
};
const nested = (depth: number): unknown => (depth === 0 ? 'x' : [nested(depth - 1)]);
const aliases = (n: number, field = '__typename') => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const doublingFragments = (depth: number) =>
  `query Q { ...F0 } ${Array.from({ length: depth }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${depth} on Query { __typename }`;

/** Over a bound of the anonymous budget, with the refusal each gets. */
const OVER: [string, unknown, number, string, string][] = [
  [
    'a 2 MB body',
    { query: LOGIN, variables: { input: { username: 'x'.repeat(2 * MB), password: 'y' } } },
    413,
    'BAD_REQUEST',
    'BODY_BYTES',
  ],
  ['4,000 unknown input fields', { query: LOGIN, variables: { input: objectWithFields(4000) } }, 413, 'BAD_REQUEST', 'BODY_BYTES'],
  ['1,000 unknown input fields', { query: LOGIN, variables: { input: objectWithFields(1000) } }, 400, 'BAD_USER_INPUT', 'OBJECT_FIELDS'],
  [
    'a list of 1,000 items',
    { query: LOGIN, variables: { input: { username: Array(1000).fill('x') } } },
    400,
    'BAD_USER_INPUT',
    'LIST_ITEMS',
  ],
  ['variables nested 8 deep', { query: LOGIN, variables: { input: { username: nested(8) } } }, 400, 'BAD_USER_INPUT', 'VARIABLE_DEPTH'],
  ['200 aliases', { query: aliases(200) }, 400, 'GRAPHQL_VALIDATION_FAILED', 'TOKENS'],
  ['a query of 3,000 tokens', { query: `{ ${'a '.repeat(3000)}}` }, 400, 'GRAPHQL_VALIDATION_FAILED', 'TOKENS'],
];

/** The largest requests the anonymous budget lets through to the GraphQL layer. */
const LARGEST_ALLOWED: [string, unknown][] = [
  ['a 15 KB username', { query: LOGIN, variables: { input: { username: 'x'.repeat(15_000), password: 'y' } } }],
  ['18 unknown input fields', { query: LOGIN, variables: { input: objectWithFields(18, { username: 'x', password: 'y' }) } }],
  [
    '90 variable values nested 4 deep',
    { query: LOGIN, variables: { input: { username: Array(4).fill(Array(20).fill('x')), password: 'y' } } },
  ],
  ['a query of 499 tokens', { query: `{ ${'__typename '.repeat(497)}}` }],
  ['55 aliases of the schema’s types', { query: aliases(55, '__schema { types { name } }') }],
  ['fragments doubling 30 times', { query: doublingFragments(30) }],
  ['an introspection of every type and field', { query: '{ __schema { types { name fields { name args { name } type { name } } } } }' }],
];

describe('the limit layer refuses anonymous requests over a bound before the GraphQL layer', () => {
  let server: Server;
  let url: string;
  let reached = 0;
  beforeAll(async () => {
    const budgets = requestBudgets(testConfig());
    server = createServer((req, res) => {
      void readGraphqlRequest(req, res, budgets.anonymous).then((read) => {
        if (read instanceof RequestRefusal) return read.send(res);
        reached++;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ data: { reached: true } }));
      });
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = async (body: unknown) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { errors?: { extensions: Record<string, unknown> }[] } };
  };

  it.each(OVER)('%s', async (_name, body, status, code, limit) => {
    const before = reached;
    const answer = await post(body);
    expect({ status: answer.status, ...answer.body.errors![0].extensions }).toMatchObject({ status, code, limit });
    expect(reached).toBe(before);
  });

  it.each(LARGEST_ALLOWED)('%s goes on to the GraphQL layer', async (_name, body) => {
    const before = reached;
    expect((await post(body)).status).toBe(200);
    expect(reached).toBe(before + 1);
  });
});

describe('no anonymous request grows the server’s memory by 50 MB', () => {
  let t: TestApp;
  let base: string;
  // A collection before each request, so that only what the request allocates counts.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };

  beforeAll(async () => {
    t = await setupTestApp();
    base = await t.http();
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  });
  afterAll(() => t.close());

  /** The most the server's memory grew while answering `body`, in MB (the test's own body text included). */
  async function growth(body: unknown): Promise<{ status: number; mb: number }> {
    const text = JSON.stringify(body);
    gc();
    const before = used();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, used())), 1);
    try {
      const send = () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
      // A kept-alive connection the server closed as idle just as it was reused is reset; a client sends again.
      const res = await send().catch((error: { cause?: { code?: string } }) => {
        if (error.cause?.code !== 'ECONNRESET') throw error;
        return send();
      });
      await res.text();
      peak = Math.max(peak, used());
      return { status: res.status, mb: (peak - before) / MB };
    } finally {
      clearInterval(sampler);
    }
  }

  it.each([...OVER.map(([name, body]) => [name, body] as const), ...LARGEST_ALLOWED])('%s', async (_name, body) => {
    for (let i = 0; i < 3; i++) {
      const { status, mb } = await growth(body);
      expect(status).toBeLessThan(500);
      expect(mb).toBeLessThan(50);
    }
  });
});
