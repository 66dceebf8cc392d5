import EditOutlined from '@mui/icons-material/EditOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import { Alert, Box, Button, Card, CardContent, CardMedia, Chip, CircularProgress, Divider, Grid, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageParts } from '../../../app/PageParts';
import type { ModuleDetailFieldsFragment } from '../../../gql/graphql';
import { BackButton } from '../../../ui/BackButton';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate, formatJp } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { ProgressBar } from '../../../ui/ProgressBar';
import { CompetencyChips, ModuleStatusChip } from '../components/chips';
import { formatMinutes } from '../components/learningFormat';
import { ModuleOutline } from '../components/ModuleOutline';
import { YourVersionNote } from '../components/YourVersionNote';
import { CourseModuleQuery, EnrollInModuleMutation, ModuleVersionsQuery } from '../graphql/learning';

/** For an archived version: the published version that replaced it, found by the shared code. */
function NewerVersionNote({ module: m }: { module: ModuleDetailFieldsFragment }) {
  const { t } = useTranslation();
  const versions = useQuery(ModuleVersionsQuery, { variables: { filter: { search: m.code } } });
  const newer = versions.data?.courseModules.items.find(
    (v) => v.moduleKey === m.moduleKey && v.version > m.version && v.status === 'PUBLISHED',
  );
  if (!newer) {
    return <Alert severity="info">{m.myEnrollment ? t('learning.module.archivedEnrolled') : t('learning.module.archived')}</Alert>;
  }
  return (
    <Alert severity="info">
      {t('learning.module.newerVersion', { version: newer.version })}
      {m.myEnrollment && ` ${t('learning.module.keepYourVersion')}`}
      <Box sx={{ mt: 1 }}>
        <Button color="inherit" size="small" variant="outlined" component={Link} to={`/modul/${newer.id}`}>
          {t('learning.module.openNewer')}
        </Button>
      </Box>
    </Alert>
  );
}

function firstLessonId(m: ModuleDetailFieldsFragment): string | undefined {
  return m.sections.flatMap((s) => s.lessons)[0]?.id;
}

/** JP, size, progress and the one action that matters: join, continue, or look again. */
function ActionCard({ module: m }: { module: ModuleDetailFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [enroll, enrolling] = useMutation(EnrollInModuleMutation, { refetchQueries: ['MyLearning'] });
  const [error, setError] = useState<unknown>(null);
  const e = m.myEnrollment;
  const first = firstLessonId(m);

  async function join() {
    setError(null);
    try {
      const joined = (await enroll({ variables: { input: { moduleId: m.id } } })).data?.enrollInModule;
      // A learner still taking another version gets that enrolment back, and goes on with it.
      const moduleId = joined?.module.id ?? m.id;
      const next = joined?.nextLessonId ?? (moduleId === m.id ? first : undefined);
      navigate(next ? `/modul/${moduleId}/pelajaran/${next}` : `/modul/${moduleId}`);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Card variant="outlined" sx={{ position: { md: 'sticky' }, top: { md: 88 } }}>
      <CardContent>
        <Stack spacing={2}>
          <Box>
            <Typography variant="h1" component="p" sx={{ fontSize: '2rem' }}>
              {formatJp(m.jpValue)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {m.form.name}
            </Typography>
          </Box>
          <Typography variant="body2">
            {t('learning.lessons', { count: m.lessonCount })}
            {m.totalMinutes > 0 && ` · ${formatMinutes(m.totalMinutes)}`}
          </Typography>
          {e && (
            <Box>
              {e.completedAt ? (
                <Chip
                  color="success"
                  icon={<EmojiEventsOutlined />}
                  label={t('learning.completedOn', { date: formatDate(e.completedAt) })}
                  sx={{ mb: 1 }}
                />
              ) : (
                <Typography variant="body2" color="text.secondary" gutterBottom>
                  {t('learning.module.doneOf', { done: e.doneLessonIds.length, total: m.lessonCount })}
                </Typography>
              )}
              {!e.completedAt && e.completionRefusal && (
                <Alert severity="info" sx={{ mb: 1 }} data-testid="completion-refusal">
                  {t(`learning.module.completionRefusal.${e.completionRefusal}`, {
                    defaultValue: t('learning.module.completionRefusal.OTHER'),
                  })}
                </Alert>
              )}
              {e.completedAt && <PageParts slot="completedModule" value={{ moduleId: m.id }} />}
              <ProgressBar
                percent={e.progressPercent}
                color={e.completedAt ? 'success' : 'primary'}
                label={t('learning.progressLabel', { percent: e.progressPercent })}
              />
            </Box>
          )}
          {error != null && <ErrorAlert error={error} />}
          {e ? (
            e.nextLessonId ? (
              <Button
                variant="contained"
                size="large"
                startIcon={<PlayArrow />}
                component={Link}
                to={`/modul/${m.id}/pelajaran/${e.nextLessonId}`}
              >
                {e.doneLessonIds.length ? t('learning.module.continue') : t('learning.module.start')}
              </Button>
            ) : (
              first && (
                <Button variant="outlined" component={Link} to={`/modul/${m.id}/pelajaran/${first}`}>
                  {t('learning.module.review')}
                </Button>
              )
            )
          ) : m.myOtherVersionEnrollment ? (
            <YourVersionNote enrollment={m.myOtherVersionEnrollment} />
          ) : m.viewerCan.enroll ? (
            <Button
              variant="contained"
              size="large"
              onClick={() => void join()}
              disabled={enrolling.loading}
              startIcon={enrolling.loading ? <CircularProgress size={18} color="inherit" /> : <PlayArrow />}
            >
              {t('learning.module.enroll')}
            </Button>
          ) : m.viewerCan.edit ? (
            first && (
              <Button variant="outlined" component={Link} to={`/modul/${m.id}/pelajaran/${first}`}>
                {t('learning.previewAsLearner')}
              </Button>
            )
          ) : (
            m.status === 'PUBLISHED' && (
              <Typography variant="body2" color="text.secondary">
                {t('learning.module.employeesOnly')}
              </Typography>
            )
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

export function ModulePage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = useQuery(CourseModuleQuery, { variables: { id: id! } });

  return (
    <>
      <BackButton fallback="/katalog" />
      <Cell result={result} loading={<SkeletonRows rows={6} height={56} />}>
        {({ courseModule: m }) => (
          <>
            <PageHeader
              title={m.title}
              subtitle={
                <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                  <span>
                    {m.code} · v{m.version}
                  </span>
                  {m.status !== 'PUBLISHED' && <ModuleStatusChip status={m.status} />}
                </Stack>
              }
              actions={
                m.viewerCan.edit && (
                  <Button variant="outlined" startIcon={<EditOutlined />} component={Link} to={`/pelatih/modul/${m.id}`}>
                    {t('common.edit')}
                  </Button>
                )
              }
            />
            <Stack spacing={2} sx={{ mb: 2 }}>
              {m.status === 'ARCHIVED' && <NewerVersionNote module={m} />}
              {m.status === 'DRAFT' && <Alert severity="warning">{t('learning.module.draftNote')}</Alert>}
            </Stack>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 4 }} sx={{ order: { md: 2 } }}>
                <ActionCard module={m} />
              </Grid>
              <Grid size={{ xs: 12, md: 8 }}>
                <Stack spacing={2}>
                  <Card variant="outlined">
                    {m.cover && <CardMedia component="img" image={m.cover.url} alt="" sx={{ maxHeight: 240, objectFit: 'cover' }} />}
                    <CardContent>
                      <Typography variant="h2" gutterBottom>
                        {t('learning.module.about')}
                      </Typography>
                      <Typography
                        sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', mb: 2 }}
                        color={m.summary ? 'text.primary' : 'text.secondary'}
                      >
                        {m.summary || t('learning.module.noSummary')}
                      </Typography>
                      <Divider sx={{ mb: 2 }} />
                      <DetailList
                        items={[
                          {
                            label: t('learning.module.competencies'),
                            value: m.competencies.length ? <CompetencyChips items={m.competencies} /> : t('learning.module.noCompetencies'),
                          },
                          { label: t('learning.form'), value: m.form.name },
                          { label: t('learning.module.authors'), value: m.authors.map((a) => a.name).join(', ') || null },
                          { label: t('learning.organiser'), value: m.organiser },
                          { label: t('learning.module.publishedAt'), value: m.publishedAt ? formatDate(m.publishedAt) : null },
                        ]}
                      />
                    </CardContent>
                  </Card>
                  <Card variant="outlined">
                    <CardContent>
                      <Typography variant="h2" gutterBottom>
                        {t('learning.module.outline')}
                      </Typography>
                      <ModuleOutline
                        moduleId={m.id}
                        sections={m.sections}
                        doneIds={m.myEnrollment?.doneLessonIds ?? []}
                        linkable={!!m.myEnrollment || m.viewerCan.edit}
                      />
                    </CardContent>
                  </Card>
                </Stack>
              </Grid>
            </Grid>
          </>
        )}
      </Cell>
    </>
  );
}
