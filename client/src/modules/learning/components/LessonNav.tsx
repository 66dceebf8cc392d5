import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import CheckCircle from '@mui/icons-material/CheckCircle';
import { Box, Button, Chip, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Under the lesson: marking it done (quizzes finish by their attempt), and the previous and next lesson. */
export function LessonNav({
  moduleId,
  prevId,
  nextId,
  enrolled,
  done,
  quiz,
  completing,
  onMarkDone,
}: {
  moduleId: string;
  prevId?: string;
  nextId?: string;
  enrolled: boolean;
  done: boolean;
  quiz: boolean;
  completing: boolean;
  onMarkDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        mt: 2,
        display: 'grid',
        gap: 1,
        gridTemplateColumns: { xs: '1fr 1fr', sm: '1fr auto 1fr' },
        alignItems: 'center',
      }}
    >
      <Box
        sx={{
          gridColumn: { xs: '1 / -1', sm: 'auto' },
          gridRow: { xs: 1, sm: 'auto' },
          order: { sm: 2 },
          display: 'flex',
          justifyContent: 'center',
        }}
      >
        {enrolled &&
          (quiz && !done ? null : done ? (
            <Chip color="success" icon={<CheckCircle />} label={t('learning.lesson.done')} role="status" />
          ) : (
            <Button
              variant="contained"
              color="success"
              onClick={onMarkDone}
              disabled={completing}
              startIcon={completing ? <CircularProgress size={18} color="inherit" /> : <CheckCircle />}
              sx={{ width: { xs: '100%', sm: 'auto' } }}
            >
              {t('learning.lesson.markDone')}
            </Button>
          ))}
      </Box>
      <Box sx={{ order: { sm: 1 } }}>
        {prevId && (
          <Button
            component={Link}
            to={`/modul/${moduleId}/pelajaran/${prevId}`}
            startIcon={<ArrowBack />}
            variant="outlined"
            fullWidth
            sx={{ justifyContent: 'flex-start' }}
          >
            {t('learning.lesson.previous')}
          </Button>
        )}
      </Box>
      <Box sx={{ order: { sm: 3 } }}>
        {nextId ? (
          <Button
            component={Link}
            to={`/modul/${moduleId}/pelajaran/${nextId}`}
            endIcon={<ArrowForward />}
            variant={done || !enrolled ? 'contained' : 'outlined'}
            fullWidth
            sx={{ justifyContent: 'flex-end' }}
          >
            {t('learning.lesson.next')}
          </Button>
        ) : (
          <Button component={Link} to={`/modul/${moduleId}`} variant="outlined" fullWidth sx={{ justifyContent: 'flex-end' }}>
            {t('learning.lesson.backToModule')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
