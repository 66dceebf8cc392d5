import { Box, Chip, FormControlLabel, List, ListItem, Stack, Switch, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OpdComplianceMembersQuery as MembersResult } from '../../../gql/graphql';
import { BackButton } from '../../../ui/BackButton';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatJp, formatNip } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { ProgressBar } from '../../../ui/ProgressBar';
import { SectionCard } from '../../../ui/SectionCard';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { ComplianceYearSelect, useComplianceYear } from '../components/ComplianceYear';
import { OpdComplianceMembersQuery } from '../graphql/compliance';

type Member = MembersResult['opdComplianceMembers']['members'][number];

function StandingChip({ member }: { member: Member }) {
  const { t } = useTranslation();
  if (member.reached) return <Chip size="small" color="success" label={t('compliance.member.reached')} />;
  if (member.atRisk) return <Chip size="small" color="warning" label={t('compliance.member.atRisk')} />;
  return <Chip size="small" variant="outlined" label={t('compliance.member.onPace')} />;
}

function MemberItem({ member }: { member: Member }) {
  const { t } = useTranslation();
  const e = member.employee;
  const jp = (value: number) => formatJp(value, { unit: false });
  return (
    <ListItem disableGutters divider sx={{ display: 'block', py: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Box sx={{ minWidth: 0 }}>
          <Box component={Link} to={`/pegawai/${e.id}`} sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {e.name}
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {formatNip(e.nip)} · {e.employeeType}
            {e.position ? ` · ${e.position.name}` : ''}
          </Typography>
        </Box>
        <StandingChip member={member} />
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t('compliance.member.jp', { jp: jp(member.countedJp), goal: jp(member.goalJp) })}
        {member.pendingJp > 0 && ` · ${t('compliance.member.pending', { jp: jp(member.pendingJp) })}`}
        {!member.reached && ` · ${t('compliance.member.expected', { jp: jp(member.expectedJp) })}`}
      </Typography>
      <ProgressBar
        percent={Math.min(100, Math.floor((100 * member.countedJp) / member.goalJp))}
        color={member.reached ? 'success' : member.atRisk ? 'warning' : 'primary'}
        label={e.name}
      />
      {member.recommendations.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('compliance.member.recommended')}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mt: 0.5 }}>
            {member.recommendations.map((r) => (
              <Chip
                key={`${r.kind}-${r.id}`}
                component={Link}
                to={r.kind === 'MODULE' ? `/modul/${r.id}` : `/kelompok/${r.id}`}
                clickable
                size="small"
                variant="outlined"
                label={`${r.kind === 'MODULE' ? t('compliance.member.module') : t('compliance.member.group')}: ${r.title}${r.jp != null ? ` (${jp(r.jp)} JP)` : ''}`}
                sx={{ maxWidth: '100%' }}
              />
            ))}
          </Stack>
        </Box>
      )}
    </ListItem>
  );
}

/** One OPD's people with their JP in the year, at risk first, and what their competency gap recommends. */
export function ComplianceOpdPage() {
  const { t } = useTranslation();
  const { opdId = '' } = useParams();
  const url = useUrlState();
  const [year, setYear] = useComplianceYear();
  const everyone = url.get('semua') === '1';
  const result = withPrevious(useQuery(OpdComplianceMembersQuery, { variables: { input: { year, opdId } } }));
  return (
    <>
      <BackButton fallback="/kepatuhan" />
      <Cell result={result} loading={<SkeletonRows rows={6} height={72} />}>
        {({ opdComplianceMembers: data }) => {
          const shown = everyone ? data.members : data.members.filter((m) => m.atRisk);
          return (
            <>
              <PageHeader
                title={data.opd.name}
                subtitle={t('compliance.opdSubtitle', { year: data.year, date: formatDate(data.asOf) })}
                actions={<ComplianceYearSelect year={year} onChange={setYear} />}
              />
              <SectionCard
                title={
                  everyone
                    ? t('compliance.everyoneTitle', { count: data.members.length })
                    : t('compliance.atRiskTitle', { count: shown.length })
                }
                action={
                  <FormControlLabel
                    control={<Switch checked={everyone} onChange={(e) => url.set({ semua: e.target.checked ? '1' : '' })} />}
                    label={t('compliance.showEveryone')}
                  />
                }
              >
                <Typography variant="body2" color="text.secondary">
                  {t('compliance.atRiskHelp')}
                </Typography>
                {shown.length === 0 ? (
                  <EmptyState title={everyone ? t('compliance.noMembers') : t('compliance.noneAtRisk')} />
                ) : (
                  <List disablePadding>
                    {shown.map((m) => (
                      <MemberItem key={m.employee.id} member={m} />
                    ))}
                  </List>
                )}
              </SectionCard>
            </>
          );
        }}
      </Cell>
    </>
  );
}
