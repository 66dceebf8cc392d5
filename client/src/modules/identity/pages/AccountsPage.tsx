import { Box, List, ListItemText, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AccountFieldsFragment, AccountStatus, Role } from '../../../gql/graphql';

const ROLES: Role[] = ['LEARNER', 'TRAINER', 'SUPERVISOR', 'COMMITTEE', 'ADMIN'];
const STATUSES: AccountStatus[] = ['ACTIVE', 'DISABLED', 'LOCKED', 'NO_PASSWORD', 'MUST_CHANGE_PASSWORD'];
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { formatDateTime, formatNip } from '../../../ui/format';
import { LinkListItem } from '../../../ui/LinkListItem';
import { ListPage } from '../../../ui/ListPage';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { AccountStatusChips } from '../components/AccountPanel';
import { RoleChips } from '../components/RoleChips';
import { AccountsQuery } from '../graphql/identity';

/** Where an account opens: its employee's page (which holds the account), else the account's own page. */
export function accountPath(account: Pick<AccountFieldsFragment, 'id' | 'employee'>): string {
  return account.employee ? `/pegawai/${account.employee.id}` : `/admin/akun/${account.id}`;
}

function AccountTable({ items }: { items: AccountFieldsFragment[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('accounts.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('accounts.name')}</TableCell>
            <TableCell>{t('accounts.username')}</TableCell>
            <TableCell>{t('accounts.role')}</TableCell>
            <TableCell>{t('accounts.status')}</TableCell>
            <TableCell>{t('accounts.lastLogin')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(accountPath(a))}>
              <TableCell>
                <Link to={accountPath(a)} onClick={(ev) => ev.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                  {a.displayName}
                </Link>
                <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.8125rem' }}>
                  {a.employee ? a.employee.opd.name : t('accounts.noEmployee')}
                </Box>
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                {a.employee ? formatNip(a.username) : a.username}
              </TableCell>
              <TableCell>
                <RoleChips roles={a.roles} />
              </TableCell>
              <TableCell>
                <AccountStatusChips account={a} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('accounts.never')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function AccountCards({ items }: { items: AccountFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <List disablePadding>
      {items.map((a) => (
        <LinkListItem key={a.id} to={accountPath(a)} divider>
          <ListItemText
            primary={a.displayName}
            secondary={
              <Stack component="span" spacing={0.5} sx={{ mt: 0.5 }}>
                <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  {a.employee ? formatNip(a.username) : a.username}
                </Box>
                <RoleChips roles={a.roles} />
                <AccountStatusChips account={a} />
                {!a.employee && <span>{t('accounts.noEmployee')}</span>}
              </Stack>
            }
            slotProps={{ secondary: { component: 'div' } }}
          />
        </LinkListItem>
      ))}
    </List>
  );
}

/** Every login account, for administrators: find by name, NIP, role or standing. */
export function AccountsPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const search = useDebounced(url.get('q').trim());
  const role = url.get('peran') as Role | '';
  const status = url.get('status') as AccountStatus | '';
  const result = withPrevious(
    useQuery(AccountsQuery, {
      variables: { filter: { search: search || undefined, role: role || undefined, status: status || undefined }, page: url.pageInput },
    }),
  );
  const total = result.data?.accounts.total ?? 0;
  return (
    <ListPage
      title={t('accounts.title')}
      subtitle={t('accounts.subtitle')}
      filters={
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
          <Box sx={{ flex: 2 }}>
            <SearchField label={t('accounts.search')} value={url.get('q')} onChange={(q) => url.set({ q })} />
          </Box>
          <FilterSelect
            label={t('accounts.role')}
            value={role}
            onChange={(r) => url.set({ peran: r })}
            allLabel={t('accounts.anyRole')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            sx={{ flex: 1 }}
          />
          <FilterSelect
            label={t('accounts.status')}
            value={status}
            onChange={(s) => url.set({ status: s })}
            allLabel={t('accounts.anyStatus')}
            options={STATUSES.map((s) => ({ value: s, label: t(`accounts.statuses.${s}`) }))}
            sx={{ flex: 1 }}
          />
        </Stack>
      }
      result={result}
      total={total}
      pager={url.pager}
      pagerAlways
      isEmpty={(d) => d.accounts.total === 0}
      empty={<EmptyState title={t('accounts.emptyTitle')} body={t('accounts.emptyBody')} />}
    >
      {(data, narrow) => (narrow ? <AccountCards items={data.accounts.items} /> : <AccountTable items={data.accounts.items} />)}
    </ListPage>
  );
}
