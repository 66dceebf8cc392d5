import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import express from 'express';
import { COMPRESS_WHOLE_MAX_BYTES, compressResponses, preferredEncoding } from '../../../api/src/client-assets';
import { rawRequest } from '../../support/raw-http';

/** JSON like a GraphQL answer: repetitive enough to shrink well. */
const answer = (bytes: number) => {
  const row = { employee: { nip: '198001012005011001', name: 'Siti Rahmawati' }, jp: 24, reached: true };
  const rows = [];
  while (JSON.stringify(rows).length < bytes) rows.push({ ...row, jp: rows.length });
  return JSON.stringify({ data: { rows } });
};
const WHOLE = answer(18_000);
const LARGE = answer(COMPRESS_WHOLE_MAX_BYTES + 10_000);

let server: http.Server;
let base: string;
beforeAll(async () => {
  const app = express();
  app.use(compressResponses());
  app.get('/whole', (_req, res) => void res.type('application/json').send(WHOLE));
  app.get('/large', (_req, res) => void res.type('application/json').send(LARGE));
  app.get('/small', (_req, res) => void res.type('application/json').send('{"data":{"ok":true}}'));
  app.get('/parts', (_req, res) => {
    res.type('application/json');
    res.write(WHOLE.slice(0, 9_000));
    res.end(WHOLE.slice(9_000));
  });
  app.get('/as-is', (_req, res) => void res.type('application/json').set('Cache-Control', 'no-store, no-transform').send(WHOLE));
  app.get('/picture', (_req, res) => void res.type('image/png').send(Buffer.from(WHOLE)));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A request whose answer comes back as sent. */
const get = (pathname: string, headers: Record<string, string>, method = 'GET') => rawRequest(`${base}${pathname}`, headers, method);

describe('compressed answers', () => {
  it('compresses an answer sent whole at once and sends its length, in the encoding the client prefers', async () => {
    const gzip = await get('/whole', { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-length']).toBe(String(gzip.body.length));
    expect(gzip.headers['transfer-encoding']).toBeUndefined();
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(WHOLE);
    expect(gzip.body.length).toBeLessThan(WHOLE.length / 4);

    const br = await get('/whole', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(WHOLE);
  });

  it('still compresses an answer written in parts, or too large to hold the event loop for, through a stream', async () => {
    for (const pathname of ['/parts', '/large']) {
      const res = await get(pathname, { 'accept-encoding': 'gzip' });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['transfer-encoding']).toBe('chunked');
      expect(zlib.gunzipSync(res.body).toString()).toBe(pathname === '/parts' ? WHOLE : LARGE);
    }
  });

  it('leaves as they are a small answer, one that must not be transformed, one not compressible, and one to a client that takes neither', async () => {
    for (const [pathname, accepted] of [
      ['/small', 'gzip'],
      ['/as-is', 'gzip'],
      ['/picture', 'gzip'],
      ['/whole', 'identity'],
      ['/whole', 'gzip;q=0, br;q=0'],
    ]) {
      const res = await get(pathname, { 'accept-encoding': accepted });
      expect([pathname, accepted, res.headers['content-encoding']]).toEqual([pathname, accepted, undefined]);
      expect(res.body.toString()).toBe(pathname === '/small' ? '{"data":{"ok":true}}' : WHOLE);
    }
    expect((await get('/whole', {})).body.toString()).toBe(WHOLE);
    const head = await get('/whole', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.body.length).toBe(0);
  });

  it.each([
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['deflate', null],
    ['identity, gzip;q=0', null],
    ['', null],
  ])('of "%s" prefers %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
