import { Box, Button, Grid, MenuItem, Skeleton, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { parseDecimal } from '../../../ui/format';
import { ListFilters, ListFrame, ListStates } from '../../../ui/ListFrame';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { type CompetencyOption, CompetencyPicker } from '../../competency/components/CompetencyPicker';
import { ModuleCard } from '../components/ModuleCard';
import { CatalogCompetencyQuery, CatalogModulesQuery, LearningFormsQuery } from '../graphql/learning';
import { SearchField } from '../../../ui/SearchField';

const PAGE_SIZE = 12;
/** The numbered pages load after the cards, which are what the page is for. */
const CatalogPager = lazy(() => import('../components/CatalogPager').then((m) => ({ default: m.CatalogPager })));
/** A module card's share of the row: one on phones, two on tablets, three on wide screens. */
const CARD = { xs: 12, sm: 6, lg: 4 };

/** A JP bound as typed; undefined (no bound) when empty or not a number from 0 up. */
function parseJp(value: string): number | undefined {
  const n = parseDecimal(value);
  return n !== null && n >= 0 ? n : undefined;
}

/** Filters and the page live in the URL as typed, so Back returns to the same results. */
function useCatalogState() {
  const url = useUrlState();
  return {
    search: url.get('q'),
    competencyId: url.get('kompetensi'),
    form: Number(url.get('bentuk') || '0'),
    minJp: url.get('jpMin'),
    maxJp: url.get('jpMaks'),
    page: url.page,
    set: url.set,
    setPage: url.setPage,
    clear: url.clear,
  };
}

export function CatalogPage() {
  const { t } = useTranslation();
  const state = useCatalogState();
  // Only the query waits for typing to pause; the fields and the URL follow every key.
  const debounced = {
    search: useDebounced(state.search.trim()),
    minJp: parseJp(useDebounced(state.minJp)),
    maxJp: parseJp(useDebounced(state.maxJp)),
  };
  const forms = useQuery(LearningFormsQuery);
  const chosen = useQuery(CatalogCompetencyQuery, { variables: { id: state.competencyId }, skip: !state.competencyId });
  // The one just picked shows at once; one from the link (or Back) once its query answers.
  const [picked, setPicked] = useState<CompetencyOption | null>(null);
  const competencyValue = !state.competencyId ? null : picked?.id === state.competencyId ? picked : (chosen.data?.competency ?? null);
  const result = withPrevious(
    useQuery(CatalogModulesQuery, {
      variables: {
        filter: {
          search: debounced.search || undefined,
          competencyId: state.competencyId || undefined,
          form: state.form || undefined,
          minJp: debounced.minJp,
          maxJp: debounced.maxJp,
        },
        page: { offset: state.page * PAGE_SIZE, limit: PAGE_SIZE },
      },
    }),
  );
  const total = result.data?.courseModules.total ?? 0;
  const pages = Math.ceil(total / PAGE_SIZE);
  const filtered = !!(state.search.trim() || state.competencyId || state.form || state.minJp || state.maxJp);
  const jpRangeError = debounced.minJp != null && debounced.maxJp != null && debounced.minJp > debounced.maxJp;

  return (
    <ListFrame
      title={t('learning.catalog.title')}
      subtitle={result.data ? t('learning.catalog.count', { count: total }) : t('learning.catalog.subtitle')}
      filters={
        <ListFilters>
          <Grid size={{ xs: 12, md: 6, lg: 3 }}>
            <SearchField
              label={t('learning.catalog.search')}
              placeholder={t('learning.catalog.searchPlaceholder')}
              value={state.search}
              onChange={(q) => state.set({ q })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 6, lg: 3 }}>
            <CompetencyPicker
              label={t('learning.catalog.competency')}
              value={competencyValue}
              onChange={(c) => {
                setPicked(c);
                state.set({ kompetensi: c?.id ?? '' });
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 6, lg: 3 }}>
            <TextField
              select
              label={t('learning.form')}
              value={state.form || ''}
              onChange={(e) => state.set({ bentuk: Number(e.target.value) || 0 })}
              slotProps={SHOW_ALL}
            >
              <MenuItem value="">{t('common.all')}</MenuItem>
              {/* Modules have only forms that credit their stated JP; one given in the link stays choosable. */}
              {(forms.data?.learningForms ?? [])
                .filter((f) => f.forModules || f.id === state.form)
                .map((f) => (
                  <MenuItem key={f.id} value={f.id}>
                    {f.name}
                  </MenuItem>
                ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, md: 3, lg: 1.5 }}>
            <TextField
              label={t('learning.catalog.minJp')}
              value={state.minJp}
              onChange={(e) => state.set({ jpMin: e.target.value })}
              error={jpRangeError}
              slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 6 } }}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3, lg: 1.5 }}>
            <TextField
              label={t('learning.catalog.maxJp')}
              value={state.maxJp}
              onChange={(e) => state.set({ jpMaks: e.target.value })}
              error={jpRangeError}
              helperText={jpRangeError ? t('learning.catalog.jpRangeError') : undefined}
              slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 6 } }}
            />
          </Grid>
        </ListFilters>
      }
      plain
    >
      <ListStates
        result={result}
        pager={
          pages > 1 && (
            <Suspense fallback={<Box sx={{ height: 56 }} />}>
              <CatalogPager pages={pages} page={state.page} onPage={state.setPage} />
            </Suspense>
          )
        }
        loading={
          <Grid container spacing={2} aria-busy="true" data-testid="loading">
            {Array.from({ length: 6 }, (_, i) => (
              <Grid key={i} size={CARD}>
                <Skeleton variant="rounded" height={300} />
              </Grid>
            ))}
          </Grid>
        }
        isEmpty={(d) => d.courseModules.total === 0}
        empty={
          filtered ? (
            <EmptyState
              title={t('learning.catalog.emptyTitle')}
              body={t('learning.catalog.emptyBody')}
              action={
                <Button variant="outlined" onClick={state.clear}>
                  {t('learning.catalog.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState title={t('learning.catalog.noneTitle')} body={t('learning.catalog.noneBody')} />
          )
        }
      >
        {(data) => (
          <Grid container spacing={2}>
            {data.courseModules.items.map((m) => (
              <Grid key={m.id} size={CARD}>
                <ModuleCard module={m} />
              </Grid>
            ))}
          </Grid>
        )}
      </ListStates>
    </ListFrame>
  );
}
