import PlayArrow from '@mui/icons-material/PlayArrow';
import { Alert, Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * On another version of a module the learner is still taking: they keep the version they joined
 * until they finish it, so this points them back to it.
 */
export function YourVersionNote({
  enrollment: e,
}: {
  enrollment: { progressPercent: number; nextLessonId?: string | null; module: { id: string; version: number } };
}) {
  const { t } = useTranslation();
  const to = e.nextLessonId ? `/modul/${e.module.id}/pelajaran/${e.nextLessonId}` : `/modul/${e.module.id}`;
  return (
    <Alert severity="info" data-testid="your-version">
      {t('learning.module.yourVersion', { version: e.module.version, percent: e.progressPercent })}
      <Box sx={{ mt: 1 }}>
        <Button color="inherit" size="small" variant="outlined" startIcon={<PlayArrow />} component={Link} to={to}>
          {t('learning.module.continueYourVersion', { version: e.module.version })}
        </Button>
      </Box>
    </Alert>
  );
}
