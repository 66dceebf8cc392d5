import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Button, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { AttemptReview } from '../components/AttemptReview';
import { QuizPlayer } from '../components/QuizPlayer';
import { QuizAttemptQuery } from '../graphql/assessment';

/** An attempt: the player while it is open, its review once finished. */
export function QuizAttemptPage() {
  const { t } = useTranslation();
  const { attemptId } = useParams<{ attemptId: string }>();
  // Always from the server: another device may have saved answers, or the deadline may have passed.
  const result = useQuery(QuizAttemptQuery, { variables: { id: attemptId! }, fetchPolicy: 'network-only' });
  const { refetch } = result;
  const finished = useCallback(() => void refetch(), [refetch]);
  return (
    <Cell result={result} loading={<SkeletonRows rows={6} height={56} />}>
      {({ quizAttempt: attempt }) => (
        <Box sx={{ maxWidth: 860, mx: 'auto' }}>
          <Button startIcon={<ArrowBack />} component={Link} to={`/modul/${attempt.moduleId}/kuis/${attempt.lessonId}`} sx={{ mb: 1 }}>
            {t('assessment.backToQuiz')}
          </Button>
          <Typography variant="h1" sx={{ mb: 0.5, overflowWrap: 'anywhere' }}>
            {attempt.title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('assessment.attemptN', { n: attempt.number })} · {t(`assessment.role.${attempt.role}`)}
          </Typography>
          {attempt.status === 'OPEN' ? (
            <QuizPlayer key={attempt.id} attempt={attempt} onFinished={finished} />
          ) : (
            <AttemptReview attempt={attempt} />
          )}
        </Box>
      )}
    </Cell>
  );
}
