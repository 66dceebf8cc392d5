import { Box, Card, Grid, List, ListItemText, MenuItem, TextField, useMediaQuery, useTheme } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PositionListFieldsFragment, PositionType } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { PageHeader } from '../../../ui/PageHeader';
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
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const url = useUrlState();
  const searchText = url.get('q');
  const positionType = url.get('jenis') as PositionType | '';
  const setParam = (key: string, value: string) => url.set({ [key]: value });
  const search = useDebounced(searchText.trim());
  const result = withPrevious(
    useQuery(PositionListQuery, { variables: { filter: { search: search || undefined, positionType: positionType || undefined } } }),
  );

  return (
    <>
      <PageHeader
        title={t('competency.position.title')}
        subtitle={result.data ? t('competency.position.count', { count: result.data.positions.length }) : t('competency.position.subtitle')}
      />
      <Grid container spacing={1.5} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, sm: 7, md: 5 }}>
          <SearchField
            label={t('organisation.searchPosition')}
            placeholder={t('competency.position.searchPlaceholder')}
            value={searchText}
            onChange={(q) => setParam('q', q)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5, md: 3 }}>
          <TextField
            select
            label={t('employees.positionType')}
            value={positionType}
            onChange={(e) => setParam('jenis', e.target.value)}
            slotProps={SHOW_ALL}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {POSITION_TYPES.map((pt) => (
              <MenuItem key={pt} value={pt}>
                {t(`positionType.${pt}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      </Grid>
      <Card variant="outlined">
        <Cell result={result} isEmpty={(d) => d.positions.length === 0} empty={<EmptyState title={t('organisation.noPositions')} />}>
          {(data) => (narrow ? <PositionList items={data.positions} /> : <PositionTable items={data.positions} />)}
        </Cell>
      </Card>
    </>
  );
}
