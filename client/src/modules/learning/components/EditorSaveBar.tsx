import PublishOutlined from '@mui/icons-material/PublishOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { Button, CircularProgress, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';

/** The sticky bar under the editor: whether all is saved (or what went wrong), and saving and publishing. */
export function EditorSaveBar({
  updatedAt,
  error,
  hasProblems,
  dirty,
  busy,
  canPublish,
  blocked,
  onRun: run,
}: {
  updatedAt: string;
  error: unknown;
  /** Publishing was refused with a list of what blocks it. */
  hasProblems: boolean;
  dirty: boolean;
  busy: 'save' | 'publish' | null;
  canPublish: boolean;
  /** The draft itself is wrong (an impossible JP): neither saving nor publishing. */
  blocked: boolean;
  onRun: (action: 'save' | 'publish') => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      elevation={3}
      sx={{
        position: 'sticky',
        bottom: { xs: 8, sm: 16 },
        mt: 3,
        p: 1.5,
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        flexWrap: 'wrap',
        zIndex: (theme) => theme.zIndex.appBar - 1,
      }}
    >
      <Typography
        variant="body2"
        color={error != null ? 'error' : dirty ? 'warning.dark' : 'text.secondary'}
        sx={{ flex: '1 1 160px' }}
        role="status"
      >
        {error != null
          ? hasProblems
            ? t('learning.editor.cannotPublish')
            : errorCode(error) === 'BAD_USER_INPUT'
              ? t('common.fixFields')
              : t(`errors.${errorCode(error)}.title`)
          : dirty
            ? t('learning.editor.unsaved')
            : t('learning.editor.allSaved', { date: formatDateTime(updatedAt) })}
      </Typography>
      <Button
        variant={canPublish ? 'outlined' : 'contained'}
        startIcon={busy === 'save' ? <CircularProgress size={18} color="inherit" /> : <SaveOutlined />}
        disabled={!!busy || !dirty || blocked}
        onClick={() => void run('save')}
      >
        {t('common.save')}
      </Button>
      {canPublish && (
        <Button
          variant="contained"
          startIcon={busy === 'publish' ? <CircularProgress size={18} color="inherit" /> : <PublishOutlined />}
          disabled={!!busy || blocked}
          onClick={() => void run('publish')}
        >
          {t('learning.editor.publish')}
        </Button>
      )}
    </Paper>
  );
}
