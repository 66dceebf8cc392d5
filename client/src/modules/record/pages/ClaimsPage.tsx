import AddIcon from '@mui/icons-material/Add';
import { Button, Grid, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { ClaimFilter, ClaimListFieldsFragment, ClaimStatus } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { ListPage, ListRows } from '../../../ui/ListPage';
import { ListTabs, useUrlTab } from '../../../ui/ListTabs';
import { useUrlState } from '../../../ui/useUrlState';
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
  return (
    <>
      <ListRows
        result={result}
        total={result.data?.learningClaims.total ?? 0}
        pager={url.pager}
        inset={{ p: { xs: 1.5, sm: 2 } }}
        isEmpty={(d) => d.learningClaims.total === 0}
        empty={<EmptyState title={emptyTitle} body={emptyBody} />}
      >
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
      </ListRows>
      {deciding && (
        <ClaimDecisionDialog
          claim={deciding.claim}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={() => setDeciding(null)}
        />
      )}
    </>
  );
}

/** Learning claims: the employee's own, the approval queue of supervisors and administrators, and every claim they may see. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, hasRole } = useAuth();
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
  const [tab, setTab] = useUrlTab(tabs, decider ? 'review' : overseer ? 'all' : 'mine');
  const status = url.get('status') as ClaimStatus | '';
  const queueCount = useQuery(LearningClaimsQuery, {
    variables: { filter: { toDecide: true }, page: { offset: 0, limit: 1 } },
    skip: !decider,
  }).data?.learningClaims.total;
  const [creating, setCreating] = useState<'own' | 'onBehalf' | null>(null);

  return (
    <>
      <ListPage
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
        unavailable={tabs.length === 0 && <EmptyState title={t('plan.noEmployeeTitle')} body={t('plan.noEmployeeBody')} />}
        tabs={
          <ListTabs
            value={tab}
            onChange={setTab}
            tabs={tabs.map((key) => ({ key, label: t(`claim.tab.${key}`), count: key === 'review' ? queueCount : undefined }))}
          />
        }
        toolbar={
          tab === 'all' && (
            <Grid container spacing={1.5} sx={{ p: 2, pb: 0 }}>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FilterSelect
                  label={t('claim.statusLabel')}
                  value={status}
                  onChange={(s) => url.set({ status: s })}
                  options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claim.status.${s}`) }))}
                />
              </Grid>
            </Grid>
          )
        }
        rows={
          <>
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
          </>
        }
      />
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
