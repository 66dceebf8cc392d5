import { Box, Grid, LinearProgress, Paper, TextField, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { MODULE_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useDebounced } from '../../../ui/useDebounced';
import { withPrevious } from '../../../ui/withPrevious';
import { MarkdownPreviewQuery } from '../graphql/learning';
import { LessonBody } from './LessonBody';

/** Markdown on the left, and beside it the text exactly as learners will get it (rendered by the server). */
export function MarkdownField({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
  label: string;
}) {
  const { t } = useTranslation();
  const debounced = useDebounced(value, 400);
  const preview = withPrevious(
    useQuery(MarkdownPreviewQuery, { variables: { input: { markdown: debounced } }, skip: !debounced.trim(), fetchPolicy: 'cache-first' }),
  );
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField
          label={label}
          multiline
          minRows={8}
          maxRows={24}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          error={!!error}
          helperText={error ?? t('learning.editor.markdownHelp')}
          slotProps={{
            htmlInput: {
              maxLength: MODULE_LIMITS.bodyMax,
              spellCheck: true,
              style: { fontFamily: 'ui-monospace, monospace', fontSize: 14 },
            },
          }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Paper variant="outlined" sx={{ p: 2, minHeight: 180, height: '100%', bgcolor: 'background.default', position: 'relative' }}>
          <Typography variant="overline" color="text.secondary" component="p" sx={{ lineHeight: 1.5, mb: 1 }}>
            {t('learning.editor.preview')}
          </Typography>
          {preview.loading && <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} aria-label={t('common.loading')} />}
          <Box aria-live="polite" data-testid="markdown-preview">
            {!value.trim() ? (
              <Typography variant="body2" color="text.secondary">
                {t('learning.editor.previewEmpty')}
              </Typography>
            ) : preview.error && !preview.data ? (
              <ErrorAlert error={preview.error} />
            ) : preview.data ? (
              <LessonBody html={preview.data.markdownPreview} label={t('learning.editor.preview')} />
            ) : null}
          </Box>
        </Paper>
      </Grid>
    </Grid>
  );
}
