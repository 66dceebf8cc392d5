import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Chip, Grid, List, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ModuleStatus } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterSelect } from '../../../ui/FilterSelect';
import { formatDateTime, formatJp } from '../../../ui/format';
import { ListFilters, ListPage } from '../../../ui/ListPage';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { ModuleStatusChip } from '../components/chips';
import { CreateModuleDialog } from '../components/CreateModuleDialog';
import { formatMinutes } from '../components/learningFormat';
import { MyCourseModulesQuery } from '../graphql/learning';
import { SearchField } from '../../../ui/SearchField';
import { LinkListItem } from '../../../ui/LinkListItem';

const PAGE_SIZE = 20;
const STATUSES: ModuleStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** The modules the trainer authors, every version and status, newest change first. */
export function MyModulesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const url = useUrlState();
  const search = url.get('q');
  const status = url.get('status') as ModuleStatus | '';
  const page = url.page;
  const debounced = useDebounced(search.trim());
  const result = withPrevious(
    useQuery(MyCourseModulesQuery, {
      variables: {
        filter: { mine: true, search: debounced || undefined, status: status || undefined },
        page: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
      },
    }),
  );
  const total = result.data?.courseModules.total ?? 0;
  const filtered = !!(debounced || status);

  const create = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
      {t('learning.mine.create')}
    </Button>
  );

  return (
    <>
      <ListPage
        title={t('learning.mine.title')}
        subtitle={t('learning.mine.subtitle')}
        actions={create}
        filters={
          <ListFilters>
            <Grid size={{ xs: 12, sm: 8, md: 6 }}>
              <SearchField label={t('learning.mine.search')} value={search} onChange={(q) => url.set({ q })} />
            </Grid>
            <Grid size={{ xs: 12, sm: 4, md: 3 }}>
              <FilterSelect
                label={t('learning.statusLabel')}
                value={status}
                onChange={(s) => url.set({ status: s })}
                options={STATUSES.map((s) => ({ value: s, label: t(`learning.status.${s}`) }))}
              />
            </Grid>
          </ListFilters>
        }
        result={result}
        total={total}
        pager={{ page, limit: PAGE_SIZE, onPage: url.setPage }}
        isEmpty={(d) => d.courseModules.total === 0}
        empty={
          filtered ? (
            <EmptyState title={t('learning.mine.emptyFilteredTitle')} body={t('learning.catalog.emptyBody')} />
          ) : (
            <EmptyState title={t('learning.mine.emptyTitle')} body={t('learning.mine.emptyBody')} action={create} />
          )
        }
      >
        {(data) => (
          <List disablePadding aria-label={t('learning.mine.title')}>
            {data.courseModules.items.map((m) => (
              <LinkListItem key={m.id} to={`/pelatih/modul/${m.id}`} divider sx={{ alignItems: 'flex-start', gap: 2 }}>
                <ListItemText
                  disableTypography
                  primary={
                    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 0.5 }}>
                      <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{m.title}</Typography>
                      <ModuleStatusChip status={m.status} />
                      <Chip size="small" variant="outlined" label={t('learning.versionN', { version: m.version })} />
                    </Stack>
                  }
                  secondary={
                    <Typography variant="body2" color="text.secondary" component="div">
                      <Box component="span" sx={{ fontFamily: 'monospace' }}>
                        {m.code}
                      </Box>
                      {' · '}
                      {m.form.name} · {formatJp(m.jpValue)} · {t('learning.lessons', { count: m.lessonCount })}
                      {m.totalMinutes > 0 && ` (${formatMinutes(m.totalMinutes)})`}
                      <Box component="span" sx={{ display: 'block' }}>
                        {t('learning.mine.updated', { date: formatDateTime(m.updatedAt) })}
                      </Box>
                    </Typography>
                  }
                />
              </LinkListItem>
            ))}
          </List>
        )}
      </ListPage>
      {creating && (
        <CreateModuleDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(`/pelatih/modul/${id}`);
          }}
        />
      )}
    </>
  );
}
