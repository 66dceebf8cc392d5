import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, Chip, Grid, MenuItem, Stack, Tab, Tabs, TextField, useMediaQuery, useTheme } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { ClaimFilter, ClaimListFieldsFragment, ClaimStatus } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { ListPagination } from '../../../ui/ListPagination';
import { PageHeader } from '../../../ui/PageHeader';
import { PAGE_SIZES, useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { ClaimCard } from '../components/ClaimCard';
import { type ClaimDecision, ClaimDecisionDialog } from '../components/ClaimDecisionDialog';
import { ClaimDialog } from '../components/ClaimDialog';
import { CLAIM_STATUSES } from '../components/ClaimStatusChip';
import { LearningClaimsQuery } from '../graphql/claims';

type TabKey = 'mine' | 'review' | 'all';

function ClaimResults({
  filter,
  showEmployee,
  queue,
  emptyTitle,
  emptyBody,
}: {
  filter: ClaimFilter;
  showEmployee: boolean;
  queue?: boolean;
  emptyTitle: string;
  emptyBody?: string;
}) {
  const url = useUrlState();
  const result = withPrevious(useQuery(LearningClaimsQuery, { variables: { filter, page: url.pageInput } }));
  const [deciding, setDeciding] = useState<{ claim: ClaimListFieldsFragment; decision: ClaimDecision } | null>(null);
  const total = result.data?.learningClaims.total ?? 0;
  return (
    <Box sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Cell result={result} isEmpty={(d) => d.learningClaims.total === 0} empty={<EmptyState title={emptyTitle} body={emptyBody} />}>
        {(data) => (
          <Stack spacing={1.5}>
            {data.learningClaims.items.map((c) => (
              <ClaimCard
                key={c.id}
                claim={c}
                showEmployee={showEmployee}
                onDecide={queue ? (decision) => setDeciding({ claim: c, decision }) : undefined}
              />
            ))}
          </Stack>
        )}
      </Cell>
      {total > PAGE_SIZES[0] && <ListPagination total={total} {...url.pager} />}
      {deciding && (
        <ClaimDecisionDialog
          claim={deciding.claim}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={() => setDeciding(null)}
        />
      )}
    </Box>
  );
}

/** Learning claims: the employee's own, the approval queue of supervisors and administrators, and every claim they may see. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, hasRole } = useAuth();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const employeeId = user?.employee?.id;
  const admin = hasRole('ADMIN');
  const decider = admin || hasRole('SUPERVISOR');
  const overseer = decider || hasRole('COMMITTEE');
  const tabs: TabKey[] = [
    ...(employeeId ? (['mine'] as const) : []),
    ...(decider ? (['review'] as const) : []),
    ...(overseer ? (['all'] as const) : []),
  ];
  const url = useUrlState();
  const requested = (url.get('tab') || null) as TabKey | null;
  const defaultTab: TabKey = decider ? 'review' : overseer ? 'all' : 'mine';
  const tab: TabKey = requested && tabs.includes(requested) ? requested : tabs.includes(defaultTab) ? defaultTab : tabs[0];
  const status = url.get('status') as ClaimStatus | '';
  const queueCount = useQuery(LearningClaimsQuery, {
    variables: { filter: { toDecide: true }, page: { offset: 0, limit: 1 } },
    skip: !decider,
  }).data?.learningClaims.total;
  const [creating, setCreating] = useState<'own' | 'onBehalf' | null>(null);

  return (
    <>
      <PageHeader
        title={t('claim.listTitle')}
        subtitle={t('claim.listSubtitle')}
        actions={
          <>
            {employeeId && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating('own')}>
                {t('claim.newAction')}
              </Button>
            )}
            {admin && (
              <Button variant={employeeId ? 'outlined' : 'contained'} startIcon={<AddIcon />} onClick={() => setCreating('onBehalf')}>
                {t('claim.onBehalfAction')}
              </Button>
            )}
          </>
        }
      />
      {tabs.length === 0 ? (
        <EmptyState title={t('plan.noEmployeeTitle')} body={t('plan.noEmployeeBody')} />
      ) : (
        <Card variant="outlined">
          {tabs.length > 1 && (
            <Tabs
              value={tab}
              onChange={(_, v: TabKey) => url.set({ tab: v })}
              variant={phone ? 'fullWidth' : 'standard'}
              sx={{ borderBottom: 1, borderColor: 'divider', px: { sm: 1 }, '& .MuiTab-root': { px: { xs: 1, sm: 2 }, minWidth: 0 } }}
            >
              {tabs.map((key) => (
                <Tab
                  key={key}
                  value={key}
                  label={
                    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                      {t(`claim.tab.${key}`)}
                      {key === 'review' && !!queueCount && (
                        <Chip size="small" color="secondary" label={queueCount} sx={{ height: 20, '& .MuiChip-label': { px: 0.75 } }} />
                      )}
                    </Box>
                  }
                />
              ))}
            </Tabs>
          )}
          {tab === 'all' && (
            <Grid container spacing={1.5} sx={{ p: 2, pb: 0 }}>
              <Grid size={{ xs: 12, sm: 4 }}>
                <TextField
                  select
                  label={t('claim.statusLabel')}
                  value={status}
                  onChange={(e) => url.set({ status: e.target.value })}
                  slotProps={SHOW_ALL}
                >
                  <MenuItem value="">{t('common.all')}</MenuItem>
                  {CLAIM_STATUSES.map((s) => (
                    <MenuItem key={s} value={s}>
                      {t(`claim.status.${s}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            </Grid>
          )}
          {tab === 'mine' && (
            <ClaimResults
              filter={{ employeeId }}
              showEmployee={false}
              emptyTitle={t('claim.emptyMineTitle')}
              emptyBody={t('claim.emptyMineBody')}
            />
          )}
          {tab === 'review' && (
            <ClaimResults
              filter={{ toDecide: true }}
              showEmployee
              queue
              emptyTitle={t('claim.emptyReviewTitle')}
              emptyBody={t('claim.emptyReviewBody')}
            />
          )}
          {tab === 'all' && <ClaimResults filter={{ status: status || undefined }} showEmployee emptyTitle={t('claim.emptyAllTitle')} />}
        </Card>
      )}
      {creating && (
        <ClaimDialog
          onBehalf={creating === 'onBehalf'}
          onClose={() => setCreating(null)}
          onSaved={(id) => {
            setCreating(null);
            navigate(`/klaim/${id}`);
          }}
        />
      )}
    </>
  );
}
