import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Card,
  Chip,
  FormControlLabel,
  Grid,
  List,
  ListItemText,
  MenuItem,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { CompetencyListFieldsFragment, CompetencyType } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { PageHeader } from '../../../ui/PageHeader';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { COMPETENCY_TYPES, CompetencyTypeChip } from '../components/chips';
import { CompetencyEditorDialog } from '../components/CompetencyEditorDialog';
import { CompetenciesQuery, GovernmentAffairsQuery } from '../graphql/competency';
import { SearchField } from '../../../ui/SearchField';
import { ListPagination } from '../../../ui/ListPagination';
import { LinkListItem } from '../../../ui/LinkListItem';

/** The dictionary's filters and page, kept in the URL. */
function useListState() {
  const url = useUrlState();
  return {
    search: url.get('q'),
    type: url.get('jenis') as CompetencyType | '',
    affair: url.get('urusan'),
    includeInactive: url.get('nonaktif') === '1',
    pageInput: url.pageInput,
    pager: url.pager,
    update: url.set,
  };
}

function CompetencyTable({ items, onOpen }: { items: CompetencyListFieldsFragment[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('competency.dictionary.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('competency.code')}</TableCell>
            <TableCell>{t('competency.name')}</TableCell>
            <TableCell>{t('competency.typeLabel')}</TableCell>
            <TableCell>{t('competency.affair')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((c) => (
            <TableRow key={c.id} hover sx={{ cursor: 'pointer' }} onClick={() => onOpen(c.id)}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{c.code}</TableCell>
              <TableCell>
                <Link to={`/kompetensi/${c.id}`} onClick={(ev) => ev.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                  {c.name}
                </Link>
                {!c.active && <Chip size="small" label={t('competency.inactive')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>
                <CompetencyTypeChip type={c.type} />
              </TableCell>
              <TableCell>{c.governmentAffair ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function CompetencyList({ items }: { items: CompetencyListFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <List disablePadding aria-label={t('competency.dictionary.title')}>
      {items.map((c) => (
        <LinkListItem key={c.id} to={`/kompetensi/${c.id}`} divider>
          <ListItemText
            primary={c.name}
            secondary={
              <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'center', mt: 0.5 }}>
                <Box component="span" sx={{ fontFamily: 'monospace' }}>
                  {c.code}
                </Box>
                <CompetencyTypeChip type={c.type} />
                {!c.active && <Chip size="small" label={t('competency.inactive')} />}
                {c.governmentAffair && <span>{c.governmentAffair}</span>}
              </Box>
            }
            slotProps={{ secondary: { component: 'span' } }}
          />
        </LinkListItem>
      ))}
    </List>
  );
}

export function CompetencyDictionaryPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  // Adding to the dictionary is not a right on a record (those come from `viewerCan`): like
  // creating a module, it follows the role the API's `createCompetency` requires.
  const isAdmin = hasRole('ADMIN');
  const [creating, setCreating] = useState(false);
  const state = useListState();
  const search = useDebounced(state.search.trim());
  const affairs = useQuery(GovernmentAffairsQuery);
  const result = withPrevious(
    useQuery(CompetenciesQuery, {
      variables: {
        filter: {
          search: search || undefined,
          type: state.type || undefined,
          governmentAffair: state.affair || undefined,
          includeInactive: isAdmin && state.includeInactive ? true : undefined,
        },
        page: state.pageInput,
      },
    }),
  );
  const total = result.data?.competencies.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('competency.dictionary.title')}
        subtitle={result.data ? t('competency.dictionary.count', { count: total }) : t('competency.dictionary.subtitle')}
        actions={
          isAdmin && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              {t('competency.add')}
            </Button>
          )
        }
      />
      <Grid container spacing={1.5} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <SearchField
            label={t('competency.dictionary.search')}
            placeholder={t('competency.dictionary.searchPlaceholder')}
            value={state.search}
            onChange={(q) => state.update({ q })}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5, md: 3 }}>
          <TextField
            select
            label={t('competency.typeLabel')}
            slotProps={SHOW_ALL}
            value={state.type}
            onChange={(e) => {
              const type = e.target.value as CompetencyType | '';
              state.update({ jenis: type, ...(type && type !== 'TEKNIS' ? { urusan: '' } : {}) });
            }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {COMPETENCY_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {t(`competency.type.${type}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 7, md: 5 }}>
          <TextField
            select
            label={t('competency.affair')}
            slotProps={SHOW_ALL}
            value={state.affair}
            disabled={state.type !== '' && state.type !== 'TEKNIS'}
            onChange={(e) => state.update({ urusan: e.target.value })}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {(affairs.data?.governmentAffairs ?? []).map((a) => (
              <MenuItem key={a} value={a}>
                {a}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {isAdmin && (
          <Grid size={12}>
            <FormControlLabel
              control={<Switch checked={state.includeInactive} onChange={(e) => state.update({ nonaktif: e.target.checked ? 1 : 0 })} />}
              label={t('competency.dictionary.includeInactive')}
            />
          </Grid>
        )}
      </Grid>
      <Card variant="outlined">
        <Cell
          result={result}
          isEmpty={(d) => d.competencies.total === 0}
          empty={<EmptyState title={t('competency.dictionary.emptyTitle')} body={t('competency.dictionary.emptyBody')} />}
        >
          {(data) =>
            narrow ? (
              <CompetencyList items={data.competencies.items} />
            ) : (
              <CompetencyTable items={data.competencies.items} onOpen={(id) => navigate(`/kompetensi/${id}`)} />
            )
          }
        </Cell>
        <ListPagination total={total} {...state.pager} />
      </Card>
      {creating && (
        <CompetencyEditorDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(`/kompetensi/${id}`);
          }}
        />
      )}
    </>
  );
}
