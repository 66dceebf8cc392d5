import { Box, Grid, List, ListItemText } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PositionListFieldsFragment, PositionType } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { ListFilters, ListPage } from '../../../ui/ListPage';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { POSITION_TYPES } from '../components/PositionPicker';
import { PositionTable } from '../components/PositionTable';
import { PositionListQuery } from '../graphql/competency';
import { SearchField } from '../../../ui/SearchField';
import { LinkListItem } from '../../../ui/LinkListItem';

function PositionList({ items }: { items: PositionListFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <List disablePadding aria-label={t('competency.position.title')}>
      {items.map((p) => (
        <LinkListItem key={p.id} to={`/jabatan/${p.id}`} divider>
          <ListItemText
            primary={p.name}
            secondary={
              <>
                <Box component="span" sx={{ display: 'block' }}>
                  {t(`positionType.${p.positionType}`)} · {p.opd?.name ?? t('organisation.allOpds')}
                </Box>
                {p.governmentAffair}
              </>
            }
          />
        </LinkListItem>
      ))}
    </List>
  );
}

export function PositionsPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const positionType = url.get('jenis') as PositionType | '';
  const search = useDebounced(url.get('q').trim());
  const result = withPrevious(
    useQuery(PositionListQuery, { variables: { filter: { search: search || undefined, positionType: positionType || undefined } } }),
  );

  return (
    <ListPage
      title={t('competency.position.title')}
      subtitle={result.data ? t('competency.position.count', { count: result.data.positions.length }) : t('competency.position.subtitle')}
      filters={
        <ListFilters>
          <Grid size={{ xs: 12, sm: 7, md: 5 }}>
            <SearchField
              label={t('organisation.searchPosition')}
              placeholder={t('competency.position.searchPlaceholder')}
              value={url.get('q')}
              onChange={(q) => url.set({ q })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 5, md: 3 }}>
            <FilterSelect
              label={t('employees.positionType')}
              value={positionType}
              onChange={(jenis) => url.set({ jenis })}
              options={POSITION_TYPES.map((pt) => ({ value: pt, label: t(`positionType.${pt}`) }))}
            />
          </Grid>
        </ListFilters>
      }
      result={result}
      isEmpty={(d) => d.positions.length === 0}
      empty={<EmptyState title={t('organisation.noPositions')} />}
    >
      {(data, narrow) => (narrow ? <PositionList items={data.positions} /> : <PositionTable items={data.positions} />)}
    </ListPage>
  );
}
