import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, AlertTitle, Box, Button, Chip, Stack, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModuleEditorFieldsFragment as Module } from '../../../gql/graphql';
import { errorCode, type FieldError } from '../../../ui/errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ModuleStatusChip } from './chips';

/** The module's title, code, version and status, with the preview and archive actions. */
export function EditorHeader({ module, title, onArchive }: { module: Module; title: string; onArchive: () => void }) {
  const { t } = useTranslation();
  const firstLesson = module.sections.flatMap((s) => s.lessons)[0];
  return (
    <PageHeader
      title={title}
      subtitle={
        <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Box component="span" sx={{ fontFamily: 'monospace' }}>
            {module.code}
          </Box>
          <Chip size="small" variant="outlined" label={t('learning.versionN', { version: module.version })} />
          <ModuleStatusChip status={module.status} />
        </Stack>
      }
      actions={
        <>
          <Tooltip title={t('learning.editor.previewHint')}>
            <span>
              <Button
                variant="outlined"
                startIcon={<VisibilityOutlined />}
                disabled={!firstLesson}
                component={Link}
                to={firstLesson ? `/modul/${module.id}/pelajaran/${firstLesson.id}` : '#'}
                target="_blank"
                rel="noopener"
              >
                {t('learning.previewAsLearner')}
              </Button>
            </span>
          </Tooltip>
          {module.status === 'PUBLISHED' && (
            <Button variant="outlined" color="warning" startIcon={<ArchiveOutlined />} onClick={onArchive}>
              {t('learning.editor.archive')}
            </Button>
          )}
        </>
      }
    />
  );
}

/** What the author should know before editing: a published or archived module, and why publishing failed. */
export function EditorNotices({
  module,
  problems,
  describe,
  error,
}: {
  module: Module;
  problems: FieldError[];
  describe: (problem: FieldError) => string;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      {module.status === 'PUBLISHED' && (
        <Alert severity="info">{t('learning.editor.publishedNote', { version: module.version + 1 })}</Alert>
      )}
      {module.status === 'ARCHIVED' && <Alert severity="info">{t('learning.editor.archivedNote')}</Alert>}
      {problems.length > 0 && (
        <Alert severity="error" role="alert" data-testid="publish-problems">
          <AlertTitle>{t('learning.editor.cannotPublish')}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {problems.map((p, i) => (
              <li key={`${p.field}-${i}`}>{describe(p)}</li>
            ))}
          </Box>
        </Alert>
      )}
      {error != null && !problems.length && errorCode(error) === 'BAD_USER_INPUT' && (
        <Alert severity="error">{t('common.fixFields')}</Alert>
      )}
      {error != null && errorCode(error) !== 'BAD_USER_INPUT' && <ErrorAlert error={error} />}
    </Stack>
  );
}
