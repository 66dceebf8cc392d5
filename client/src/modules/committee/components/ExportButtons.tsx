import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../ui/format';

export type ExportKind = 'search' | 'pool' | 'history';
type Format = 'xlsx' | 'csv' | 'pdf';

interface Progress {
  format: Format;
  received: number;
  total: number | null;
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
 * with the session cookie while a bar shows how much of it has arrived, then saved. The server
 * audits every export with the purpose in `body`.
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
    setProgress({ format, received: 0, total: null });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const path = format === 'pdf' ? '/committee/exports/profile' : `/committee/exports/${kind}?format=${format}`;
      const response = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(payload?.error?.message ?? response.statusText);
      }
      const length = Number(response.headers.get('content-length')) || null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = response.body?.getReader();
      if (reader) {
        for (;;) {
          const { done: finished, value } = await reader.read();
          if (finished) break;
          chunks.push(value);
          received += value.length;
          setProgress({ format, received, total: length });
        }
      }
      const name = fileName(response, `ekspor.${format}`);
      save(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }), name);
      setDone(t('committee.export.done', { name, size: formatBytes(received) }));
    } catch (e) {
      if (!controller.signal.aborted) setError(t('committee.export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const percent = progress?.total ? Math.min(100, Math.round((100 * progress.received) / progress.total)) : null;
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
