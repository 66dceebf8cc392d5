import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import express from 'express';
import { encodeFrame, FILE_FRAMES, type FileFrame, FrameDecoder } from '@komunitas-pintar/domain';
import { BadInputError } from '../../../api/src/common/errors';
import { type FileSink, streamFile } from '../../../api/src/common/file-stream';
import { createLogger } from '../../../api/src/logger';

let server: Server;
let base: string;
/** What the last writer saw of its receiver once it stopped. */
let stoppedAt: { rows: number; gone: boolean } | null = null;
/** The streams that have ended (`streamFile` resolved), by path. */
const ended: string[] = [];
/** Lets the held writer go on. */
let release: () => void = () => undefined;

/** Writes `rows` lines of text, failing after `failAfter` when given. */
function lines(rows: number, failAfter?: number) {
  return async (sink: FileSink) => {
    let written = 0;
    while (written < rows && !sink.gone) {
      if (written === failAfter) throw new BadInputError([{ field: 'x', rule: 'TEST', message: 'Gagal di tengah' }]);
      await sink.write(Buffer.from(`baris ${written + 1} ${'x'.repeat(2000)}\n`));
      written++;
      await sink.progress(written);
    }
    stoppedAt = { rows: written, gone: sink.gone };
    return written;
  };
}

beforeAll(async () => {
  const app = express();
  const logger = createLogger('silent');
  app.get('/file', (req, res) => {
    const rows = Number(req.query.rows);
    const failAfter = req.query.failAfter === undefined ? undefined : Number(req.query.failAfter);
    void streamFile(req, res, logger, { type: 'text/plain', name: 'uji.txt', rows }, lines(rows, failAfter)).then(() =>
      ended.push('/file'),
    );
  });
  // Starts the file only once the receiver has gone, as when it leaves while the file's data is read.
  app.get('/late', (req, res) => {
    res.once('close', () => {
      void streamFile(req, res, logger, { type: 'text/plain', name: 'uji.txt', rows: 3 }, lines(3)).then(() => ended.push('/late'));
    });
  });
  // Writes one row, reports it, then waits until the receiver says it saw the report.
  app.get('/held', (req, res) => {
    void streamFile(req, res, logger, { type: 'text/csv; charset=utf-8', name: 'uji.csv', rows: 2 }, async (sink) => {
      await sink.write(Buffer.from('baris 1\n'));
      await sink.progress(1);
      await new Promise<void>((resolve) => (release = resolve));
      await sink.write(Buffer.from('baris 2\n'));
      await sink.progress(2);
      return 2;
    });
  });
  app.get('/binary', (req, res) => {
    void streamFile(req, res, logger, { type: 'application/octet-stream', name: 'uji.bin', rows: 1 }, async (sink) => {
      await sink.write(Buffer.from('isi'));
      return 1;
    });
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function framesOf(res: Response): Promise<FileFrame[]> {
  const decoder = new FrameDecoder();
  const frames: FileFrame[] = [];
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    frames.push(...decoder.push(value));
  }
  expect(decoder.partial).toBe(false);
  return frames;
}
const framed = { accept: FILE_FRAMES.mediaType };

describe('a streamed file', () => {
  it('in frames: the bytes between reports of rows written, then the end with the rows', async () => {
    const frames = await framesOf(await fetch(`${base}/file?rows=3`, { headers: framed }));
    expect(frames.map((f) => f.kind)).toEqual(['data', 'progress', 'data', 'progress', 'data', 'progress', 'end']);
    expect(frames.filter((f) => f.kind !== 'data')).toEqual([
      { kind: 'progress', rows: 1 },
      { kind: 'progress', rows: 2 },
      { kind: 'progress', rows: 3 },
      { kind: 'end', rows: 3 },
    ]);
  });

  it('in frames, ends with the error that stopped it, so no partial file is taken for whole', async () => {
    const res = await fetch(`${base}/file?rows=5&failAfter=2`, { headers: framed });
    expect(res.status).toBe(200);
    const frames = await framesOf(res);
    expect(frames.at(-1)).toEqual({ kind: 'error', code: 'BAD_USER_INPUT', message: 'x: Gagal di tengah' });
    expect(frames.some((f) => f.kind === 'end')).toBe(false);
  });

  it('bare, is cut off when it fails part-way, so the download fails instead of ending short', async () => {
    const whole = await fetch(`${base}/file?rows=3`);
    expect(whole.headers.get('x-total-rows')).toBe('3');
    expect((await whole.text()).split('\n')).toHaveLength(4);
    const res = await fetch(`${base}/file?rows=50&failAfter=20`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('stops being written when the receiver goes away', async () => {
    stoppedAt = null;
    const controller = new AbortController();
    const res = await fetch(`${base}/file?rows=100000`, { headers: framed, signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    for (let i = 0; i < 100 && !stoppedAt; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stoppedAt).toMatchObject({ gone: true });
    expect(stoppedAt!.rows).toBeLessThan(100000);
    for (let i = 0; i < 100 && !ended.includes('/file'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).toContain('/file');
  });

  it('ends, writing nothing, when the receiver left before the first byte', async () => {
    stoppedAt = null;
    const controller = new AbortController();
    const res = fetch(`${base}/late`, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(res).rejects.toThrow();
    for (let i = 0; i < 100 && !ended.includes('/late'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).toContain('/late');
    expect(stoppedAt).toEqual({ rows: 0, gone: true });
  });
});

describe('a streamed text file', () => {
  /** The raw response: status, headers and the bytes as sent, not decompressed. */
  function raw(pathname: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get(`${base}${pathname}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  }

  it('is gzip-compressed for a receiver that accepts it, and sent as it is for one that does not', async () => {
    const zipped = await raw('/file?rows=20', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    const text = gunzipSync(zipped.body).toString('utf8');
    expect(text.split('\n')).toHaveLength(21);
    expect(zipped.body.length).toBeLessThan(text.length / 10);

    const plain = await raw('/file?rows=20', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(text);
    expect((await raw('/file?rows=20', { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
  });

  it('in frames and compressed, brings each report of rows while the rest is still being made', async () => {
    const res = await fetch(`${base}/held`, { headers: { ...framed, 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const decoder = new FrameDecoder();
    const reader = res.body!.getReader();
    const seen: FileFrame[] = [];
    while (!seen.some((f) => f.kind === 'progress')) {
      const { done, value } = await reader.read();
      expect(done).toBe(false);
      seen.push(...decoder.push(value!));
    }
    expect(seen).toEqual([
      { kind: 'data', bytes: Uint8Array.from(Buffer.from('baris 1\n')) },
      { kind: 'progress', rows: 1 },
    ]);
    release();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      seen.push(...decoder.push(value));
    }
    expect(seen.slice(2).map((f) => f.kind)).toEqual(['data', 'progress', 'end']);
  });

  it('other files are never compressed on the way', async () => {
    const file = await raw('/binary', { 'accept-encoding': 'gzip' });
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(file.body.toString('utf8')).toBe('isi');
  });
});

describe('frames', () => {
  it('are read back whole however the stream cuts them, byte by byte included', () => {
    const frames: FileFrame[] = [
      { kind: 'data', bytes: Uint8Array.from([1, 2, 3, 250]) },
      { kind: 'progress', rows: 70000 },
      { kind: 'data', bytes: new Uint8Array(0) },
      { kind: 'error', code: 'INTERNAL_SERVER_ERROR', message: 'Gagal – coba lagi' },
      { kind: 'end', rows: 4_000_000_000 },
    ];
    const bytes = Buffer.concat(frames.map(encodeFrame));
    for (const size of [1, 2, 5, 7, bytes.length]) {
      const decoder = new FrameDecoder();
      const read: FileFrame[] = [];
      for (let i = 0; i < bytes.length; i += size) read.push(...decoder.push(bytes.subarray(i, i + size)));
      expect(read).toEqual(frames);
      expect(decoder.partial).toBe(false);
    }
    const cut = new FrameDecoder();
    expect(cut.push(bytes.subarray(0, 7))).toEqual([]);
    expect(cut.partial).toBe(true);
  });
});
