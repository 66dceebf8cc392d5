import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Button, Card, CardContent, Grid, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LessonFieldsFragment, ModuleLessonsQuery as ModuleLessonsData } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LastLessonCredit, LessonMeta } from '../components/LessonCredit';
import { LessonContent } from '../components/LessonContent';
import { LessonNav } from '../components/LessonNav';
import { LessonStatus } from '../components/LessonStatus';
import { ModuleDoneDialog } from '../components/ModuleDoneDialog';
import { ModuleOutline } from '../components/ModuleOutline';
import { useLessonCompletion } from '../components/useLessonCompletion';
import { useLessonHeartbeat } from '../components/useLessonHeartbeat';
import { EnrollInModuleMutation, ModuleLessonsQuery } from '../graphql/learning';

type Module = ModuleLessonsData['courseModule'];

/**
 * One lesson of a module as the learner takes it (or its author previews it): the lesson by its
 * kind, the learner's progress and time counted, the way to the previous and next lesson, and what
 * finishing the module earned.
 */
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
              <LessonMeta lesson={lesson} sectionNumber={sectionIndex + 1} showTimeCounted={m.creditsMeasuredTime && !!enrollment} />
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
          {credit && creditShort && !done && <LastLessonCredit credit={credit} />}
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
        <ModuleDoneDialog
          moduleId={m.id}
          record={celebrate.record}
          creditedEarlier={celebrate.creditedEarlier}
          evidenceProposed={celebrate.evidenceProposed}
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
