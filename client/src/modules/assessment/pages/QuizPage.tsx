import ArrowBack from '@mui/icons-material/ArrowBack';
import PlayArrow from '@mui/icons-material/PlayArrow';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  List,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { QuizInfoFieldsFragment } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { EmptyState } from '../../../ui/EmptyState';
import { ExplainedErrorAlert } from '../../../ui/ExplainedErrorAlert';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { QuizLessonQuery, StartQuizAttemptMutation } from '../graphql/assessment';

const pct = (n: number) => `${formatNumber(n, n % 1 ? 2 : 0)}%`;

/** The quiz's rules as a learner reads them before starting. */
function QuizRules({ quiz }: { quiz: QuizInfoFieldsFragment }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('assessment.quiz.questions'), String(quiz.questionCount)],
    [
      t('assessment.quiz.timeLimit'),
      quiz.timeLimitMinutes ? t('assessment.quiz.minutes', { n: quiz.timeLimitMinutes }) : t('assessment.quiz.noLimit'),
    ],
    [
      t('assessment.quiz.attempts'),
      quiz.attemptsAllowed
        ? t('assessment.quiz.attemptsUsed', { used: quiz.myAttempts.length, allowed: quiz.attemptsAllowed })
        : t('assessment.quiz.unlimited'),
    ],
    [t('assessment.quiz.passMark'), quiz.passMarkPercent != null ? pct(quiz.passMarkPercent) : t('assessment.quiz.noPassMark')],
    [t('assessment.quiz.grading'), t(`assessment.grading.${quiz.gradingMethod}`)],
  ];
  if (quiz.opensAt) rows.push([t('assessment.quiz.opens'), formatDateTime(quiz.opensAt)]);
  if (quiz.closesAt) rows.push([t('assessment.quiz.closes'), formatDateTime(quiz.closesAt)]);
  rows.push([t('assessment.quiz.review'), t(`assessment.reviewTiming.score.${quiz.review.score}`)]);
  return <DetailList items={rows.map(([label, value]) => ({ label, value }))} />;
}

function QuizStart({
  moduleId,
  lessonId,
  quiz,
  enrolled,
}: {
  moduleId: string;
  lessonId: string;
  quiz: QuizInfoFieldsFragment;
  enrolled: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [start, starting] = useMutation(StartQuizAttemptMutation);
  const [error, setError] = useState<unknown>(null);
  const open = quiz.myAttempts.find((a) => a.status === 'OPEN');
  const begin = async () => {
    setError(null);
    try {
      const result = await start({ variables: { input: { lessonId } }, refetchQueries: ['QuizLesson'] });
      navigate(`/kuis/percobaan/${result.data!.startQuizAttempt.id}`);
    } catch (err) {
      setError(err);
    }
  };
  if (!enrolled) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" component={Link} to={`/modul/${moduleId}`}>
            {t('assessment.quiz.toModule')}
          </Button>
        }
      >
        {t('assessment.quiz.joinFirst')}
      </Alert>
    );
  }
  return (
    <Stack spacing={1}>
      {error != null && <ExplainedErrorAlert error={error} explain={{ CONFLICT: t('assessment.quiz.cannotStart') }} />}
      {quiz.viewerCan.startRefusal && !open && <Alert severity="info">{t(`assessment.quiz.refusal.${quiz.viewerCan.startRefusal}`)}</Alert>}
      {quiz.viewerCan.start && (
        <Box>
          <Button
            variant="contained"
            size="large"
            onClick={() => void begin()}
            disabled={starting.loading}
            startIcon={starting.loading ? <CircularProgress size={18} color="inherit" /> : <PlayArrow />}
          >
            {t(open ? 'assessment.quiz.resume' : quiz.myAttempts.length ? 'assessment.quiz.startAgain' : 'assessment.quiz.start')}
          </Button>
          {quiz.timeLimitMinutes && !open && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('assessment.quiz.timerNote', { n: quiz.timeLimitMinutes })}
            </Typography>
          )}
        </Box>
      )}
    </Stack>
  );
}

/** A quiz lesson: its rules, the learner's attempts and grade, and starting or resuming an attempt. */
export function QuizPage() {
  const { t } = useTranslation();
  const { id, lessonId } = useParams<{ id: string; lessonId: string }>();
  const result = useQuery(QuizLessonQuery, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  return (
    <Cell result={result} loading={<SkeletonRows rows={5} height={48} />}>
      {({ courseModule: m }) => {
        const lesson = m.sections.flatMap((s) => s.lessons).find((l) => l.id === lessonId);
        const quiz = lesson?.quiz;
        if (!lesson || !quiz) {
          return (
            <EmptyState
              heading="h1"
              title={t('assessment.quiz.notFoundTitle')}
              body={t('assessment.quiz.notFoundBody')}
              action={
                <Button component={Link} to={`/modul/${m.id}`}>
                  {t('assessment.quiz.toModule')}
                </Button>
              }
            />
          );
        }
        const done = !!m.myEnrollment?.doneLessonIds.includes(lesson.id);
        return (
          <Box sx={{ maxWidth: 860, mx: 'auto' }}>
            <Button
              startIcon={<ArrowBack />}
              component={Link}
              to={`/modul/${m.id}/pelajaran/${lesson.id}`}
              sx={{ mb: 1, maxWidth: '100%' }}
            >
              <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {m.title}
              </Box>
            </Button>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
              <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
                {lesson.title}
              </Typography>
              <Chip size="small" label={t(`assessment.role.${quiz.role}`)} />
              {done && <Chip size="small" color="success" label={t('assessment.quiz.done')} />}
            </Stack>
            <Stack spacing={2}>
              <Card variant="outlined">
                <CardContent>
                  <QuizRules quiz={quiz} />
                </CardContent>
              </Card>
              {quiz.myGrade && (
                <Alert severity={quiz.myGrade.passed ? 'success' : 'info'}>
                  {quiz.myGrade.percent != null
                    ? t('assessment.quiz.grade', { percent: pct(quiz.myGrade.percent) })
                    : t('assessment.quiz.gradePending')}
                  {quiz.myGrade.passed === false && quiz.passMarkPercent != null
                    ? ` ${t('assessment.quiz.belowPassMark', { mark: pct(quiz.passMarkPercent) })}`
                    : ''}
                </Alert>
              )}
              <QuizStart moduleId={m.id} lessonId={lesson.id} quiz={quiz} enrolled={!!m.myEnrollment} />
              {quiz.myAttempts.length > 0 && (
                <Card variant="outlined">
                  <CardContent>
                    <Typography variant="h3" component="h2" gutterBottom>
                      {t('assessment.quiz.myAttempts')}
                    </Typography>
                    <List disablePadding>
                      {quiz.myAttempts.map((a) => (
                        <ListItemButton key={a.id} component={Link} to={`/kuis/percobaan/${a.id}`} divider>
                          <ListItemText
                            primary={t('assessment.attemptN', { n: a.number })}
                            secondary={a.status === 'OPEN' ? t('assessment.quiz.inProgress') : formatDateTime(a.finishedAt)}
                          />
                          {a.percent != null && <Chip label={pct(a.percent)} />}
                          {a.pending && <Chip color="info" label={t('assessment.review.pending')} sx={{ ml: 1 }} />}
                        </ListItemButton>
                      ))}
                    </List>
                  </CardContent>
                </Card>
              )}
            </Stack>
          </Box>
        );
      }}
    </Cell>
  );
}
