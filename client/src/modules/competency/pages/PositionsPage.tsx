import {
  Box,
  Card,
  Grid,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  MenuItem,
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
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PositionListFieldsFragment, PositionType } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { POSITION_TYPES } from '../components/PositionPicker';
import { PositionListQuery } from '../graphql/competency';
import { SearchField } from '../../../ui/SearchField';

function PositionTable({ items, onOpen }: { items: PositionListFieldsFragment[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('competency.position.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('competency.code')}</TableCell>
            <TableCell>{t('competency.position.name')}</TableCell>
            <TableCell>{t('employees.positionType')}</TableCell>
            <TableCell>{t('competency.affair')}</TableCell>
            <TableCell>{t('employees.opd')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((p) => (
            <TableRow key={p.id} hover sx={{ cursor: 'pointer' }} onClick={() => onOpen(p.id)}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{p.code}</TableCell>
              <TableCell>
                <Link to={`/jabatan/${p.id}`} onClick={(ev) => ev.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                  {p.name}
                </Link>
              </TableCell>
              <TableCell>{t(`positionType.${p.positionType}`)}</TableCell>
              <TableCell>{p.governmentAffair ?? '–'}</TableCell>
              <TableCell sx={{ whiteSpace: p.opd ? undefined : 'nowrap' }}>{p.opd?.name ?? t('organisation.allOpds')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function PositionList({ items }: { items: PositionListFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <List disablePadding aria-label={t('competency.position.title')}>
      {items.map((p) => (
        <ListItemButton key={p.id} component={Link} to={`/jabatan/${p.id}`} divider>
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
        </ListItemButton>
      ))}
    </List>
  );
}

export function PositionsPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const navigate = useNavigate();
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
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
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
        {result.loading && result.data && <LinearProgress aria-label={t('common.loading')} />}
        <Cell result={result} isEmpty={(d) => d.positions.length === 0} empty={<EmptyState title={t('organisation.noPositions')} />}>
          {(data) => (narrow ? <PositionList items={data.positions} /> : <PositionTable items={data.positions} onOpen={(id) => navigate(`/jabatan/${id}`)} />)}
        </Cell>
      </Card>
    </>
  );
}
