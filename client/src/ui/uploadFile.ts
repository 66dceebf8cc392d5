/** What `POST /files` returns for a stored upload. */
export interface UploadedFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  url: string;
}

/**
 * Why an upload failed, for the caller to word: TOO_BIG (413), FILE_TYPE (refused type),
 * UNAUTHENTICATED (session ended), NETWORK (server not reached), or another rule/code.
 */
export class UploadError extends Error {
  constructor(
    readonly reason: 'TOO_BIG' | 'FILE_TYPE' | 'UNAUTHENTICATED' | 'NETWORK' | 'OTHER',
    message: string,
  ) {
    super(message);
  }
}

/** Uploads one file to `POST /files` (multipart field `file`) with the session cookie. */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    // The header marks the upload as this site's own (the server refuses cookie uploads without it).
    response = await fetch('/files', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'komunitas-pintar' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UploadError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return (await response.json()) as UploadedFile;
  const payload = (await response.json().catch(() => null)) as { error?: { code?: string; rule?: string; message?: string } } | null;
  const message = payload?.error?.message ?? response.statusText;
  if (response.status === 413) throw new UploadError('TOO_BIG', message);
  if (response.status === 401) throw new UploadError('UNAUTHENTICATED', message);
  if (payload?.error?.rule === 'FILE_TYPE') throw new UploadError('FILE_TYPE', message);
  throw new UploadError('OTHER', message);
}
