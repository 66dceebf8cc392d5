import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import CheckCircle from '@mui/icons-material/CheckCircle';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import OpenInNew from '@mui/icons-material/OpenInNew';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  Link as MuiLink,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditStepsText } from '../../record/lib/creditSteps';
import { Link, useParams } from 'react-router';
import type { LearningRecordFieldsFragment, LessonFieldsFragment, ModuleLessonsQuery as ModuleLessonsData } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatBytes, formatDate, formatJp } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { LessonKindIcon } from '../components/chips';
import { EmbeddedVideo } from '../components/EmbeddedVideo';
import { formatMinutes } from '../components/learningFormat';
import { LessonBody } from '../components/LessonBody';
import { ModuleOutline } from '../components/ModuleOutline';
import { useLessonHeartbeat } from '../components/useLessonHeartbeat';
import { YourVersionNote } from '../components/YourVersionNote';
import { CompleteLessonMutation, EnrollInModuleMutation, ModuleLessonsQuery } from '../graphql/learning';

type Module = ModuleLessonsData['courseModule'];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A link straight to a video file, which the browser can play (and tell when it ended). */
const VIDEO_FILE = /\.(mp4|webm|ogv)(\?|#|$)/i;

/**
 * The lesson itself, by kind. `sentinel` marks the end of a text; `onViewedToEnd` is called when
 * a video (a file, or a YouTube or Vimeo player) has played to its end.
 */
function LessonContent({
  lesson,
  moduleId,
  sentinel,
  onViewedToEnd,
}: {
  lesson: LessonFieldsFragment;
  moduleId: string;
  sentinel: (el: HTMLDivElement | null) => void;
  onViewedToEnd?: () => void;
}) {
  const { t } = useTranslation();
  switch (lesson.kind) {
    case 'QUIZ':
      return (
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Typography sx={{ flex: 1, minWidth: 200 }}>{t('learning.lesson.quizBody')}</Typography>
          <Button variant="contained" component={Link} to={`/modul/${moduleId}/kuis/${lesson.id}`}>
            {t('learning.lesson.openQuiz')}
          </Button>
        </Paper>
      );
    case 'TEXT':
      return (
        <>
          {lesson.bodyHtml ? (
            <LessonBody html={lesson.bodyHtml} />
          ) : (
            <Typography color="text.secondary">{t('learning.lesson.noText')}</Typography>
          )}
          <Box ref={sentinel} data-testid="lesson-end" sx={{ height: 1 }} />
        </>
      );
    case 'VIDEO':
      if (!lesson.embedUrl && lesson.url && VIDEO_FILE.test(lesson.url)) {
        return (
          <Box
            component="video"
            controls
            preload="metadata"
            src={lesson.url}
            title={lesson.title}
            onEnded={onViewedToEnd}
            data-testid="lesson-video"
            sx={{ width: '100%', aspectRatio: '16 / 9', bgcolor: 'common.black', borderRadius: 1 }}
          />
        );
      }
      return lesson.embedUrl ? (
        <Stack spacing={1}>
          <EmbeddedVideo embedUrl={lesson.embedUrl} title={lesson.title} onEnded={onViewedToEnd} />
          {onViewedToEnd && (
            <Typography variant="body2" color="text.secondary">
              {t('learning.lesson.videoEndsLesson')}
            </Typography>
          )}
          {lesson.url && (
            <Typography variant="body2" color="text.secondary">
              <MuiLink href={lesson.url} target="_blank" rel="noopener noreferrer">
                {t('learning.lesson.openVideoSite', { host: hostOf(lesson.url) })}
              </MuiLink>
            </Typography>
          )}
        </Stack>
      ) : lesson.url ? (
        <Button
          variant="contained"
          href={lesson.url}
          target="_blank"
          rel="noopener noreferrer"
          endIcon={<OpenInNew />}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('learning.lesson.openVideo', { host: hostOf(lesson.url) })}
        </Button>
      ) : (
        <Typography color="text.secondary">{t('learning.lesson.noLink')}</Typography>
      );
    case 'FILE':
      return lesson.file ? (
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <AttachFileOutlined color="action" />
          <Box sx={{ flex: 1, minWidth: 160 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{lesson.file.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {formatBytes(lesson.file.size)}
            </Typography>
          </Box>
          <Button variant="contained" href={lesson.file.url} download={lesson.file.name} startIcon={<DownloadOutlined />}>
            {t('learning.lesson.download')}
          </Button>
        </Paper>
      ) : (
        <Typography color="text.secondary">{t('learning.lesson.noFile')}</Typography>
      );
    case 'LINK':
      return lesson.url ? (
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Box sx={{ flex: 1, minWidth: 160 }}>
            <Typography sx={{ fontWeight: 600 }}>{hostOf(lesson.url)}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {lesson.url}
            </Typography>
          </Box>
          <Button variant="contained" href={lesson.url} target="_blank" rel="noopener noreferrer" endIcon={<OpenInNew />}>
            {t('learning.lesson.openLink')}
          </Button>
        </Paper>
      ) : (
        <Typography color="text.secondary">{t('learning.lesson.noLink')}</Typography>
      );
  }
}

/**
 * The module is finished: the JP the server credited (as it gives them), or, when another version
 * of the module already credited them, that earlier record (a module credits once).
 */
function Celebration({
  record,
  creditedEarlier,
  jpValue,
  onClose,
}: {
  record: LearningRecordFieldsFragment | null;
  creditedEarlier: LearningRecordFieldsFragment | null;
  jpValue: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="module-done-title">
      <DialogContent sx={{ textAlign: 'center', pt: 4 }} data-testid="module-completed">
        {/* A trophy only for JP earned: finishing a module that credits nothing is said plainly. */}
        {record && record.jp > 0 && <EmojiEventsOutlined sx={{ fontSize: 72, color: 'secondary.main' }} />}
        <DialogTitle id="module-done-title" sx={{ p: 0, mt: 1 }}>
          {record && record.jp > 0 ? t('learning.lesson.moduleDoneTitle') : t('learning.lesson.moduleDoneNoJpTitle')}
        </DialogTitle>
        {record && record.jp === 0 && (
          <Typography sx={{ mt: 2 }}>{t('learning.lesson.moduleDoneNoJpBody', { stated: formatJp(jpValue) })}</Typography>
        )}
        {record && record.jp > 0 && (
          <>
            <Typography variant="h1" component="p" sx={{ my: 2, color: 'success.main' }}>
              +{formatJp(record.jp)}
            </Typography>
            <Typography>{t('learning.lesson.moduleDoneBody', { jp: formatJp(record.jp) })}</Typography>
          </>
        )}
        {creditedEarlier && (
          <Typography sx={{ mt: 2 }}>
            {t('learning.lesson.creditedEarlier', {
              jp: formatJp(creditedEarlier.jp),
              title: creditedEarlier.title,
              date: formatDate(creditedEarlier.endDate),
            })}
          </Typography>
        )}
        {record?.status === 'PENDING' && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('learning.lesson.pendingNote')}
          </Typography>
        )}
        {record && record.jp > 0 && record.jp < jpValue && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('learning.lesson.cappedNote', { note: creditStepsText(t, i18n.language, record.creditSteps) })}
          </Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 3, justifyContent: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button variant="contained" component={Link} to="/">
          {t('learning.lesson.toDashboard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

type Celebrated = { record: LearningRecordFieldsFragment | null; creditedEarlier: LearningRecordFieldsFragment | null };

/** Marks a lesson done once per visit (by hand or by reaching its end), and what finishing the module earned. */
function useLessonCompletion(lessonId: string) {
  const [complete, completing] = useMutation(CompleteLessonMutation, { refetchQueries: ['MyLearning'] });
  const [error, setError] = useState<unknown>(null);
  const [celebrate, setCelebrate] = useState<Celebrated | null>(null);
  const sent = useRef(false);

  const markDone = useCallback(
    async (how: 'MANUAL' | 'VIEWED_TO_END') => {
      if (sent.current) return;
      sent.current = true;
      setError(null);
      try {
        const result = await complete({ variables: { input: { lessonId, how } } });
        const payload = result.data!.completeLesson;
        if (payload.moduleCompleted) setCelebrate({ record: payload.record ?? null, creditedEarlier: payload.creditedEarlier ?? null });
      } catch (err) {
        sent.current = false;
        setError(err);
      }
    },
    [complete, lessonId],
  );
  return { markDone, completing: completing.loading, error, setError, celebrate, setCelebrate };
}

/** Above the lesson: the preview banner for authors, the way to enrol, or the learner's progress. */
function LessonStatus({
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

/** Under the lesson: marking it done (quizzes finish by their attempt), and the previous and next lesson. */
function LessonNav({
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

function LessonPlayer({ module: m, lessonId }: { module: Module; lessonId: string }) {
  const { t } = useTranslation();
  const lessons = m.sections.flatMap((s) => s.lessons);
  const index = lessons.findIndex((l) => l.id === lessonId);
  const lesson = lessons[index] as LessonFieldsFragment | undefined;
  const enrollment = m.myEnrollment;
  const preview = m.viewerCan.edit && !enrollment;
  const done = !!enrollment?.doneLessonIds.includes(lessonId);
  // Before the last required lesson: what finishing today credits, when that is less than the module states.
  const remaining = m.sections.flatMap((s) => s.lessons).filter((l) => l.required && !enrollment?.doneLessonIds.includes(l.id));
  const lastLesson = !!enrollment && !enrollment.completedAt && remaining.length === 1 && remaining[0].id === lessonId;
  const credit = lastLesson ? enrollment?.completionCredit : null;
  const creditShort = !!credit && credit.reason !== 'FULL';
  const [enroll, enrolling] = useMutation(EnrollInModuleMutation);
  const { markDone, completing, error, setError, celebrate, setCelebrate } = useLessonCompletion(lessonId);
  // The time on a lesson counts toward the module's credit until the module is finished.
  useLessonHeartbeat(lessonId, !!enrollment && !enrollment.completedAt && !!lesson);

  // A text counts as read once its end comes into view (once per visit). Each lesson has its own
  // path, so the layout has scrolled it to its top before this effect starts watching.
  const [sentinel, setSentinel] = useState<HTMLDivElement | null>(null);
  // Finishing for less than the module states is the learner's choice: no finishing by scrolling then.
  const autoComplete = lesson?.kind === 'TEXT' && !!enrollment && !done && !creditShort;
  useEffect(() => {
    if (!sentinel || !autoComplete) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void markDone('VIEWED_TO_END');
      }
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [sentinel, autoComplete, markDone]);

  if (!lesson) {
    return (
      <EmptyState
        title={t('learning.lesson.notFoundTitle')}
        body={t('learning.lesson.notFoundBody')}
        action={
          <Button variant="outlined" component={Link} to={`/modul/${m.id}`}>
            {t('learning.lesson.backToModule')}
          </Button>
        }
      />
    );
  }
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const sectionIndex = m.sections.findIndex((s) => s.lessons.some((l) => l.id === lessonId));

  return (
    <>
      <Button
        startIcon={<ArrowBack />}
        component={Link}
        to={`/modul/${m.id}`}
        sx={{ mb: 1, maxWidth: '100%', justifyContent: 'flex-start', '& > span:last-of-type': { overflow: 'hidden' } }}
      >
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {m.title}
        </Box>
      </Button>
      <LessonStatus
        module={m}
        preview={preview}
        position={{ n: index + 1, total: lessons.length }}
        enrolling={enrolling.loading}
        onEnroll={() => void enroll({ variables: { input: { moduleId: m.id } } }).catch(setError)}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Card variant="outlined">
            <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
              <Stack
                direction="row"
                spacing={1}
                sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, mb: 1, color: 'text.secondary' }}
              >
                <LessonKindIcon kind={lesson.kind} fontSize="small" />
                <Typography variant="body2">
                  {t('learning.sectionN', { n: sectionIndex + 1 })} · {t(`learning.kind.${lesson.kind}`)}
                  {lesson.durationMinutes ? ` · ${formatMinutes(lesson.durationMinutes)}` : ''}
                </Typography>
                {!lesson.required && <Chip size="small" variant="outlined" label={t('learning.optional')} />}
                {m.creditsMeasuredTime && enrollment && (
                  <Typography variant="body2" data-testid="lesson-time-counted" role="status">
                    {lesson.durationMinutes
                      ? t('learning.lesson.timeCountedOf', { counted: lesson.myMinutesCounted ?? 0, duration: lesson.durationMinutes })
                      : t('learning.lesson.timeCounted', { counted: lesson.myMinutesCounted ?? 0 })}
                  </Typography>
                )}
              </Stack>
              <Typography variant="h1" sx={{ mb: 3, overflowWrap: 'anywhere' }}>
                {lesson.title}
              </Typography>
              <LessonContent
                lesson={lesson}
                moduleId={m.id}
                sentinel={setSentinel}
                onViewedToEnd={enrollment && !done && !creditShort ? () => void markDone('VIEWED_TO_END') : undefined}
              />
            </CardContent>
          </Card>
          {error != null && (
            <Box sx={{ mt: 2 }}>
              <ErrorAlert error={error} />
            </Box>
          )}
          {credit && creditShort && !done && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="completion-credit">
              <AlertTitle>
                {t('learning.lesson.lastLessonTitle', { jp: formatJp(credit.jp), stated: formatJp(credit.statedJp) })}
              </AlertTitle>
              {credit.reason === 'CREDITED_EARLIER'
                ? t('learning.lesson.lastLessonEarlier')
                : credit.reason === 'MEASURED_TIME'
                  ? t('learning.lesson.lastLessonMeasured', {
                      minutes: credit.measuredMinutes ?? 0,
                      form: credit.formName,
                      stated: formatJp(credit.statedJp),
                    })
                  : t('learning.lesson.lastLessonCapped', {
                      form: credit.formName,
                      cap: credit.maxJpPerDay != null ? formatJp(credit.maxJpPerDay) : '',
                    })}
            </Alert>
          )}
          <LessonNav
            moduleId={m.id}
            prevId={prev?.id}
            nextId={next?.id}
            enrolled={!!enrollment}
            done={done}
            quiz={lesson.kind === 'QUIZ'}
            completing={completing}
            onMarkDone={() => void markDone('MANUAL')}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                {t('learning.module.outline')}
              </Typography>
              <ModuleOutline
                moduleId={m.id}
                sections={m.sections}
                doneIds={enrollment?.doneLessonIds ?? []}
                linkable
                currentLessonId={lessonId}
              />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {celebrate && (
        <Celebration
          record={celebrate.record}
          creditedEarlier={celebrate.creditedEarlier}
          jpValue={m.jpValue}
          onClose={() => setCelebrate(null)}
        />
      )}
    </>
  );
}

export function LessonPage() {
  const { id, lessonId } = useParams<{ id: string; lessonId: string }>();
  const result = useQuery(ModuleLessonsQuery, { variables: { id: id! } });
  return (
    <Cell result={result} loading={<SkeletonRows rows={8} height={48} />}>
      {({ courseModule }) => <LessonPlayer key={lessonId} module={courseModule} lessonId={lessonId!} />}
    </Cell>
  );
}
