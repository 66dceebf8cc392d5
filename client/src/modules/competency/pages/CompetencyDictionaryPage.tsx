import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Chip,
  FormControlLabel,
  Grid,
  List,
  ListItemText,
  Switch,
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
import type { CompetencyListFieldsFragment, CompetencyType } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { ListFilters, ListPage } from '../../../ui/ListPage';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { COMPETENCY_TYPES, CompetencyTypeChip } from '../components/chips';
import { CompetencyEditorDialog } from '../components/CompetencyEditorDialog';
import { CompetenciesQuery, GovernmentAffairsQuery } from '../graphql/competency';
import { SearchField } from '../../../ui/SearchField';
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
      <ListPage
        title={t('competency.dictionary.title')}
        subtitle={result.data ? t('competency.dictionary.count', { count: total }) : t('competency.dictionary.subtitle')}
        actions={
          isAdmin && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              {t('competency.add')}
            </Button>
          )
        }
        filters={
          <ListFilters>
            <Grid size={{ xs: 12, md: 4 }}>
              <SearchField
                label={t('competency.dictionary.search')}
                placeholder={t('competency.dictionary.searchPlaceholder')}
                value={state.search}
                onChange={(q) => state.update({ q })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 5, md: 3 }}>
              <FilterSelect
                label={t('competency.typeLabel')}
                value={state.type}
                onChange={(type) => state.update({ jenis: type, ...(type && type !== 'TEKNIS' ? { urusan: '' } : {}) })}
                options={COMPETENCY_TYPES.map((type) => ({ value: type, label: t(`competency.type.${type}`) }))}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 7, md: 5 }}>
              <FilterSelect
                label={t('competency.affair')}
                value={state.affair}
                disabled={state.type !== '' && state.type !== 'TEKNIS'}
                onChange={(urusan) => state.update({ urusan })}
                options={(affairs.data?.governmentAffairs ?? []).map((a) => ({ value: a, label: a }))}
              />
            </Grid>
            {isAdmin && (
              <Grid size={12}>
                <FormControlLabel
                  control={
                    <Switch checked={state.includeInactive} onChange={(e) => state.update({ nonaktif: e.target.checked ? 1 : 0 })} />
                  }
                  label={t('competency.dictionary.includeInactive')}
                />
              </Grid>
            )}
          </ListFilters>
        }
        result={result}
        total={total}
        pager={state.pager}
        pagerAlways
        isEmpty={(d) => d.competencies.total === 0}
        empty={<EmptyState title={t('competency.dictionary.emptyTitle')} body={t('competency.dictionary.emptyBody')} />}
      >
        {(data, narrow) =>
          narrow ? (
            <CompetencyList items={data.competencies.items} />
          ) : (
            <CompetencyTable items={data.competencies.items} onOpen={(id) => navigate(`/kompetensi/${id}`)} />
          )
        }
      </ListPage>
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
