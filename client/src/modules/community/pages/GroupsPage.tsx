import AddIcon from '@mui/icons-material/Add';
import { Button, Grid } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { GroupFunding, GroupFilter, GroupMode } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { ListPage } from '../../../ui/ListPage';
import { ListTabs, useUrlTab } from '../../../ui/ListTabs';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
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
  const url = useUrlState();
  const tabs: TabKey[] = ['catalog', 'mine', ...(hasRole('ADMIN') ? (['toDecide'] as const) : [])];
  const [tab, setTab] = useUrlTab(tabs, 'catalog');
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
      <ListPage
        title={t('community.title')}
        subtitle={result.data ? t('community.count', { count: total }) : t('community.subtitle')}
        actions={
          hasRole('TRAINER', 'ADMIN') && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setProposing(true)}>
              {t('community.propose')}
            </Button>
          )
        }
        tabs={<ListTabs value={tab} onChange={setTab} tabs={tabs.map((key) => ({ key, label: t(`community.tab.${key}`) }))} />}
        toolbar={
          <Grid container spacing={1.5} sx={{ p: 2 }}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <SearchField label={t('community.search')} value={url.get('q')} onChange={(q) => url.set({ q })} />
            </Grid>
            <Grid size={{ xs: 6, sm: 3 }}>
              <FilterSelect
                label={t('community.modeLabel')}
                value={mode}
                onChange={(m) => url.set({ mode: m })}
                options={GROUP_MODES.map((m) => ({ value: m, label: t(`community.mode.${m}`) }))}
              />
            </Grid>
            <Grid size={{ xs: 6, sm: 3 }}>
              <FilterSelect
                label={t('community.fundingLabel')}
                value={funding}
                onChange={(f) => url.set({ dana: f })}
                options={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`community.funding.${f}`) }))}
              />
            </Grid>
          </Grid>
        }
        result={result}
        total={total}
        pager={url.pager}
        inset={{ px: 2, pb: 2 }}
        isEmpty={(d) => d.communityGroups.total === 0}
        empty={<EmptyState title={empty[0]} body={empty[1]} />}
      >
        {(data) => (
          <Grid container spacing={2}>
            {data.communityGroups.items.map((g) => (
              <Grid key={g.id} size={{ xs: 12, md: 6, lg: 4 }}>
                <GroupCard group={g} />
              </Grid>
            ))}
          </Grid>
        )}
      </ListPage>
      {proposing && <GroupFormDialog onClose={() => setProposing(false)} onCreated={(id) => navigate(`/kelompok/${id}`)} />}
    </>
  );
}
