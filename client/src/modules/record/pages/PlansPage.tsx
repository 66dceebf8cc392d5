import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Chip,
  Grid,
  List,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { PlanFilter, PlanListFieldsFragment, PlanStatus } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { formatDate, formatJp, formatNip } from '../../../ui/format';
import { ListPage, ListRows } from '../../../ui/ListPage';
import { ListTabs, useUrlTab } from '../../../ui/ListTabs';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { PLAN_STATUSES, PlanStatusChip } from '../components/PlanStatusChip';
import { ProposePlanDialog } from '../components/ProposePlanDialog';
import { DevelopmentPlansQuery } from '../graphql/plans';
import { LinkListItem } from '../../../ui/LinkListItem';

type TabKey = 'mine' | 'review' | 'all';

function PlanTable({ items, showEmployee, ownId }: { items: PlanListFieldsFragment[]; showEmployee: boolean; ownId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('plan.listTitle')}>
        <TableHead>
          <TableRow>
            {showEmployee && <TableCell>{t('plan.employee')}</TableCell>}
            <TableCell>{t('plan.year')}</TableCell>
            {showEmployee && <TableCell>{t('employees.opd')}</TableCell>}
            <TableCell>{t('plan.targetPosition')}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {t('plan.totalJp')}
            </TableCell>
            <TableCell>{t('plan.statusLabel')}</TableCell>
            <TableCell>{t('plan.submittedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((p) => (
            <TableRow key={p.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/rencana/${p.id}`)} data-testid="plan-row">
              {showEmployee && (
                <TableCell>
                  <Link to={`/rencana/${p.id}`} onClick={(e) => e.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                    {p.employee.name}
                  </Link>
                  {p.employee.id === ownId && <Chip size="small" label={t('plan.mineChip')} sx={{ ml: 1 }} />}
                  <Box sx={{ fontFamily: 'monospace', fontSize: 12, color: 'text.secondary', whiteSpace: 'nowrap' }}>
                    {formatNip(p.employee.nip)}
                  </Box>
                </TableCell>
              )}
              <TableCell>
                {showEmployee ? (
                  p.year
                ) : (
                  <Link to={`/rencana/${p.id}`} onClick={(e) => e.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                    {t('plan.titleYear', { year: p.year })}
                  </Link>
                )}
              </TableCell>
              {showEmployee && <TableCell>{p.employee.opd.name}</TableCell>}
              <TableCell>{p.targetPosition?.name ?? '–'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatJp(p.totalJp)}
              </TableCell>
              <TableCell>
                <PlanStatusChip status={p.status} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.submittedAt ? formatDate(p.submittedAt) : '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function PlanList({ items, showEmployee }: { items: PlanListFieldsFragment[]; showEmployee: boolean }) {
  const { t } = useTranslation();
  return (
    <List disablePadding aria-label={t('plan.listTitle')}>
      {items.map((p) => (
        <LinkListItem key={p.id} to={`/rencana/${p.id}`} divider data-testid="plan-row">
          <ListItemText
            primary={showEmployee ? p.employee.name : t('plan.titleYear', { year: p.year })}
            secondary={
              <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'center', mt: 0.5 }}>
                <PlanStatusChip status={p.status} />
                <span>
                  {[showEmployee ? String(p.year) : null, formatJp(p.totalJp), p.targetPosition?.name].filter(Boolean).join(' · ')}
                </span>
              </Box>
            }
            slotProps={{ secondary: { component: 'span' } }}
          />
        </LinkListItem>
      ))}
    </List>
  );
}

function PlanResults({
  filter,
  showEmployee,
  emptyTitle,
  emptyBody,
  ownId,
}: {
  filter: PlanFilter;
  showEmployee: boolean;
  emptyTitle: string;
  emptyBody?: string;
  ownId?: string;
}) {
  // The page is in the URL next to the tab and filters, which return to the first page.
  const url = useUrlState();
  const result = withPrevious(useQuery(DevelopmentPlansQuery, { variables: { filter, page: url.pageInput } }));
  return (
    <ListRows
      result={result}
      total={result.data?.developmentPlans.total ?? 0}
      pager={url.pager}
      isEmpty={(d) => d.developmentPlans.total === 0}
      empty={<EmptyState title={emptyTitle} body={emptyBody} />}
    >
      {(data, narrow) =>
        narrow ? (
          <PlanList items={data.developmentPlans.items} showEmployee={showEmployee} />
        ) : (
          <PlanTable items={data.developmentPlans.items} showEmployee={showEmployee} ownId={ownId} />
        )
      }
    </ListRows>
  );
}

/** Counts plans waiting for the viewer's decision, for the tab badge. */
function useReviewCount(enabled: boolean): number | null {
  const result = useQuery(DevelopmentPlansQuery, {
    variables: { filter: { toDecide: true }, page: { offset: 0, limit: 1 } },
    skip: !enabled,
  });
  return result.data?.developmentPlans.total ?? null;
}

export function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, hasRole } = useAuth();
  const employeeId = user?.employee?.id;
  const supervisor = hasRole('SUPERVISOR');
  const overseer = supervisor || hasRole('COMMITTEE', 'ADMIN');
  // Administrators decide the plans of supervisors of their own OPD.
  const decider = supervisor || hasRole('ADMIN');
  const tabs: TabKey[] = [
    ...(employeeId ? (['mine'] as const) : []),
    ...(decider ? (['review'] as const) : []),
    ...(overseer ? (['all'] as const) : []),
  ];
  const url = useUrlState();
  const [tab, setTab] = useUrlTab(tabs, supervisor ? 'review' : overseer ? 'all' : 'mine');
  const yearParam = url.get('tahun');
  const status = url.get('status') as PlanStatus | '';
  const year = yearParam ? Number(yearParam) : '';
  const setParam = (key: string, value: string) => url.set({ [key]: value });
  const reviewCount = useReviewCount(decider);
  const [proposing, setProposing] = useState(false);
  const thisYear = new Date().getFullYear();

  return (
    <>
      <ListPage
        title={t('plan.listTitle')}
        subtitle={tabs.length > 0 ? t('plan.listSubtitle') : undefined}
        actions={
          employeeId && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setProposing(true)}>
              {t('plan.propose.action')}
            </Button>
          )
        }
        unavailable={tabs.length === 0 && <EmptyState title={t('plan.noEmployeeTitle')} body={t('plan.noEmployeeBody')} />}
        tabs={
          <ListTabs
            value={tab}
            onChange={setTab}
            tabs={tabs.map((key) => ({ key, label: t(`plan.tab.${key}`), count: key === 'review' ? reviewCount : undefined }))}
          />
        }
        toolbar={
          tab === 'all' && (
            <Grid container spacing={1.5} sx={{ p: 2, pb: 1 }}>
              <Grid size={{ xs: 6, sm: 3 }}>
                <FilterSelect
                  label={t('plan.year')}
                  value={year}
                  onChange={(y) => setParam('tahun', y)}
                  options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
                />
              </Grid>
              <Grid size={{ xs: 6, sm: 3 }}>
                <FilterSelect
                  label={t('plan.statusLabel')}
                  value={status}
                  onChange={(s) => setParam('status', s)}
                  options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
                />
              </Grid>
            </Grid>
          )
        }
        rows={
          <>
            {tab === 'mine' && (
              <PlanResults
                filter={{ employeeId }}
                showEmployee={false}
                emptyTitle={t('plan.emptyMineTitle')}
                emptyBody={t('plan.emptyMineBody')}
              />
            )}
            {tab === 'review' && (
              <PlanResults
                filter={{ toDecide: true }}
                showEmployee
                ownId={employeeId}
                emptyTitle={t('plan.emptyReviewTitle')}
                emptyBody={t('plan.emptyReviewBody')}
              />
            )}
            {tab === 'all' && (
              <PlanResults
                filter={{ year: year || undefined, status: status || undefined }}
                showEmployee
                ownId={employeeId}
                emptyTitle={t('plan.emptyAllTitle')}
                emptyBody={t('plan.emptyAllBody')}
              />
            )}
          </>
        }
      />
      {proposing && employeeId && (
        <ProposePlanDialog
          employeeId={employeeId}
          onClose={() => setProposing(false)}
          onCreated={(id) => {
            setProposing(false);
            navigate(`/rencana/${id}`);
          }}
        />
      )}
    </>
  );
}
