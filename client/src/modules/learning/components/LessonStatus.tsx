import { Alert, AlertTitle, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModuleLessonsQuery } from '../../../gql/graphql';
import { formatJp } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { YourVersionNote } from './YourVersionNote';

type Module = ModuleLessonsQuery['courseModule'];

/** Above the lesson: the preview banner for authors, the way to enrol, or the learner's progress. */
export function LessonStatus({
  module: m,
  preview,
  position,
  enrolling,
  onEnroll,
}: {
  module: Module;
  preview: boolean;
  position: { n: number; total: number };
  enrolling: boolean;
  onEnroll: () => void;
}) {
  const { t } = useTranslation();
  const enrollment = m.myEnrollment;
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      {preview && (
        <Alert severity="info" data-testid="preview-banner">
          <AlertTitle>{t('learning.lesson.previewTitle')}</AlertTitle>
          {t('learning.lesson.previewBody')}
          <Box sx={{ mt: 1 }}>
            <Button color="inherit" size="small" variant="outlined" component={Link} to={`/pelatih/modul/${m.id}`}>
              {t('learning.lesson.backToEditor')}
            </Button>
          </Box>
        </Alert>
      )}
      {!enrollment && !preview && m.myOtherVersionEnrollment && <YourVersionNote enrollment={m.myOtherVersionEnrollment} />}
      {!enrollment && !preview && !m.myOtherVersionEnrollment && (
        <Alert severity="warning">
          {t('learning.lesson.notEnrolled')}
          {m.viewerCan.enroll && (
            <Box sx={{ mt: 1 }}>
              <Button
                color="inherit"
                size="small"
                variant="outlined"
                disabled={enrolling}
                startIcon={enrolling ? <CircularProgress size={16} color="inherit" /> : undefined}
                onClick={onEnroll}
              >
                {t('learning.module.enroll')}
              </Button>
            </Box>
          )}
        </Alert>
      )}
      {enrollment && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t('learning.lesson.moduleProgress')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('learning.lesson.position', position)}
            </Typography>
          </Box>
          <ProgressBar
            percent={enrollment.progressPercent}
            color={enrollment.completedAt ? 'success' : 'primary'}
            label={t('learning.lesson.moduleProgress')}
          />
          {m.creditsMeasuredTime && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="module-time-counted">
              {t('learning.lesson.moduleTimeCounted', { minutes: enrollment.minutesCounted, stated: formatJp(m.jpValue) })}
            </Typography>
          )}
        </Paper>
      )}
    </Stack>
  );
}
