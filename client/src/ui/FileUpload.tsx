import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadError, type UploadedFile, uploadFile } from './uploadFile';

/** Accepted by the API (api/src/modules/file/file-types.ts). */
export const LESSON_FILE_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.png,.jpg,.jpeg,.webp,.mp3,.mp4,.zip';
export const IMAGE_ACCEPT = '.png,.jpg,.jpeg,.webp';

/**
 * A button that uploads one file to `POST /files`, with a progress bar while it runs and the
 * refusal (too big, wrong type, session ended) in words the user can act on.
 */
export function FileUpload({
  label,
  accept,
  onUploaded,
  onBusyChange,
}: {
  label: string;
  accept: string;
  onUploaded: (file: UploadedFile) => void;
  /** Told when an upload starts and ends, so a form can wait for its file before saving. */
  onBusyChange?: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const busyChange = useRef(onBusyChange);
  useEffect(() => {
    busyChange.current = onBusyChange;
  }, [onBusyChange]);
  useEffect(() => busyChange.current?.(!!uploading), [uploading]);

  async function upload(file: File) {
    setError(null);
    setUploading(file.name);
    abort.current = new AbortController();
    try {
      onUploaded(await uploadFile(file, abort.current.signal));
    } catch (e) {
      if (abort.current.signal.aborted) return;
      if (e instanceof UploadError) {
        setError(
          {
            TOO_BIG: t('upload.tooBig', { name: file.name }),
            FILE_TYPE: t('upload.fileType', { name: file.name }),
            UNAUTHENTICATED: t('errors.UNAUTHENTICATED.body'),
            NETWORK: t('errors.NETWORK.body'),
            OTHER: t('upload.failed', { message: e.message }),
          }[e.reason],
        );
      } else {
        setError(t('errors.NETWORK.body'));
      }
    } finally {
      setUploading(null);
    }
  }

  return (
    <Box>
      <input
        id={inputId}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
      <Button component="label" htmlFor={inputId} variant="outlined" startIcon={<CloudUploadOutlined />} disabled={!!uploading}>
        {label}
      </Button>
      {uploading && (
        <Box sx={{ mt: 1 }} role="status">
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {t('upload.uploading', { name: uploading })}
          </Typography>
          <LinearProgress sx={{ mt: 0.5 }} aria-label={t('upload.uploading', { name: uploading })} />
        </Box>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
    </Box>
  );
}
