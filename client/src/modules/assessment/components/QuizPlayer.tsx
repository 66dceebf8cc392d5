import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import { Alert, Box, Button, Card, CardContent, Chip, Paper, Stack, Typography } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AttemptFieldsFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatNumber } from '../../../ui/format';
import { useLessonHeartbeat } from '../../learning/components/useLessonHeartbeat';
import { SubmitQuizAttemptMutation } from '../graphql/assessment';
import { QuestionAnswer } from './QuestionAnswer';
import { QuizTimer } from './QuizTimer';
import { isAnswered, useAutosave } from './useAutosave';

/** Where the answers stand: saving, saved, or not saved (with a retry). */
function SaveIndicator({ state, onRetry }: { state: ReturnType<typeof useAutosave>['state']; onRetry: () => void }) {
  const { t } = useTranslation();
  if (state === 'idle') return null;
  if (state === 'failed') {
    return (
      <Chip
        color="error"
        icon={<CloudOffOutlined />}
        label={t('assessment.player.saveFailed')}
        onClick={onRetry}
        role="status"
        data-testid="autosave"
      />
    );
  }
  return (
    <Chip
      variant="outlined"
      color={state === 'saved' ? 'success' : 'default'}
      icon={state === 'saved' ? <CloudDoneOutlined /> : <CloudUploadOutlined />}
      label={t(state === 'saved' ? 'assessment.player.saved' : 'assessment.player.saving')}
      role="status"
      data-testid="autosave"
    />
  );
}

/**
 * An open attempt: one question per screen, a numbered map of the questions (answered ones
 * filled), the time left, and the autosave state. Reloading, or opening the attempt on another
 * device, comes back to the saved answers; the question shown is kept in the address (`?soal=`).
 */
export function QuizPlayer({ attempt, onFinished }: { attempt: AttemptFieldsFragment; onFinished: () => void }) {
  const { t } = useTranslation();
  // Time spent answering is time on the quiz's lesson: it counts toward a module credited by the
  // time measured, as on any lesson's page (the server decides what counts).
  useLessonHeartbeat(attempt.lessonId, true);
  const [params, setParams] = useSearchParams();
  const count = attempt.questions.length;
  const index = Math.min(count - 1, Math.max(0, Number(params.get('soal') ?? '1') - 1 || 0));
  const go = (i: number) => setParams({ soal: String(i + 1) }, { replace: true });
  const [confirming, setConfirming] = useState(false);
  const [submit, submitting] = useMutation(SubmitQuizAttemptMutation);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const finishing = useRef(false);

  const finish = useCallback(async () => {
    if (finishing.current) return;
    finishing.current = true;
    try {
      await submit({ variables: { input: { attemptId: attempt.id } } });
      onFinished();
    } catch (error) {
      finishing.current = false;
      setSubmitError(error);
    }
  }, [submit, attempt.id, onFinished]);

  // The server refused a save because time is up: it has submitted the attempt; show the result.
  const { responses, answer, flush, state } = useAutosave(attempt, onFinished);
  const submitNow = async () => {
    await flush();
    await finish();
  };
  const timeUp = useCallback(() => void flush().then(finish), [flush, finish]);

  const question = attempt.questions[index];
  const answered = attempt.questions.filter((q) => isAnswered(responses[q.id])).length;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [index]);

  return (
    <Stack spacing={2}>
      <Paper
        variant="outlined"
        sx={{
          p: 1.5,
          display: 'flex',
          flexWrap: 'wrap',
          gap: 1,
          alignItems: 'center',
          justifyContent: 'space-between',
          position: 'sticky',
          top: { xs: 56, sm: 64 },
          zIndex: 2,
        }}
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('assessment.player.answered', { n: answered, total: count })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <SaveIndicator state={state} onRetry={() => void flush()} />
          {attempt.secondsLeft != null && <QuizTimer secondsLeft={attempt.secondsLeft} onEnd={timeUp} />}
        </Stack>
      </Paper>
      <Card variant="outlined">
        <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography ref={heading} tabIndex={-1} variant="h2" sx={{ mb: 2, outline: 'none' }}>
            {t('assessment.player.questionN', { n: index + 1, total: count })}{' '}
            <Typography component="span" variant="body2" color="text.secondary">
              · {t('assessment.points', { points: formatNumber(question.points, question.points % 1 ? 2 : 0) })}
            </Typography>
          </Typography>
          <QuestionAnswer
            key={question.id}
            question={question}
            response={responses[question.id] ?? {}}
            onAnswer={(r, typed) => answer(question.id, r, typed)}
          />
        </CardContent>
      </Card>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        <Button variant="outlined" startIcon={<ArrowBack />} disabled={index === 0} onClick={() => go(index - 1)}>
          {t('assessment.player.previous')}
        </Button>
        {index < count - 1 ? (
          <Button variant="contained" endIcon={<ArrowForward />} onClick={() => go(index + 1)}>
            {t('assessment.player.next')}
          </Button>
        ) : (
          <Button variant="contained" color="success" onClick={() => setConfirming(true)}>
            {t('assessment.player.submit')}
          </Button>
        )}
      </Box>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h3" component="h2" gutterBottom>
          {t('assessment.player.questions')}
        </Typography>
        <Box component="nav" aria-label={t('assessment.player.questions')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {attempt.questions.map((q, i) => {
            const done = isAnswered(responses[q.id]);
            return (
              <Button
                key={q.id}
                size="small"
                variant={done ? 'contained' : 'outlined'}
                color={i === index ? 'secondary' : 'primary'}
                aria-current={i === index ? 'step' : undefined}
                aria-label={t(done ? 'assessment.player.goAnswered' : 'assessment.player.goOpen', { n: i + 1 })}
                onClick={() => go(i)}
                sx={{ minWidth: 44, minHeight: 44 }}
              >
                {i + 1}
              </Button>
            );
          })}
        </Box>
        <Button variant="outlined" color="success" sx={{ mt: 2 }} onClick={() => setConfirming(true)} fullWidth>
          {t('assessment.player.submit')}
        </Button>
      </Paper>
      {submitError != null && <ErrorAlert error={submitError} />}
      {state === 'failed' && <Alert severity="warning">{t('assessment.player.saveFailedBody')}</Alert>}
      {confirming && (
        <ConfirmDialog
          title={t('assessment.player.confirmTitle')}
          body={answered < count ? t('assessment.player.confirmUnanswered', { n: count - answered }) : t('assessment.player.confirmAll')}
          confirmLabel={t('assessment.player.submit')}
          busy={submitting.loading}
          error={submitError}
          onConfirm={() => void submitNow()}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
