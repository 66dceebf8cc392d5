import CheckCircle from '@mui/icons-material/CheckCircle';
import Cancel from '@mui/icons-material/Cancel';
import { Alert, AlertTitle, Box, Card, CardContent, Chip, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AnswerOutcome, AttemptFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { LessonBody } from '../../learning/components/LessonBody';
import { InlineHtml } from './QuestionAnswer';

type AttemptQuestion = AttemptFieldsFragment['questions'][number];

const OUTCOME_COLOR: Record<AnswerOutcome, 'success' | 'warning' | 'error' | 'default' | 'info'> = {
  CORRECT: 'success',
  PARTIAL: 'warning',
  INCORRECT: 'error',
  UNANSWERED: 'default',
  PENDING: 'info',
};

const score = (n: number) => formatNumber(n, n % 1 ? 2 : 0);

/** The learner's own answer, and the right one where the review shows it. */
function ReviewedAnswer({ q }: { q: AttemptQuestion }) {
  const { t } = useTranslation();
  const chosen = new Set(q.response?.optionIds ?? []);
  const right = q.rightAnswer;
  if (q.options) {
    return (
      <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {q.options.map((o) => {
          const isRight = right?.optionIds?.includes(o.id);
          return (
            <Box
              component="li"
              key={o.id}
              sx={{
                display: 'flex',
                gap: 1,
                alignItems: 'flex-start',
                p: 1,
                borderRadius: 1,
                border: 1,
                borderColor: chosen.has(o.id) ? 'primary.main' : 'divider',
              }}
            >
              <Box sx={{ flex: 1 }}>
                <InlineHtml html={o.textHtml} />
              </Box>
              {chosen.has(o.id) && <Chip size="small" label={t('assessment.review.yourChoice')} />}
              {isRight && <Chip size="small" color="success" icon={<CheckCircle />} label={t('assessment.review.right')} />}
            </Box>
          );
        })}
      </Stack>
    );
  }
  const yours =
    q.type === 'TRUE_FALSE'
      ? q.response?.truth == null
        ? null
        : t(q.response.truth ? 'assessment.true' : 'assessment.false')
      : q.response?.text;
  const rights =
    q.type === 'TRUE_FALSE' && right?.truth != null
      ? [t(right.truth ? 'assessment.true' : 'assessment.false')]
      : (right?.texts ??
        right?.numbers?.map((n) =>
          n.tolerance ? `${formatNumber(n.value, 4)} ± ${formatNumber(n.tolerance, 4)}` : formatNumber(n.value, 4),
        ) ??
        []);
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t('assessment.review.yourAnswer')}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{yours || t('assessment.review.noAnswer')}</Typography>
      {rights.length > 0 && (
        <Typography variant="body2">
          {t('assessment.review.rightAnswers')}: <strong>{rights.join(' · ')}</strong>
        </Typography>
      )}
    </Stack>
  );
}

/** A finished attempt: what the quiz's review policy shows now, and a note on what comes later. */
export function AttemptReview({ attempt }: { attempt: AttemptFieldsFragment }) {
  const { t } = useTranslation();
  const { visibility, total } = attempt;
  return (
    <Stack spacing={2} data-testid="attempt-review">
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('assessment.review.finishedAt', { date: formatDateTime(attempt.finishedAt) })}
          {attempt.finishedHow === 'DEADLINE' ? ` · ${t('assessment.review.byDeadline')}` : ''}
        </Typography>
        {total ? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}>
            <Typography variant="h1" component="p" data-testid="attempt-score">
              {total.percent != null ? `${formatNumber(total.percent, total.percent % 1 ? 2 : 0)}%` : '–'}
            </Typography>
            <Typography color="text.secondary">
              {t('assessment.review.points', { score: score(total.score), max: score(total.maxScore) })}
            </Typography>
            {attempt.passed != null && (
              <Chip
                color={attempt.passed ? 'success' : 'error'}
                icon={attempt.passed ? <CheckCircle /> : <Cancel />}
                label={t(attempt.passed ? 'assessment.review.passed' : 'assessment.review.notPassed')}
              />
            )}
            {total.pending && <Chip color="info" label={t('assessment.review.pending')} />}
          </Box>
        ) : (
          <Alert severity="info" sx={{ mt: 1 }}>
            {t('assessment.review.scoreHidden')}
          </Alert>
        )}
        {!visibility.rightAnswers && total && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('assessment.review.rightAnswersLater')}
          </Typography>
        )}
      </Paper>
      {attempt.questions.map((q) => (
        <Card
          variant="outlined"
          key={q.id}
          component="section"
          aria-label={t('assessment.player.questionN', { n: q.number, total: attempt.questions.length })}
        >
          <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
              <Typography variant="h3" component="h2" sx={{ flex: 1 }}>
                {t('assessment.player.questionN', { n: q.number, total: attempt.questions.length })}
              </Typography>
              {q.outcome && <Chip size="small" color={OUTCOME_COLOR[q.outcome]} label={t(`assessment.outcome.${q.outcome}`)} />}
              {q.score != null && (
                <Typography variant="body2" color="text.secondary">
                  {t('assessment.review.points', { score: score(q.score), max: score(q.points) })}
                </Typography>
              )}
            </Box>
            <LessonBody html={q.textHtml} />
            <Box sx={{ mt: 2 }}>
              <ReviewedAnswer q={q} />
            </Box>
            {q.gradeChanges && q.gradeChanges.length > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="grade-changes">
                <AlertTitle>{t('assessment.review.changedTitle')}</AlertTitle>
                <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2 }}>
                  {q.gradeChanges.map((c, i) => (
                    <li key={i}>
                      {t('assessment.review.changeEntry', {
                        date: formatDateTime(c.changedAt),
                        name: c.changedByName,
                        from: score(c.previousScore),
                        to: score(c.nextScore),
                      })}
                      <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                        {t('assessment.review.changeReason', { reason: c.reason })}
                      </Box>
                    </li>
                  ))}
                </Stack>
              </Alert>
            )}
            {q.feedbackHtml && q.feedbackHtml.length > 0 && (
              <Alert severity="info" icon={false} sx={{ mt: 2 }}>
                {q.feedbackHtml.map((html, i) => (
                  <LessonBody key={i} html={html} />
                ))}
              </Alert>
            )}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
