import AddIcon from '@mui/icons-material/Add';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, Chip, List, ListItemText, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { EmployeeListFieldsFragment, EmployeeType, PositionType } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { formatNip } from '../../../ui/format';
import { ListPage } from '../../../ui/ListPage';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { EmployeeFilters, type EmployeeFilterValues } from '../components/EmployeeFilters';
import { EmployeeFormDialog } from '../components/EmployeeFormDialog';
import { EmployeesQuery } from '../graphql/organisation';
import { LinkListItem } from '../../../ui/LinkListItem';

/** The directory's filters and page, kept in the URL. */
function useListState() {
  const url = useUrlState();
  const filters: EmployeeFilterValues = {
    search: url.get('q'),
    opdId: url.get('opd'),
    positionType: url.get('jenis') as PositionType | '',
    employeeType: url.get('tipe') as EmployeeType | '',
  };
  return {
    filters,
    pageInput: url.pageInput,
    pager: url.pager,
    setFilters: (f: Partial<EmployeeFilterValues>) =>
      url.set({
        ...(f.search !== undefined && { q: f.search }),
        ...(f.opdId !== undefined && { opd: f.opdId }),
        ...(f.positionType !== undefined && { jenis: f.positionType }),
        ...(f.employeeType !== undefined && { tipe: f.employeeType }),
      }),
  };
}

function EmployeeTable({ items, onOpen }: { items: EmployeeListFieldsFragment[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('employees.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('employees.name')}</TableCell>
            <TableCell>NIP</TableCell>
            <TableCell>{t('employees.opd')}</TableCell>
            <TableCell>{t('employees.position')}</TableCell>
            <TableCell>{t('employees.employeeType')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((e) => (
            <TableRow key={e.id} hover sx={{ cursor: 'pointer' }} onClick={() => onOpen(e.id)}>
              <TableCell>
                <Link to={`/pegawai/${e.id}`} onClick={(ev) => ev.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                  {e.name}
                </Link>
                {!e.active && <Chip size="small" label={t('employees.inactive')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>{formatNip(e.nip)}</TableCell>
              <TableCell>{e.opd.name}</TableCell>
              <TableCell>{e.position?.name ?? '–'}</TableCell>
              <TableCell>
                {e.employeeType}
                {e.rank ? ` · ${e.rank}` : ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function EmployeeCards({ items }: { items: EmployeeListFieldsFragment[] }) {
  return (
    <List disablePadding>
      {items.map((e) => (
        <LinkListItem key={e.id} to={`/pegawai/${e.id}`} divider>
          <ListItemText
            primary={e.name}
            secondary={
              <>
                <Box component="span" sx={{ display: 'block', fontFamily: 'monospace' }}>
                  {formatNip(e.nip)}
                </Box>
                {e.position?.name ?? '–'} · {e.opd.name}
              </>
            }
          />
        </LinkListItem>
      ))}
    </List>
  );
}

export function EmployeesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const isAdmin = hasRole('ADMIN');
  const [creating, setCreating] = useState(false);
  const state = useListState();
  const search = useDebounced(state.filters.search.trim());
  const result = withPrevious(
    useQuery(EmployeesQuery, {
      variables: {
        filter: {
          search: search || undefined,
          opdId: state.filters.opdId || undefined,
          positionType: state.filters.positionType || undefined,
          employeeType: state.filters.employeeType || undefined,
        },
        page: state.pageInput,
      },
    }),
  );
  const total = result.data?.employees.total ?? 0;

  return (
    <>
      <ListPage
        title={t('employees.title')}
        subtitle={result.data ? t('employees.count', { count: total }) : undefined}
        actions={
          isAdmin && (
            <>
              <Button variant="outlined" startIcon={<UploadFileOutlined />} component={Link} to="/admin/impor-pegawai">
                {t('employees.import')}
              </Button>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
                {t('employees.add')}
              </Button>
            </>
          )
        }
        filters={<EmployeeFilters value={state.filters} onChange={state.setFilters} />}
        result={result}
        total={total}
        pager={state.pager}
        pagerAlways
        isEmpty={(d) => d.employees.total === 0}
        empty={<EmptyState title={t('employees.emptyTitle')} body={t('employees.emptyBody')} />}
      >
        {(data, narrow) =>
          narrow ? (
            <EmployeeCards items={data.employees.items} />
          ) : (
            <EmployeeTable items={data.employees.items} onOpen={(id) => navigate(`/pegawai/${id}`)} />
          )
        }
      </ListPage>
      {creating && (
        <EmployeeFormDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(`/pegawai/${id}`);
          }}
        />
      )}
    </>
  );
}
