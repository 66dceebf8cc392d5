import { Writable } from 'node:stream';
import { createGzip, type Gzip } from 'node:zlib';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { encodeFrame, FILE_FRAMES, type FileFrame } from '@komunitas-pintar/domain';
import { restError } from './format-error';

/** Where a file is written while it is made: the response, piece by piece. */
export interface FileSink {
  /** Sends the file's next bytes; resolves once the receiver can take more. */
  write(bytes: Uint8Array): Promise<void>;
  /** Tells the receiver how many rows are written so far (sent only when it asked for frames). */
  progress(rows: number): Promise<void>;
  /** True once the receiver has gone away: writing more is wasted. */
  readonly gone: boolean;
}

/** A writable stream into the sink, for writers that take a stream (an XLSX workbook). */
export function sinkStream(sink: FileSink): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.write(chunk).then(() => done(), done);
    },
  });
}

export interface StreamedFile {
  /** The file's media type. */
  type: string;
  /** Its download name. */
  name: string;
  /** How many rows it will hold, told before any byte is sent. */
  rows: number;
}

/**
 * Sends a file while `write` makes it, without holding it whole: headers first (the download name
 * and `X-Total-Rows`), then the bytes as they come, waiting whenever the receiver falls behind.
 * A client that asks for `FILE_FRAMES.mediaType` gets the bytes in frames with the rows written
 * between them and a last frame saying the file is whole, or why it is not; any other gets the
 * bare file, and a failure part-way cuts the connection so a partial file never looks whole.
 * Text (a CSV) goes gzip-compressed to a receiver that accepts it, flushed at each report of rows so
 * the progress arrives as it is made; other files (an XLSX is already a zip) go as they are.
 * Resolves when the response has ended; errors after the headers are logged, not thrown.
 */
export async function streamFile(
  req: Request,
  res: Response,
  logger: Logger,
  file: StreamedFile,
  write: (sink: FileSink) => Promise<number>,
): Promise<void> {
  const framed = (req.get('accept') ?? '').includes(FILE_FRAMES.mediaType);
  const gzip = file.type.startsWith('text/') && req.acceptsEncodings('gzip', 'identity') === 'gzip' ? createGzip() : null;
  res.set({
    'Content-Type': framed ? FILE_FRAMES.mediaType : file.type,
    'Content-Disposition': `attachment; filename="${file.name}"`,
    // no-transform: passed on as written, never re-compressed on the way, so waiting for the
    // receiver waits on the connection itself.
    'Cache-Control': 'no-store, no-transform',
    'X-Content-Type-Options': 'nosniff',
    [FILE_FRAMES.rowsHeader]: String(file.rows),
    ...(framed && { [FILE_FRAMES.typeHeader]: file.type }),
    ...(gzip && { 'Content-Encoding': 'gzip' }),
    Vary: 'Accept-Encoding',
  });
  res.status(200);
  res.flushHeaders();

  // A receiver that left while the file's data was read (before this) has closed the response already:
  // its 'close' will not come again, and a write to it never drains.
  let gone = res.destroyed;
  res.on('close', () => {
    if (res.writableFinished) return;
    gone = true;
    gzip?.destroy();
  });
  /** Where the bytes go: the compressor, which passes them on to the response, or the response. */
  const out: Writable | Gzip = gzip ?? res;
  gzip?.pipe(res);
  /** Writes bytes as they are; waits for the receiver when its buffer is full. */
  const send = async (bytes: Uint8Array) => {
    if (gone || out.write(bytes)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        res.off('close', done);
        resolve();
      };
      out.on('drain', done);
      res.on('close', done);
    });
  };
  /** Passes on what the compressor holds, so a report of rows is not kept back with it. */
  const flush = () => (gzip && !gone ? new Promise<void>((resolve) => gzip.flush(() => resolve())) : Promise.resolve());
  /**
   * Ends the file; resolves once it has gone out or the receiver has gone (the response's 'close'
   * comes either way; `end`'s own callback never does on a connection already closed).
   */
  const end = () =>
    new Promise<void>((resolve) => {
      if (gone) {
        gzip?.destroy();
        res.end();
        resolve();
        return;
      }
      res.once('close', () => resolve());
      out.end(() => resolve());
    });
  const frame = (f: FileFrame) => send(encodeFrame(f));
  const sink: FileSink = {
    write: (bytes) => (framed ? frame({ kind: 'data', bytes }) : send(bytes)),
    progress: async (rows) => {
      if (framed) await frame({ kind: 'progress', rows });
      await flush();
    },
    get gone() {
      return gone;
    },
  };

  try {
    const rows = await write(sink);
    if (framed) await frame({ kind: 'end', rows });
    await end();
  } catch (error) {
    const { body } = restError(error, logger);
    logger.warn({ file: file.name, code: body.error.code }, 'A file stopped part-way');
    if (framed && !gone) {
      await frame({ kind: 'error', code: body.error.code, message: body.error.message });
      await end();
    } else {
      gzip?.destroy();
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
