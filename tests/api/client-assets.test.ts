import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Role } from '../../api/src/common/role';
import { makeUser, TEST_PASSWORD } from '../support/factories';
import { rawRequest } from '../support/raw-http';
import { postGraphql, setupTestApp, testFolder, type TestApp } from '../support/test-app';

/** A built client as Vite writes it: hashed assets with their brotli and gzip copies. */
const INDEX = '<!doctype html><html lang="id"><body><div id="root">Memuat…</div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('Komunitas Pintar '.repeat(200))});`;

let t: TestApp;
let base: string;
beforeAll(async () => {
  const dir = testFolder('client-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /graphql\n');
  const script = path.join(dir, 'assets/index-Ab12Cd34.js');
  fs.writeFileSync(script, SCRIPT);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
  t = await setupTestApp({ clientDir: dir });
  base = await t.http();
});
afterAll(() => t.close());

/** A request to the app whose answer comes back as sent. */
const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET', body?: string) =>
  rawRequest(`${base}${pathname}`, headers, method, body);

describe('the built client over HTTP', () => {
  it('sends the brotli copy of a hashed asset to a browser that takes brotli, to be kept a year', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 5);
  });

  it('sends the gzip copy where brotli is not accepted, and the plain file where nothing is', async () => {
    const gzip = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('answers every app route with index.html, which the browser must check again each visit', async () => {
    for (const route of ['/', '/katalog', '/modul/00000000-0000-4000-8000-000000000000']) {
      const res = await get(route, { 'accept-encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      const html = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(res.body) : res.body;
      expect(html.toString()).toBe(INDEX);
      // The check again is cheap: the page's validator answers 304 while it has not changed.
      expect(res.headers.etag).toBeDefined();
      expect((await get(route, { 'accept-encoding': 'gzip', 'if-none-match': res.headers.etag! })).status).toBe(304);
    }
  });

  it('answers a missing hashed asset with 404, not with the page', async () => {
    const res = await get('/assets/index-Old00000.js');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="root">');
  });

  it('serves robots.txt as a text file with a short cache', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.body.toString()).toContain('Disallow: /graphql');
  });

  it('compresses GraphQL answers on the fly', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'kompres' });
    const login = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'kompres', password: TEST_PASSWORD },
    });
    const query = JSON.stringify({ query: '{ learningForms { id name delivery creditMode creditValue maxJpPerDay } }' });
    const headers = {
      'content-type': 'application/json',
      'accept-encoding': 'br, gzip',
      authorization: `Bearer ${login.body.data!.login.token}`,
    };
    const res = await get('/graphql', headers, 'POST', query);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const json = JSON.parse(zlib.brotliDecompressSync(res.body).toString());
    expect(json.data.learningForms.length).toBeGreaterThan(20);
    expect(res.body.length).toBeLessThan(JSON.stringify(json).length / 2);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);

    // A client that names no encoding gets the same answer as it is, still marked as varying by encoding.
    const { 'accept-encoding': _accepted, ...plain } = headers;
    const identity = await get('/graphql', plain, 'POST', query);
    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/Accept-Encoding/);
    expect(identity.headers['cache-control']).toBe('no-store');
    expect(identity.headers['content-security-policy']).toBe(res.headers['content-security-policy']);
    expect(JSON.parse(identity.body.toString())).toEqual(json);
    // Never stored, so not hashed for a validator either.
    expect(identity.headers.etag).toBeUndefined();
  });
});
