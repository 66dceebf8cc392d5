import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import LocalLibraryOutlined from '@mui/icons-material/LocalLibraryOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import { Box, Button, Card, Chip, type ChipProps, Grid, List, ListItem, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../ui/SectionCard';
import { Link } from 'react-router';
import type { MyLearningQuery as MyLearningData, RecordStatus } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatJp } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { MyLearningQuery } from '../graphql/learning';
import { JpGauge, jpTitle } from './JpGauge';
import { LinkListItem } from '../../../ui/LinkListItem';
import { Later } from '../../../ui/Later';

type Enrollment = MyLearningData['myLearning']['enrollments'][number];
type LearningRecord = MyLearningData['myLearning']['recentRecords'][number];

const RECORD_COLOR: Record<RecordStatus, ChipProps['color']> = { APPROVED: 'success', PENDING: 'warning', REJECTED: 'error' };

function InProgress({ items }: { items: Enrollment[] }) {
  const { t } = useTranslation();
  if (!items.length) {
    return (
      <Box sx={{ textAlign: 'center', py: 3, color: 'text.secondary' }}>
        <LocalLibraryOutlined sx={{ fontSize: 40, color: 'action.disabled' }} />
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('learning.dashboard.noneInProgress')}
        </Typography>
        <Button variant="outlined" component={Link} to="/katalog">
          {t('learning.dashboard.findNext')}
        </Button>
      </Box>
    );
  }
  return (
    <Stack spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {items.map((e) => (
        <Box component="li" key={e.id}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap' }}>
            <Box sx={{ minWidth: 0, flex: '1 1 200px' }}>
              <Typography
                component={Link}
                to={`/modul/${e.module.id}`}
                sx={{ fontWeight: 600, color: 'text.primary', overflowWrap: 'anywhere' }}
              >
                {e.module.title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {e.module.form.name} · {formatJp(e.module.jpValue)}
              </Typography>
            </Box>
            {e.nextLessonId && (
              <Button
                size="small"
                variant="contained"
                startIcon={<PlayArrow />}
                component={Link}
                to={`/modul/${e.module.id}/pelajaran/${e.nextLessonId}`}
                aria-label={t('learning.dashboard.continueModule', { title: e.module.title })}
              >
                {t('learning.module.continue')}
              </Button>
            )}
          </Box>
          <Box sx={{ mt: 1 }}>
            <ProgressBar percent={e.progressPercent} label={t('learning.dashboard.progressOf', { title: e.module.title })} />
          </Box>
        </Box>
      ))}
    </Stack>
  );
}

function Completed({ items }: { items: Enrollment[] }) {
  const { t } = useTranslation();
  if (!items.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('learning.dashboard.noneCompleted')}
      </Typography>
    );
  }
  return (
    <List disablePadding dense>
      {items.map((e) => {
        // The JP the ledger credited, which the gauge adds up; the stated JP only beside it when more.
        const credited = e.creditedJp ?? 0;
        const short = credited < e.module.jpValue;
        return (
          <LinkListItem key={e.id} to={`/modul/${e.module.id}`} sx={{ px: 1, gap: 1 }}>
            {credited > 0 ? (
              <EmojiEventsOutlined color="success" fontSize="small" />
            ) : (
              <CheckCircleOutline color="disabled" fontSize="small" />
            )}
            <ListItemText
              primary={e.module.title}
              secondary={
                short
                  ? `${t('learning.completedOn', { date: formatDate(e.completedAt) })} · ${t('learning.lesson.creditedOf', { credited: formatJp(credited), stated: formatJp(e.module.jpValue) })}`
                  : t('learning.completedOn', { date: formatDate(e.completedAt) })
              }
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
            />
            <Chip size="small" label={formatJp(credited)} data-testid="credited-jp" />
          </LinkListItem>
        );
      })}
    </List>
  );
}

function RecentRecords({ items }: { items: LearningRecord[] }) {
  const { t } = useTranslation();
  if (!items.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('learning.dashboard.noRecords')}
      </Typography>
    );
  }
  return (
    <List disablePadding dense aria-label={t('learning.dashboard.recent')}>
      {items.map((r) => (
        <ListItem key={r.id} divider sx={{ px: 0, gap: 1, alignItems: 'flex-start' }}>
          <ListItemText
            primary={r.title}
            secondary={
              <>
                {r.form.name} · {formatDate(r.endDate)}
                <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
                  <Chip
                    component="span"
                    size="small"
                    variant="outlined"
                    color={RECORD_COLOR[r.status]}
                    label={t(`learning.recordStatus.${r.status}`)}
                  />
                </Box>
              </>
            }
            slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
          />
          <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{formatJp(r.jp)}</Typography>
        </ListItem>
      ))}
    </List>
  );
}

/** The learner's year at a glance: JP toward the target, modules in progress and done, recent credits. */
export function LearnerDashboard() {
  const { t } = useTranslation();
  const result = useQuery(MyLearningQuery);
  return (
    <Cell
      result={result}
      loading={
        <Grid container spacing={2} aria-busy="true" data-testid="loading">
          <Grid size={{ xs: 12, md: 5, lg: 4 }}>
            <Skeleton variant="rounded" height={320} />
          </Grid>
          <Grid size={{ xs: 12, md: 7, lg: 8 }}>
            <Skeleton variant="rounded" height={320} />
          </Grid>
        </Grid>
      }
    >
      {({ myLearning: data }) => {
        const inProgress = data.enrollments.filter((e) => !e.completedAt);
        const completed = data.enrollments.filter((e) => e.completedAt);
        const nothingYet = data.enrollments.length === 0 && data.recentRecords.length === 0;
        return (
          <Grid container spacing={2}>
            {data.jp && (
              <Grid size={{ xs: 12, md: 5, lg: 4 }}>
                <SectionCard title={jpTitle(t, data.jp)} sx={{ height: '100%' }}>
                  <JpGauge jp={data.jp} />
                </SectionCard>
              </Grid>
            )}
            <Grid size={{ xs: 12, md: data.jp ? 7 : 12, lg: data.jp ? 8 : 12 }}>
              {nothingYet ? (
                <Card variant="outlined" sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
                  <EmptyState
                    icon={<LocalLibraryOutlined fontSize="inherit" />}
                    title={t('learning.dashboard.emptyTitle')}
                    body={t('learning.dashboard.emptyBody')}
                    action={
                      <Button variant="contained" component={Link} to="/katalog">
                        {t('learning.dashboard.openCatalog')}
                      </Button>
                    }
                  />
                </Card>
              ) : (
                <SectionCard
                  sx={{ height: '100%' }}
                  title={t('learning.dashboard.inProgress')}
                  action={
                    inProgress.length > 0 && (
                      <Button size="small" component={Link} to="/katalog">
                        {t('learning.dashboard.openCatalog')}
                      </Button>
                    )
                  }
                >
                  <InProgress items={inProgress} />
                </SectionCard>
              )}
            </Grid>
            {!nothingYet && (
              // Below the figures, in a step of its own.
              <Later>
                <Grid size={{ xs: 12, md: 6 }}>
                  <SectionCard title={t('learning.dashboard.completed')} sx={{ height: '100%' }}>
                    <Completed items={completed} />
                  </SectionCard>
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                  <SectionCard title={t('learning.dashboard.recent')} sx={{ height: '100%' }}>
                    <RecentRecords items={data.recentRecords} />
                  </SectionCard>
                </Grid>
              </Later>
            )}
          </Grid>
        );
      }}
    </Cell>
  );
}
