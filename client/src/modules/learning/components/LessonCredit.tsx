import { Alert, AlertTitle, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LessonFieldsFragment, ModuleLessonsQuery } from '../../../gql/graphql';
import { formatJp } from '../../../ui/format';
import { LessonKindIcon } from './chips';
import { formatMinutes } from './learningFormat';

type CompletionCredit = NonNullable<NonNullable<ModuleLessonsQuery['courseModule']['myEnrollment']>['completionCredit']>;

/** Above the lesson's title: its section, kind and duration, and the time counted on it when the module credits measured time. */
export function LessonMeta({
  lesson,
  sectionNumber,
  showTimeCounted,
}: {
  lesson: LessonFieldsFragment;
  sectionNumber: number;
  showTimeCounted: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, mb: 1, color: 'text.secondary' }}>
      <LessonKindIcon kind={lesson.kind} fontSize="small" />
      <Typography variant="body2">
        {t('learning.sectionN', { n: sectionNumber })} · {t(`learning.kind.${lesson.kind}`)}
        {lesson.durationMinutes ? ` · ${formatMinutes(lesson.durationMinutes)}` : ''}
      </Typography>
      {!lesson.required && <Chip size="small" variant="outlined" label={t('learning.optional')} />}
      {showTimeCounted && (
        <Typography variant="body2" data-testid="lesson-time-counted" role="status">
          {lesson.durationMinutes
            ? t('learning.lesson.timeCountedOf', { counted: lesson.myMinutesCounted ?? 0, duration: lesson.durationMinutes })
            : t('learning.lesson.timeCounted', { counted: lesson.myMinutesCounted ?? 0 })}
        </Typography>
      )}
    </Stack>
  );
}

/** Before the last required lesson: what finishing today credits when that is less than the module states, and why. */
export function LastLessonCredit({ credit }: { credit: CompletionCredit }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" sx={{ mt: 2 }} data-testid="completion-credit">
      <AlertTitle>{t('learning.lesson.lastLessonTitle', { jp: formatJp(credit.jp), stated: formatJp(credit.statedJp) })}</AlertTitle>
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
  );
}
