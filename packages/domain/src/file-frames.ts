/**
 * A file sent with its progress: the server writes the file's bytes in frames, between which it
 * says how many rows it has written, so a browser shows how far a long export has come while it
 * downloads. The number of rows comes first, in a header; the last frame says the file is whole
 * (or why it is not). A client asks for frames with `Accept: FILE_FRAMES.mediaType`; without it,
 * the same route sends the bare file.
 *
 * A frame is one byte of kind, four bytes of payload length (big-endian), then the payload:
 * `D` the file's next bytes; `P` rows written so far (four bytes); `Z` the end, with the rows
 * (four bytes); `E` an error that stopped the file (JSON `{ code, message }`, ASCII).
 */
export const FILE_FRAMES = {
  mediaType: 'application/vnd.komunitas-pintar.file-frames',
  /** The response header with the number of rows the file holds, sent before any byte of it. */
  rowsHeader: 'X-Total-Rows',
  /** The response header with the file's own media type, when it is sent in frames. */
  typeHeader: 'X-File-Type',
} as const;

export type FileFrame =
  | { kind: 'data'; bytes: Uint8Array }
  | { kind: 'progress'; rows: number }
  | { kind: 'end'; rows: number }
  | { kind: 'error'; code: string; message: string };

const KIND_BYTE = { data: 0x44, progress: 0x50, end: 0x5a, error: 0x45 } as const;
const HEAD = 5;

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

/** JSON with every character past ASCII escaped, as bytes. */
function asciiJson(value: unknown): Uint8Array {
  const text = JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** One frame as bytes. */
export function encodeFrame(frame: FileFrame): Uint8Array {
  const payload =
    frame.kind === 'data'
      ? frame.bytes
      : frame.kind === 'error'
        ? asciiJson({ code: frame.code, message: frame.message })
        : uint32(frame.rows);
  const out = new Uint8Array(HEAD + payload.length);
  out[0] = KIND_BYTE[frame.kind];
  new DataView(out.buffer).setUint32(1, payload.length);
  out.set(payload, HEAD);
  return out;
}

/** Reads frames from a stream's chunks, however the chunks cut them. */
export class FrameDecoder {
  private pending = new Uint8Array(0);

  /** The frames completed by this chunk, in order. */
  push(chunk: Uint8Array): FileFrame[] {
    const joined = new Uint8Array(this.pending.length + chunk.length);
    joined.set(this.pending);
    joined.set(chunk, this.pending.length);
    const frames: FileFrame[] = [];
    let at = 0;
    while (joined.length - at >= HEAD) {
      const view = new DataView(joined.buffer, joined.byteOffset + at);
      const length = view.getUint32(1);
      if (joined.length - at < HEAD + length) break;
      const payload = joined.subarray(at + HEAD, at + HEAD + length);
      frames.push(decode(joined[at], payload));
      at += HEAD + length;
    }
    this.pending = joined.slice(at);
    return frames;
  }

  /** True when a frame has begun but not ended: the stream stopped in the middle of one. */
  get partial(): boolean {
    return this.pending.length > 0;
  }
}

function decode(kind: number, payload: Uint8Array): FileFrame {
  const rows = () => new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0);
  switch (kind) {
    case KIND_BYTE.data:
      return { kind: 'data', bytes: payload.slice() };
    case KIND_BYTE.progress:
      return { kind: 'progress', rows: rows() };
    case KIND_BYTE.end:
      return { kind: 'end', rows: rows() };
    case KIND_BYTE.error: {
      const body = JSON.parse(String.fromCharCode(...payload)) as { code: string; message: string };
      return { kind: 'error', code: body.code, message: body.message };
    }
    default:
      throw new Error(`Not a file frame (kind byte ${kind})`);
  }
}
