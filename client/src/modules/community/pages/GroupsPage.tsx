import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, Grid, MenuItem, Tab, Tabs, TextField, useMediaQuery, useTheme } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { GroupFunding, GroupFilter, GroupMode } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { ListPagination } from '../../../ui/ListPagination';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { PAGE_SIZES, useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { FUNDING_SOURCES, GROUP_MODES } from '../components/chips';
import { GroupCard } from '../components/GroupCard';
import { GroupFormDialog } from '../components/GroupFormDialog';
import { CommunityGroupsQuery } from '../graphql/community';

type TabKey = 'catalog' | 'mine' | 'toDecide';

/** Open groups to join, the viewer's own groups, and (administrators) proposals to decide. */
export function GroupsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const url = useUrlState();
  const tabs: TabKey[] = ['catalog', 'mine', ...(hasRole('ADMIN') ? (['toDecide'] as const) : [])];
  const requested = url.get('tab') as TabKey;
  const tab: TabKey = tabs.includes(requested) ? requested : 'catalog';
  const search = useDebounced(url.get('q').trim());
  const mode = url.get('mode') as GroupMode | '';
  const funding = url.get('dana') as GroupFunding | '';
  const [proposing, setProposing] = useState(false);
  const filter: GroupFilter = {
    search: search || undefined,
    mode: mode || undefined,
    funding: funding || undefined,
    ...(tab === 'mine' && { mine: true }),
    ...(tab === 'toDecide' && { toDecide: true }),
  };
  const result = withPrevious(useQuery(CommunityGroupsQuery, { variables: { filter, page: url.pageInput } }));
  const total = result.data?.communityGroups.total ?? 0;
  const empty = {
    catalog: [t('community.emptyCatalogTitle'), t('community.emptyCatalogBody')],
    mine: [t('community.emptyMineTitle'), t('community.emptyMineBody')],
    toDecide: [t('community.emptyDecideTitle'), t('community.emptyDecideBody')],
  }[tab];

  return (
    <>
      <PageHeader
        title={t('community.title')}
        subtitle={result.data ? t('community.count', { count: total }) : t('community.subtitle')}
        actions={
          hasRole('TRAINER', 'ADMIN') && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setProposing(true)}>
              {t('community.propose')}
            </Button>
          )
        }
      />
      <Card variant="outlined">
        <Tabs
          value={tab}
          onChange={(_, v: TabKey) => url.set({ tab: v })}
          variant={phone ? 'fullWidth' : 'standard'}
          sx={{ borderBottom: 1, borderColor: 'divider', px: { sm: 1 }, '& .MuiTab-root': { px: { xs: 1, sm: 2 }, minWidth: 0 } }}
        >
          {tabs.map((key) => (
            <Tab key={key} value={key} label={t(`community.tab.${key}`)} />
          ))}
        </Tabs>
        <Grid container spacing={1.5} sx={{ p: 2 }}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SearchField label={t('community.search')} value={url.get('q')} onChange={(q) => url.set({ q })} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <TextField
              select
              label={t('community.modeLabel')}
              value={mode}
              onChange={(e) => url.set({ mode: e.target.value })}
              slotProps={SHOW_ALL}
            >
              <MenuItem value="">{t('common.all')}</MenuItem>
              {GROUP_MODES.map((m) => (
                <MenuItem key={m} value={m}>
                  {t(`community.mode.${m}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <TextField
              select
              label={t('community.fundingLabel')}
              value={funding}
              onChange={(e) => url.set({ dana: e.target.value })}
              slotProps={SHOW_ALL}
            >
              <MenuItem value="">{t('common.all')}</MenuItem>
              {FUNDING_SOURCES.map((f) => (
                <MenuItem key={f} value={f}>
                  {t(`community.funding.${f}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        </Grid>
        <Box sx={{ px: 2, pb: 2 }}>
          <Cell result={result} isEmpty={(d) => d.communityGroups.total === 0} empty={<EmptyState title={empty[0]} body={empty[1]} />}>
            {(data) => (
              <Grid container spacing={2}>
                {data.communityGroups.items.map((g) => (
                  <Grid key={g.id} size={{ xs: 12, md: 6, lg: 4 }}>
                    <GroupCard group={g} />
                  </Grid>
                ))}
              </Grid>
            )}
          </Cell>
          {total > PAGE_SIZES[0] && <ListPagination total={total} {...url.pager} />}
        </Box>
      </Card>
      {proposing && <GroupFormDialog onClose={() => setProposing(false)} onCreated={(id) => navigate(`/kelompok/${id}`)} />}
    </>
  );
}
