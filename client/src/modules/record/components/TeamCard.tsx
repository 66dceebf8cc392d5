import { Box, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatJp } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { SectionCard } from '../../../ui/SectionCard';
import { TeamOverviewQuery } from '../graphql/overview';

/** A supervisor's home: the team of the OPDs they supervise, their JP this year, plans waiting, who is behind. */
export function TeamCard() {
  const { t } = useTranslation();
  const result = useQuery(TeamOverviewQuery);
  return (
    <SectionCard title={t('homeCards.team.title')}>
      <Cell result={result} loading={<SkeletonRows rows={3} height={56} />}>
        {({ teamOverview: team }) =>
          team.opds.length === 0 ? (
            <Typography color="text.secondary">{t('homeCards.team.noOpds')}</Typography>
          ) : (
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {t('homeCards.team.subtitle', { year: team.year })} · {team.opds.map((o) => o.name).join(', ')}
              </Typography>
              <Figures
                items={[
                  { label: t('homeCards.team.members'), value: team.members, to: '/pegawai' },
                  { label: t('homeCards.team.reached'), value: team.reached, tone: 'success' },
                  { label: t('homeCards.team.behind'), value: team.behind, tone: team.behind ? 'warning' : 'default' },
                  {
                    label: t('homeCards.team.plansWaiting'),
                    value: team.plansWaiting,
                    to: '/rencana?tab=review',
                    tone: team.plansWaiting ? 'warning' : 'default',
                  },
                ]}
              />
              <Box>
                <Typography variant="h3" component="h3">
                  {t('homeCards.team.behindTitle')}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {t('homeCards.team.behindHelp')}
                </Typography>
                {team.membersBehind.length === 0 ? (
                  <Typography sx={{ mt: 1 }}>{t('homeCards.team.noneBehind')}</Typography>
                ) : (
                  <List dense disablePadding>
                    {team.membersBehind.map((m) => (
                      <ListItem key={m.employee.id} disableGutters divider sx={{ display: 'block' }}>
                        <ListItemText
                          primary={
                            <Box
                              component={Link}
                              to={`/pegawai/${m.employee.id}`}
                              sx={{ color: 'text.primary', fontWeight: 500, overflowWrap: 'anywhere' }}
                            >
                              {m.employee.name}
                            </Box>
                          }
                          secondary={`${t('homeCards.team.jpOf', { jp: formatJp(m.countedJp, { unit: false }), goal: formatJp(m.goalJp, { unit: false }) })} · ${t('homeCards.team.expected', { jp: formatJp(m.expectedJp, { unit: false }) })}`}
                        />
                        <ProgressBar percent={Math.floor((100 * m.countedJp) / m.goalJp)} color="warning" label={m.employee.name} />
                      </ListItem>
                    ))}
                  </List>
                )}
              </Box>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                <Button variant="outlined" component={Link} to="/pegawai">
                  {t('homeCards.team.allEmployees')}
                </Button>
                {team.plansWaiting > 0 && (
                  <Button variant="contained" component={Link} to="/rencana?tab=review">
                    {t('homeCards.team.decide')}
                  </Button>
                )}
              </Stack>
            </Stack>
          )
        }
      </Cell>
    </SectionCard>
  );
}
