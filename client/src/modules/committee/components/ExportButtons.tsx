import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_FRAMES, FrameDecoder } from '@komunitas-pintar/domain';
import { formatBytes, formatNumber } from '../../../ui/format';

export type ExportKind = 'search' | 'pool' | 'history';
type Format = 'xlsx' | 'csv' | 'pdf';

interface Progress {
  format: Format;
  received: number;
  /** Bytes expected, when the server sent the length (a finished file). */
  total: number | null;
  /** Rows written so far and in all, when the server streams the file in frames. */
  rows: { written: number; total: number } | null;
}

/** A file whose stream stopped before the server said it was whole. */
class IncompleteFile extends Error {}

/**
 * The bytes of a file sent in frames, reporting the rows written (null when a frame brought only
 * bytes) and the bytes received as they arrive; throws the server's error, or when the stream stops short.
 */
async function readFrames(
  response: Response,
  onProgress: (rows: number | null, received: number) => void,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const decoder = new FrameDecoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body!.getReader();
  let received = 0;
  let ended = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const frame of decoder.push(value)) {
      if (frame.kind === 'data') {
        chunks.push(frame.bytes as Uint8Array<ArrayBuffer>);
        received += frame.bytes.length;
      } else if (frame.kind === 'error') throw new Error(frame.message);
      else if (frame.kind === 'end') ended = true;
      onProgress(frame.kind === 'data' ? null : frame.rows, received);
    }
  }
  if (!ended) throw new IncompleteFile();
  return chunks;
}

/** The file name the server gave in Content-Disposition, else a plain one. */
function fileName(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match ? match[1] : fallback;
}

/** Saves a blob as a download under `name`. */
function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Export buttons (XLSX, CSV, and for a history the candidate profile PDF): the file is fetched
 * with the session cookie while a bar shows how far it has come (rows written of the rows the
 * server counted first, for a streamed table; bytes of its length, for the profile), then saved.
 * The server audits every export with the purpose in `body`.
 */
export function ExportButtons({ kind, body, withPdf = false }: { kind: ExportKind; body: unknown; withPdf?: boolean }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (format: Format) => {
    setError(null);
    setDone(null);
    setProgress({ format, received: 0, total: null, rows: null });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const path = format === 'pdf' ? '/committee/exports/profile' : `/committee/exports/${kind}?format=${format}`;
      const response = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        // Tables stream in frames with the rows written; the profile comes whole, with its length.
        headers: { 'content-type': 'application/json', accept: `${FILE_FRAMES.mediaType}, */*` },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(payload?.error?.message ?? response.statusText);
      }
      const name = fileName(response, `ekspor.${format}`);
      let chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      let type = response.headers.get('content-type') ?? 'application/octet-stream';
      if (type === FILE_FRAMES.mediaType) {
        type = response.headers.get(FILE_FRAMES.typeHeader) ?? 'application/octet-stream';
        const rows = { written: 0, total: Number(response.headers.get(FILE_FRAMES.rowsHeader)) || 0 };
        setProgress({ format, received, total: null, rows: { ...rows } });
        chunks = await readFrames(response, (written, bytes) => {
          if (written !== null) rows.written = written;
          received = bytes;
          setProgress({ format, received, total: null, rows: { ...rows } });
        });
        setDone(t('committee.export.doneRows', { name, size: formatBytes(received), count: rows.written }));
      } else {
        const length = Number(response.headers.get('content-length')) || null;
        const reader = response.body?.getReader();
        if (reader) {
          for (;;) {
            const { done: finished, value } = await reader.read();
            if (finished) break;
            chunks.push(value);
            received += value.length;
            setProgress({ format, received, total: length, rows: null });
          }
        }
        setDone(t('committee.export.done', { name, size: formatBytes(received) }));
      }
      save(new Blob(chunks, { type }), name);
    } catch (e) {
      if (controller.signal.aborted) return;
      if (e instanceof IncompleteFile) setError(t('committee.export.incomplete'));
      else setError(t('committee.export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const percent = !progress
    ? null
    : progress.rows
      ? progress.rows.total
        ? Math.min(100, Math.floor((100 * progress.rows.written) / progress.rows.total))
        : 100
      : progress.total
        ? Math.min(100, Math.round((100 * progress.received) / progress.total))
        : null;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            size="small"
            variant="outlined"
            startIcon={<DownloadOutlined />}
            disabled={!!progress}
            onClick={() => void run(format)}
          >
            {t(`committee.export.${format}`)}
          </Button>
        ))}
        {withPdf && (
          <Button
            size="small"
            variant="outlined"
            startIcon={<PictureAsPdfOutlined />}
            disabled={!!progress}
            onClick={() => void run('pdf')}
          >
            {t('committee.export.pdf')}
          </Button>
        )}
        {progress && (
          <Button size="small" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </Button>
        )}
      </Stack>
      <Box aria-live="polite" sx={{ mt: progress || error || done ? 1 : 0 }}>
        {progress && (
          <Box data-testid="export-progress">
            <LinearProgress
              variant={percent === null ? 'indeterminate' : 'determinate'}
              value={percent ?? undefined}
              aria-label={t('committee.export.progressLabel', { format: progress.format.toUpperCase() })}
            />
            <Typography variant="caption" color="text.secondary">
              {percent === null
                ? t('committee.export.preparing')
                : progress.rows && progress.rows.total > 0 && progress.rows.written >= progress.rows.total
                  ? t('committee.export.finishing', { size: formatBytes(progress.received) })
                  : progress.rows
                    ? t('committee.export.progressRows', {
                        written: formatNumber(progress.rows.written),
                        total: formatNumber(progress.rows.total),
                        count: progress.rows.total,
                        size: formatBytes(progress.received),
                      })
                    : t('committee.export.progress', { percent, size: formatBytes(progress.received) })}
            </Typography>
          </Box>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        {done && (
          <Typography variant="caption" color="text.secondary" data-testid="export-done">
            {done}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
