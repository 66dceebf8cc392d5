import { Box, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatDate } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { SectionCard } from '../../../ui/SectionCard';
import { TrainerOverviewQuery } from '../graphql/learning';

/** A trainer's home: their modules with who enrolled, progresses, finished and is stuck. */
export function TrainerCard() {
  const { t } = useTranslation();
  const result = useQuery(TrainerOverviewQuery);
  return (
    <SectionCard title={t('homeCards.trainer.title')}>
      <Cell result={result} loading={<SkeletonRows rows={3} height={56} />}>
        {({ trainerOverview: o }) =>
          o.modules.length === 0 ? (
            <Box>
              <Typography color="text.secondary" sx={{ mb: 1.5 }}>
                {t('homeCards.trainer.noModules')}
              </Typography>
              <Button variant="contained" component={Link} to="/pelatih/modul">
                {t('homeCards.trainer.write')}
              </Button>
            </Box>
          ) : (
            <Stack spacing={2}>
              <Figures
                items={[
                  { label: t('homeCards.trainer.enrolled'), value: o.modules.reduce((n, m) => n + m.enrolled, 0) },
                  { label: t('homeCards.trainer.inProgress'), value: o.modules.reduce((n, m) => n + m.inProgress, 0) },
                  { label: t('homeCards.trainer.completed'), value: o.modules.reduce((n, m) => n + m.completed, 0), tone: 'success' },
                  {
                    label: t('homeCards.trainer.stuck'),
                    value: o.modules.reduce((n, m) => n + m.stuck, 0),
                    tone: o.stuckLearners.length ? 'warning' : 'default',
                  },
                ]}
              />
              <List dense disablePadding>
                {o.modules.map((m) => (
                  <ListItem key={m.module.id} disableGutters divider sx={{ display: 'block' }}>
                    <ListItemText
                      primary={
                        <Box
                          component={Link}
                          to={`/pelatih/modul/${m.module.id}`}
                          sx={{ color: 'text.primary', fontWeight: 500, overflowWrap: 'anywhere' }}
                        >
                          {m.module.title}
                        </Box>
                      }
                      secondary={`${t('homeCards.trainer.enrolled')} ${m.enrolled} · ${t('homeCards.trainer.inProgress')} ${m.inProgress} · ${t('homeCards.trainer.completed')} ${m.completed} · ${t('homeCards.trainer.stuck')} ${m.stuck}`}
                    />
                    <ProgressBar percent={m.averageProgress} label={t('homeCards.trainer.progress', { title: m.module.title })} />
                  </ListItem>
                ))}
              </List>
              <Box>
                <Typography variant="h3" component="h3">
                  {t('homeCards.trainer.stuckTitle')}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {t('homeCards.trainer.stuckHelp', { days: o.stuckAfterDays })}
                </Typography>
                {o.stuckLearners.length === 0 ? (
                  <Typography sx={{ mt: 1 }}>{t('homeCards.trainer.noneStuck')}</Typography>
                ) : (
                  <List dense disablePadding>
                    {o.stuckLearners.map((s) => (
                      <ListItem key={`${s.employee.id}-${s.module.id}`} disableGutters divider>
                        <ListItemText
                          primary={`${s.employee.name} · ${s.module.title}`}
                          secondary={t('homeCards.trainer.lastActivity', { progress: s.progress, date: formatDate(s.lastActivityAt) })}
                          slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                        />
                      </ListItem>
                    ))}
                  </List>
                )}
              </Box>
              <Button variant="outlined" component={Link} to="/pelatih/modul" sx={{ alignSelf: 'flex-start' }}>
                {t('homeCards.trainer.all')}
              </Button>
            </Stack>
          )
        }
      </Cell>
    </SectionCard>
  );
}
