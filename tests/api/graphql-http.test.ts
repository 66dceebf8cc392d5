import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import helmet from 'helmet';
import { COMPRESS_WHOLE_MAX_BYTES } from '../../api/src/client-assets';
import { TRUSTED_PROXIES } from '../../api/src/common/client-address';
import type { Context } from '../../api/src/common/context';
import { systemClock } from '../../api/src/common/dates';
import { requestBudgets } from '../../api/src/common/request-limits';
import { graphqlEndpoint, isGraphqlUrl, NodeRequestFacts, NodeResponseCookies } from '../../api/src/graphql-http';
import { createLogger } from '../../api/src/logger';
import { Role } from '../../api/src/common/role';
import { clearSessionCookie, setSessionCookie } from '../../api/src/modules/identity/session-cookie';
import { makeUser, TEST_PASSWORD } from '../support/factories';
import { rawRequest as send } from '../support/raw-http';
import { postGraphql, setupTestApp, type TestApp } from '../support/test-app';

/**
 * `/graphql` is answered on Node's request and response, not Express's (`graphql-http.ts`): what
 * the operations learn of the request and what they do to the answer must be what Express gave.
 */

async function listen(server: Server): Promise<string> {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('what an operation learns of its request and does to its answer, beside Express', () => {
  let server: Server;
  let base: string;
  const expiresAt = new Date('2027-01-31T10:00:00Z');
  beforeAll(async () => {
    // One request, read both ways: Express's request and response are Node's with more on them.
    const app = express();
    app.set('trust proxy', TRUSTED_PROXIES);
    app.get('/facts', (req, res) => {
      const facts = new NodeRequestFacts(req);
      const of = (r: { ip?: string; protocol: string; secure: boolean; get(name: string): string | undefined }) => ({
        ip: r.ip,
        protocol: r.protocol,
        secure: r.secure,
        host: r.get('Host'),
        agent: r.get('user-agent'),
        absent: r.get('x-not-sent'),
      });
      res.json({ express: of(req), node: of(facts) });
    });
    app.get('/cookies/:way', (req, res) => {
      const cookies = req.params.way === 'express' ? res : new NodeResponseCookies(res);
      setSessionCookie(cookies, 'token-abc', expiresAt, req.query.secure === '1');
      clearSessionCookie(cookies);
      res.end();
    });
    server = createServer(app);
    base = await listen(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['a direct request', {}],
    ['behind a proxy on this machine', { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' }],
    ['through two proxies', { 'x-forwarded-for': '198.51.100.4, 127.0.0.1', 'x-forwarded-proto': 'https, http' }],
    ['from an IPv6 client', { 'x-forwarded-for': '2001:db8:1:2::5', 'user-agent': 'Chromium/156' }],
    ['with a host and port', { host: 'kp.sidoarjokab.go.id:8443', 'x-forwarded-proto': 'http' }],
  ])('reads %s as Express does', async (_name, headers) => {
    const res = await send(`${base}/facts`, headers);
    const { express: byExpress, node } = JSON.parse(res.body.toString());
    expect(node).toEqual(byExpress);
    if ('x-forwarded-for' in headers) expect(node.ip).not.toBe('127.0.0.1');
  });

  it.each([['0'], ['1']])('sets and clears the session cookie byte for byte as Express does (secure %s)', async (secure) => {
    const byExpress = await send(`${base}/cookies/express?secure=${secure}`);
    const node = await send(`${base}/cookies/node?secure=${secure}`);
    expect(node.headers['set-cookie']).toEqual(byExpress.headers['set-cookie']);
    expect(node.headers['set-cookie']).toEqual([
      `kp_session=token-abc; Path=/; Expires=${expiresAt.toUTCString()}; HttpOnly${secure === '1' ? '; Secure' : ''}; SameSite=Lax`,
      'kp_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
  });
});

describe('the GraphQL endpoint over HTTP', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await setupTestApp();
    base = await t.http();
  });
  afterAll(() => t.close());

  it('answers /graphql with or without a query string or a trailing slash, in any letter case, and leaves other paths to the rest of the app', () => {
    expect(isGraphqlUrl('/graphql')).toBe(true);
    expect(isGraphqlUrl('/graphql?query=%7B__typename%7D')).toBe(true);
    expect(isGraphqlUrl('/graphqlx')).toBe(false);
    expect(isGraphqlUrl('/graphql/x')).toBe(false);
    // As Express's router took it: a trailing slash and any letter case.
    expect(isGraphqlUrl('/graphql/')).toBe(true);
    expect(isGraphqlUrl('/graphql/?query=%7B__typename%7D')).toBe(true);
    expect(isGraphqlUrl('/GraphQL')).toBe(true);
    expect(isGraphqlUrl('/graphql//')).toBe(false);
    expect(isGraphqlUrl('/graph')).toBe(false);
    expect(isGraphqlUrl('/')).toBe(false);
    expect(isGraphqlUrl(undefined)).toBe(false);
  });

  it('answers a GET with its query in the URL, and refuses one over the anonymous budget before running it', async () => {
    const ok = await send(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body.toString())).toEqual({ data: { __typename: 'Query' } });
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['cache-control']).toBe('no-store');

    const long = `{ ${'__typename '.repeat(600)}}`;
    const refused = await send(`${base}/graphql?query=${encodeURIComponent(long)}`, {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
    });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body.toString()).errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'TOKENS' });
  });

  it.each([['/graphql/'], ['/GraphQL']])('answers a POST to %s as to /graphql, and a path below it as a page of the app', async (path) => {
    const res = await send(`${base}${path}`, { 'content-type': 'application/json' }, 'POST', '{"query":"{ __typename }"}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({ data: { __typename: 'Query' } });
    const below = await send(`${base}/graphql/x`, { 'content-type': 'application/json' }, 'POST', '{"query":"{ __typename }"}');
    expect(below.status).toBe(404);
  });

  it('answers a method GraphQL does not take with 405 and the app’s security headers', async () => {
    const res = await send(`${base}/graphql`, { 'content-type': 'application/json' }, 'PUT', '{"query":"{ __typename }"}');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toMatch(/POST/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a body that is not JSON, naming the fault', async () => {
    const res = await send(`${base}/graphql`, { 'content-type': 'application/json' }, 'POST', '{"query": ');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString()).errors[0]).toMatchObject({
      message: 'The request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('sends an answer too large to compress on the event loop compressed whole, with its length', async () => {
    await makeUser(t.em(), [Role.ADMIN], { username: 'besar' });
    const login = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'besar', password: TEST_PASSWORD },
    });
    const types =
      '__schema { types { name description fields { name description args { name description type { name } } type { name } } } }';
    const query = JSON.stringify({ query: `{ a: ${types} b: ${types} c: ${types} }` });
    const res = await send(
      `${base}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': 'gzip', authorization: `Bearer ${login.body.data!.login.token}` },
      'POST',
      query,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBe(String(res.body.length));
    expect(res.headers['transfer-encoding']).toBeUndefined();
    const text = zlib.gunzipSync(res.body).toString();
    expect(text.length).toBeGreaterThan(COMPRESS_WHOLE_MAX_BYTES);
    expect(JSON.parse(text).data.a.types.length).toBeGreaterThan(100);
  });

  it('answers a failure outside the operation with a 500 in GraphQL’s shape, and logs it', async () => {
    const logger = createLogger('silent');
    const logged = jest.spyOn(logger, 'error');
    const failing = {
      executeHTTPGraphQLRequest: () => Promise.reject(new Error('the executor broke')),
    } as unknown as ApolloServer<Context>;
    const endpoint = graphqlEndpoint({
      apollo: failing,
      config: t.config,
      logger,
      orm: t.orm,
      clock: systemClock(t.config.timeZone),
      budgets: requestBudgets(t.config),
      securityHeaders: helmet(),
    });
    const server = createServer(endpoint);
    try {
      const url = await listen(server);
      const res = await send(`${url}/graphql`, { 'content-type': 'application/json' }, 'POST', '{"query":"{ __typename }"}');
      expect(res.status).toBe(500);
      expect(JSON.parse(res.body.toString()).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
