import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  List,
  ListItem,
  ListItemText,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { GRADING_LIMITS } from '@komunitas-pintar/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GradingItemFieldsFragment, GradingItemSummaryFieldsFragment, GradingQueueFilter, GradingStatus } from '../../../gql/graphql';
import { SkeletonRows } from '../../../ui/Cell';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { errorCode, fieldErrorList } from '../../../ui/errors';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { withinLimits } from '../../../ui/limits';
import { formatDateTime, formatNumber, parseDecimal } from '../../../ui/format';
import { FilterSelect } from '../../../ui/FilterSelect';
import { ListFilters, ListHeading, ListPage, ListRows } from '../../../ui/ListPage';
import { ListTabs } from '../../../ui/ListTabs';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useNotice } from '../../../ui/useNotice';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { LessonBody } from '../../learning/components/LessonBody';
import { InlineHtml } from '../components/QuestionAnswer';
import { GradeResponseMutation, GradingItemQuery, GradingQueueQuery, GradingQuizzesQuery } from '../graphql/assessment';

const points = (n: number) => formatNumber(n, n % 1 ? 2 : 0);

/** A question's safe HTML as one plain line, for the list. */
const plain = (html: string) => (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The changes made to a released grade: when, by whom, the score before and after, why. */
function GradeHistory({ history }: { history: GradingItemFieldsFragment['history'] }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-label={t('assessment.queue.history')} data-testid="grade-history">
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {t('assessment.queue.history')}
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('assessment.queue.noHistory')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {history.map((h, i) => (
            <ListItem key={i} disableGutters divider={i < history.length - 1}>
              <ListItemText
                primary={t('assessment.queue.historyScore', { from: points(h.previousScore), to: points(h.nextScore) })}
                secondary={
                  <>
                    <Box component="span" sx={{ display: 'block' }}>
                      {t('assessment.queue.historyEntry', { date: formatDateTime(h.changedAt), name: h.changedByName })}
                    </Box>
                    <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                      {t('assessment.queue.historyReason', { reason: h.reason })}
                    </Box>
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}

/**
 * Grades one response: the question, the learner's answer, a score up to the server's maximum (or
 * a level and a comment per rubric criterion), a comment. A released grade is changed with a reason.
 */
function GradeDialog({
  item,
  override = false,
  onClose,
  onGraded,
}: {
  item: GradingItemFieldsFragment;
  /** An automatically scored response: the new score is confirmed before it is saved. */
  override?: boolean;
  onClose: () => void;
  onGraded: (graded: GradingItemFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [score, setScore] = useState(item.score != null ? String(item.score).replace('.', ',') : '');
  const [feedback, setFeedback] = useState(item.feedback ?? '');
  const [reason, setReason] = useState('');
  const rubric = item.rubric;
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries((item.scoring ?? []).map((c) => [c.criterionId, c.levelId])),
  );
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries((item.scoring ?? []).map((c) => [c.criterionId, c.feedback ?? ''])),
  );
  const [error, setError] = useState<unknown>(null);
  const [grade, grading] = useMutation(GradeResponseMutation, { refetchQueries: ['GradingQueue'] });
  const value = parseDecimal(score);
  const errors = error ? fieldErrors(error, t) : {};
  const scoreError = error && fieldErrorList(error).some((f) => f.rule === 'SCORE_RANGE');
  const max = points(item.maxScore);
  const unscored = rubric?.criteria.filter((c) => !levels[c.id]) ?? [];
  const missing = [
    ...(rubric ? unscored.map((c) => c.title) : value === null ? [t('assessment.queue.score')] : []),
    ...(item.released && !reason.trim() ? [t('assessment.queue.reason')] : []),
  ];
  const fits = withinLimits([
    [feedback, GRADING_LIMITS.feedbackMax],
    [reason, GRADING_LIMITS.reasonMax],
    ...Object.values(comments).map((c) => [c, GRADING_LIMITS.criterionFeedbackMax] as const),
  ]);
  const save = () =>
    void grade({
      variables: {
        input: {
          attemptId: item.attemptId,
          questionId: item.questionId,
          ...(rubric
            ? {
                scoring: rubric.criteria.map((c) => ({
                  criterionId: c.id,
                  levelId: levels[c.id],
                  feedback: comments[c.id]?.trim() || null,
                })),
              }
            : { score: value! }),
          feedback: feedback.trim() || null,
          reason: item.released ? reason : null,
        },
      },
    })
      .then((r) => onGraded(r.data!.gradeResponse))
      .catch((e: unknown) => {
        setConfirming(false);
        setError(e);
      });
  return (
    <>
      <FormDialog
        title={t(
          override ? 'assessment.queue.overrideTitle' : item.released ? 'assessment.queue.changeTitle' : 'assessment.queue.dialogTitle',
          {
            name: item.learnerName,
          },
        )}
        busy={grading.loading}
        error={error}
        canSubmit={missing.length === 0 && fits}
        missing={missing}
        submitLabel={t(
          override ? 'assessment.queue.overrideNext' : item.released ? 'assessment.queue.saveChange' : 'assessment.queue.save',
        )}
        onSubmit={() => (override ? setConfirming(true) : save())}
        onClose={onClose}
        maxWidth="md"
      >
        <Typography variant="body2" color="text.secondary">
          {t('assessment.queue.context', {
            quiz: item.quizTitle,
            module: item.moduleTitle,
            n: item.attemptNumber,
            date: formatDateTime(item.submittedAt),
          })}
        </Typography>
        <Box>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {t('assessment.queue.question')}
          </Typography>
          <LessonBody html={item.questionHtml} />
        </Box>
        {item.graderNotesHtml && (
          <Paper variant="outlined" sx={{ p: 1.5, bgcolor: 'action.hover' }}>
            <Typography variant="subtitle2" component="h3" gutterBottom>
              {t('assessment.queue.graderNotes')}
            </Typography>
            <LessonBody html={item.graderNotesHtml} />
          </Paper>
        )}
        <Box>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {t('assessment.queue.answer')}
          </Typography>
          <Paper
            variant="outlined"
            sx={{ p: 1.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 360, overflow: 'auto' }}
            data-testid="grading-answer"
            tabIndex={0}
          >
            <LearnerAnswer item={item} />
          </Paper>
          {item.outcome && item.outcome !== 'PENDING' && (
            <Chip
              size="small"
              variant="outlined"
              sx={{ mt: 1 }}
              label={t('assessment.queue.scoredAs', {
                outcome: t(`assessment.outcome.${item.outcome}`),
                score: points(item.score ?? 0),
                max,
              })}
            />
          )}
        </Box>
        {rubric ? (
          <Stack spacing={2} component="section" aria-label={t('assessment.queue.rubric', { max })}>
            <Typography variant="subtitle2" component="h3">
              {t('assessment.queue.rubric', { max })}
            </Typography>
            {rubric.criteria.map((c) => (
              <FormControl key={c.id} component="fieldset" required>
                <FormLabel component="legend">{c.title}</FormLabel>
                {c.description && (
                  <Typography variant="body2" color="text.secondary">
                    {c.description}
                  </Typography>
                )}
                <RadioGroup value={levels[c.id] ?? ''} onChange={(e) => setLevels({ ...levels, [c.id]: e.target.value })}>
                  {c.levels.map((l) => (
                    <FormControlLabel
                      key={l.id}
                      value={l.id}
                      control={<Radio />}
                      label={t('assessment.queue.level', { title: l.title, points: points(l.points) })}
                    />
                  ))}
                </RadioGroup>
                <LimitedTextField
                  label={t('assessment.queue.criterionFeedback', { criterion: c.title })}
                  helperText={t('assessment.queue.criterionFeedbackHint')}
                  value={comments[c.id] ?? ''}
                  onChange={(e) => setComments({ ...comments, [c.id]: e.target.value })}
                  maxChars={GRADING_LIMITS.criterionFeedbackMax}
                  size="small"
                  multiline
                  sx={{ mt: 1 }}
                />
              </FormControl>
            ))}
          </Stack>
        ) : (
          <TextField
            label={t('assessment.queue.scoreOf', { max })}
            value={score}
            onChange={(e) => setScore(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            error={!!scoreError}
            helperText={scoreError ? t('assessment.queue.scoreRange', { max }) : t('assessment.queue.scoreHint', { max })}
            required
            autoFocus
            sx={{ maxWidth: 240 }}
          />
        )}
        <LimitedTextField
          label={t('assessment.queue.feedback')}
          helperText={errors.feedback ?? t('assessment.queue.feedbackHint')}
          error={!!errors.feedback}
          value={feedback}
          onChange={(e) => setFeedback(e.target.value)}
          maxChars={GRADING_LIMITS.feedbackMax}
          multiline
          minRows={3}
        />
        {item.released && (
          <>
            <LimitedTextField
              label={t('assessment.queue.reason')}
              helperText={errors.reason ?? t('assessment.queue.reasonHint')}
              error={!!errors.reason}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxChars={GRADING_LIMITS.reasonMax}
              multiline
              required
            />
            <GradeHistory history={item.history} />
          </>
        )}
      </FormDialog>
      {confirming && (
        <ConfirmDialog
          title={t('assessment.queue.overrideConfirmTitle')}
          body={t('assessment.queue.overrideConfirmBody', {
            name: item.learnerName,
            from: points(item.score ?? 0),
            to: points(value ?? 0),
          })}
          confirmLabel={t('assessment.queue.overrideConfirm')}
          busy={grading.loading}
          onConfirm={save}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}

/** Loads the response with all it takes to grade it, then shows the grading form. */
function LoadedGradeDialog({
  item,
  ...props
}: {
  item: GradingItemSummaryFieldsFragment;
  override: boolean;
  onClose: () => void;
  onGraded: (graded: GradingItemFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const result = useQuery(GradingItemQuery, {
    variables: { attemptId: item.attemptId, questionId: item.questionId },
    fetchPolicy: 'network-only',
  });
  if (result.data) return <GradeDialog item={result.data.gradingItem} {...props} />;
  return (
    <Dialog open onClose={props.onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{item.learnerName}</DialogTitle>
      <DialogContent dividers>{result.error ? <ErrorAlert error={result.error} /> : <SkeletonRows rows={3} height={56} />}</DialogContent>
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button onClick={props.onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The learner's answer as given: the chosen options, true or false, or the typed text. */
function LearnerAnswer({ item }: { item: GradingItemFieldsFragment }) {
  const { t } = useTranslation();
  if (item.chosenOptionsHtml) {
    if (item.chosenOptionsHtml.length === 0) return <>{t('assessment.review.noAnswer')}</>;
    return (
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5, whiteSpace: 'normal' }}>
        {item.chosenOptionsHtml.map((html, i) => (
          <li key={i}>
            <InlineHtml html={html} />
          </li>
        ))}
      </Stack>
    );
  }
  if (item.questionType === 'TRUE_FALSE') {
    return (
      <>{item.responseTruth == null ? t('assessment.review.noAnswer') : t(item.responseTruth ? 'assessment.true' : 'assessment.false')}</>
    );
  }
  return <>{item.responseText || t('assessment.queue.noText')}</>;
}

/** After an override: the new score and the response's history, as the learner will see it. */
function OverriddenDialog({ item, onClose }: { item: GradingItemFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const latest = item.history[item.history.length - 1];
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('assessment.queue.overriddenTitle')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography>
            {t('assessment.queue.overriddenBody', {
              name: item.learnerName,
              quiz: item.quizTitle,
              from: points(latest?.previousScore ?? 0),
              to: points(item.score ?? 0),
              max: points(item.maxScore),
            })}
          </Typography>
          <GradeHistory history={item.history} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button variant="contained" onClick={onClose} autoFocus>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** One response in either list: who, which question, where, and (graded) the score and its changes. */
function ItemSummary({ item }: { item: GradingItemSummaryFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <ListItemText
      sx={{ flex: 1, minWidth: 0 }}
      primary={item.learnerName}
      secondary={
        <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
          <Box
            component="span"
            sx={{
              color: 'text.primary',
              overflowWrap: 'anywhere',
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {plain(item.questionHtml)}
          </Box>
          <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
            {t('assessment.queue.where', { quiz: item.quizTitle, module: item.moduleTitle })}
          </Box>
          <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
            <Chip component="span" size="small" label={t(`assessment.type.${item.questionType}`)} />
            {item.released && item.score != null ? (
              <Chip
                component="span"
                size="small"
                color="primary"
                variant="outlined"
                label={t('assessment.queue.currentScore', { score: points(item.score), max: points(item.maxScore) })}
              />
            ) : (
              <Chip component="span" size="small" variant="outlined" label={t('assessment.points', { points: points(item.maxScore) })} />
            )}
            {item.history.length > 0 && (
              <Chip
                component="span"
                size="small"
                color="warning"
                variant="outlined"
                label={t('assessment.queue.changed', { count: item.history.length })}
              />
            )}
            <Box component="span">
              {item.released && item.gradedAt
                ? t('assessment.queue.gradedOn', { date: formatDateTime(item.gradedAt) })
                : t('assessment.queue.submitted', { date: formatDateTime(item.submittedAt) })}
            </Box>
          </Box>
        </Box>
      }
    />
  );
}

/** The lists' statuses as the address names them (the waiting list has none). */
const PARAM_OF: Record<GradingStatus, string> = { WAITING: '', GRADED: 'dinilai', AUTO: 'otomatis' };
const STATUS_OF: Record<string, GradingStatus> = { dinilai: 'GRADED', otomatis: 'AUTO' };
const STATUSES: readonly GradingStatus[] = ['WAITING', 'GRADED', 'AUTO'];

/** Each list's wording. */
const TEXTS: Record<GradingStatus, { subtitle: string; emptyTitle: string; emptyBody: string; count: string; tab: string }> = {
  WAITING: {
    subtitle: 'assessment.queue.subtitle',
    emptyTitle: 'assessment.queue.emptyTitle',
    emptyBody: 'assessment.queue.emptyBody',
    count: 'assessment.queue.waiting',
    tab: 'assessment.queue.tabWaiting',
  },
  GRADED: {
    subtitle: 'assessment.queue.gradedSubtitle',
    emptyTitle: 'assessment.queue.gradedEmptyTitle',
    emptyBody: 'assessment.queue.gradedEmptyBody',
    count: 'assessment.queue.graded',
    tab: 'assessment.queue.tabGraded',
  },
  AUTO: {
    subtitle: 'assessment.queue.autoSubtitle',
    emptyTitle: 'assessment.queue.autoEmptyTitle',
    emptyBody: 'assessment.queue.autoEmptyBody',
    count: 'assessment.queue.auto',
    tab: 'assessment.queue.tabAuto',
  },
};

/**
 * Whether the server refused the queue's quiz filter: no quiz the viewer may filter by has that id
 * (deleted since the link was made, never one, or another trainer's, which the server does not tell
 * apart). The server decides; the page only reads its answer.
 */
const quizRefused = (error: unknown) => errorCode(error) === 'BAD_USER_INPUT' && fieldErrorList(error).some((f) => f.field === 'lessonId');

/**
 * One list of the page (a tab), loaded on its own so another tab's rows never show under it. A quiz
 * filter the server refuses is handed to `onQuizRefused` (the rows wait as loading meanwhile).
 */
function GradingList({
  status,
  filter,
  onOpen,
  onQuizRefused,
}: {
  status: GradingStatus;
  filter: GradingQueueFilter;
  onOpen: (item: GradingItemSummaryFieldsFragment) => void;
  onQuizRefused: () => void;
}) {
  const { t } = useTranslation();
  const url = useUrlState();
  const auto = status === 'AUTO';
  const text = TEXTS[status];
  const result = withPrevious(useQuery(GradingQueueQuery, { variables: { page: url.pageInput, status, filter } }));
  const filtered = !!(filter.lessonId || filter.search);
  const refused = !!filter.lessonId && quizRefused(result.error);
  useEffect(() => {
    if (refused) onQuizRefused();
  }, [refused, onQuizRefused]);
  return (
    <ListRows
      result={refused ? { loading: true } : result}
      total={result.data?.gradingQueue.total}
      pager={url.pager}
      loading={<SkeletonRows rows={5} height={72} />}
      isEmpty={(d) => d.gradingQueue.total === 0}
      empty={
        <EmptyState
          icon={<RateReviewOutlined fontSize="inherit" />}
          title={t(filtered ? 'assessment.queue.noneFoundTitle' : text.emptyTitle)}
          body={t(filtered ? 'assessment.queue.noneFoundBody' : text.emptyBody)}
        />
      }
    >
      {({ gradingQueue: page }) => (
        <>
          <ListHeading announce>{t(text.count, { count: page.total })}</ListHeading>
          <List disablePadding aria-label={t(text.tab)}>
            {page.items.map((item) => (
              <ListItem key={`${item.attemptId}:${item.questionId}`} divider>
                <Stack
                  direction={{ xs: 'column', sm: 'row' }}
                  spacing={1}
                  sx={{ width: '100%', alignItems: { xs: 'stretch', sm: 'center' } }}
                >
                  <ItemSummary item={item} />
                  <Button
                    variant="outlined"
                    onClick={() => onOpen(item)}
                    aria-label={t(
                      auto ? 'assessment.queue.overrideOf' : item.released ? 'assessment.queue.changeOf' : 'assessment.queue.gradeOf',
                      { name: item.learnerName, quiz: item.quizTitle },
                    )}
                    sx={{ flexShrink: 0 }}
                  >
                    {t(auto ? 'assessment.queue.override' : item.released ? 'assessment.queue.change' : 'assessment.queue.grade')}
                  </Button>
                </Stack>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </ListRows>
  );
}

/**
 * The trainer's grading page: essays of submitted attempts in their modules waiting for a grade,
 * the longest waiting first; (second tab) the grades already released, where a grade is changed
 * with a reason and its history shown; (third tab) the automatically scored responses, whose score
 * is overridden with a reason and a confirmation, the history shown after.
 */
export function GradingPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const status: GradingStatus = STATUS_OF[url.get('status')] ?? 'WAITING';
  const auto = status === 'AUTO';
  const [search, setSearch] = useState(url.get('cari'));
  const debounced = useDebounced(search.trim(), 300);
  const quizzes = useQuery(GradingQuizzesQuery).data?.gradingQuizzes ?? [];
  const lessonId = url.get('kuis');
  const filter = { lessonId: lessonId || undefined, search: debounced || undefined };
  const [grading, setGrading] = useState<GradingItemSummaryFieldsFragment | null>(null);
  const [overridden, setOverridden] = useState<GradingItemFieldsFragment | null>(null);
  /** The address named a quiz the server refused: the filter was dropped, and this says why. */
  const [quizGone, setQuizGone] = useState(false);
  const notice = useNotice();
  const dropQuiz = () => {
    setQuizGone(true);
    url.set({ kuis: '' });
  };
  return (
    <>
      <ListPage
        title={t('assessment.queue.title')}
        subtitle={t(TEXTS[status].subtitle)}
        tabs={
          <ListTabs
            value={status}
            onChange={(next) => url.set({ status: PARAM_OF[next] })}
            tabs={STATUSES.map((key) => ({ key, label: t(TEXTS[key].tab) }))}
          />
        }
        filters={
          <ListFilters>
            <Grid size={{ xs: 12, md: 6 }}>
              <FilterSelect
                label={t('assessment.queue.quizFilter')}
                allLabel={t('assessment.queue.allQuizzes')}
                value={quizzes.some((q) => q.lessonId === lessonId) ? lessonId : ''}
                onChange={(kuis) => {
                  setQuizGone(false);
                  url.set({ kuis });
                }}
                options={quizzes.map((q) => ({
                  value: q.lessonId,
                  label: t('assessment.queue.where', { quiz: q.title, module: q.moduleTitle }),
                }))}
                sx={{ width: '100%' }}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <SearchField
                label={t('assessment.queue.searchLearner')}
                value={search}
                onChange={(v) => {
                  setSearch(v);
                  url.set({ cari: v });
                }}
              />
            </Grid>
          </ListFilters>
        }
        rows={
          <>
            {quizGone && (
              <Alert severity="info" role="status" onClose={() => setQuizGone(false)} sx={{ m: 2, mb: 0 }}>
                {t('assessment.queue.quizGone')}
              </Alert>
            )}
            <GradingList key={status} status={status} filter={filter} onOpen={setGrading} onQuizRefused={dropQuiz} />
          </>
        }
      />
      {grading && (
        <LoadedGradeDialog
          item={grading}
          override={auto}
          onClose={() => setGrading(null)}
          onGraded={(graded) => {
            const changed = grading.released;
            setGrading(null);
            if (auto) setOverridden(graded);
            else notice.show(t(changed ? 'assessment.queue.changeSaved' : 'assessment.queue.saved'));
          }}
        />
      )}
      {overridden && <OverriddenDialog item={overridden} onClose={() => setOverridden(null)} />}
      {notice.element}
    </>
  );
}
