import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  Chip,
  List,
  ListItemText,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { COMMITTEE_LIMITS } from '@komunitas-pintar/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TalentSearchQuery as TalentSearchData, TalentSort } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatJp, formatNip, localToday } from '../../../ui/format';
import { ListHeading, ListPage } from '../../../ui/ListPage';
import { LinkListItem } from '../../../ui/LinkListItem';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { ExportButtons } from '../components/ExportButtons';
import { PurposeForm, usePurpose } from '../components/PurposeField';
import { useAuditedRead } from '../components/useAuditedRead';
import { SavedSearches } from '../components/SavedSearches';
import { draftWithinLimits, EMPTY_DRAFT, type FilterDraft, TalentFilterBuilder, toFilter } from '../components/TalentFilterBuilder';
import { TalentSearchQuery } from '../graphql/committee';

type Row = TalentSearchData['talentSearch']['items'][number];
const SORTS: TalentSort[] = ['NAME', 'NIP', 'JP'];

function readDraft(text: string): FilterDraft {
  if (!text) return EMPTY_DRAFT;
  try {
    const parsed = JSON.parse(text) as FilterDraft;
    return { ...parsed, competencies: parsed.competencies ?? [] };
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Link to a person's history, carrying the purpose the search was made for. */
export function historyLink(employeeId: string, purpose: string): string {
  return `/komite/pegawai/${employeeId}?tujuan=${encodeURIComponent(purpose)}`;
}

function Facts({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {row.competencies.map((c) => (
        <Chip
          key={c.competency.id}
          size="small"
          label={t('committee.fact', {
            code: c.competency.code,
            level: c.level,
            method: t(`competency.method.${c.method}`),
            date: formatDate(c.assessedOn),
          })}
          title={c.competency.name}
        />
      ))}
    </Box>
  );
}

/** Certificates, groups and the start in the position, where any is known. */
function Held({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <Box component="span" sx={{ display: 'block', fontSize: 12, color: 'text.secondary' }}>
      {[
        t('committee.heldFact', { certificates: row.certificates, groups: row.groupsCompleted }),
        row.matchingCertificates.length ? row.matchingCertificates.join(', ') : null,
        row.employee.positionSince ? t('committee.positionSince', { date: formatDate(row.employee.positionSince) }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </Box>
  );
}

function JpYears({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {row.jpByYear.map((y) => (
        <Chip
          key={y.year}
          size="small"
          variant="outlined"
          color={y.reached === false ? 'warning' : y.reached ? 'success' : 'default'}
          label={`${y.year}: ${formatJp(y.jp)}`}
          aria-label={t(y.reached === false ? 'committee.jpYearShort' : 'committee.jpYear', { year: y.year, jp: formatJp(y.jp) })}
        />
      ))}
    </Box>
  );
}

function Results({ data, purpose, narrow }: { data: TalentSearchData; purpose: string; narrow: boolean }) {
  const { t } = useTranslation();
  const rows = data.talentSearch.items;
  if (narrow) {
    return (
      <List disablePadding aria-label={t('committee.results')}>
        {rows.map((r) => (
          <LinkListItem key={r.employee.id} to={historyLink(r.employee.id, purpose)} divider data-testid="talent-row">
            <ListItemText
              primary={r.employee.name}
              secondary={
                <Stack component="span" spacing={0.75} sx={{ mt: 0.5 }}>
                  <span>{[r.employee.opd.name, r.employee.position?.name, r.employee.rank].filter(Boolean).join(' · ')}</span>
                  <Facts row={r} />
                  <JpYears row={r} />
                  <Held row={r} />
                </Stack>
              }
              slotProps={{ secondary: { component: 'span' } }}
            />
          </LinkListItem>
        ))}
      </List>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={t('committee.results')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('committee.column.employee')}</TableCell>
            <TableCell>{t('committee.column.placement')}</TableCell>
            <TableCell>{t('committee.column.competencies')}</TableCell>
            <TableCell>{t('committee.column.jp')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.employee.id} data-testid="talent-row">
              <TableCell>
                <Link to={historyLink(r.employee.id, purpose)} style={{ color: 'inherit', fontWeight: 500 }}>
                  {r.employee.name}
                </Link>
                <Box sx={{ fontFamily: 'monospace', fontSize: 12, color: 'text.secondary', whiteSpace: 'nowrap' }}>
                  {formatNip(r.employee.nip)}
                </Box>
              </TableCell>
              <TableCell>
                {r.employee.opd.name}
                <Box sx={{ fontSize: 12, color: 'text.secondary' }}>
                  {[r.employee.position?.name, r.employee.rank, r.employee.employeeType].filter(Boolean).join(' · ')}
                </Box>
              </TableCell>
              <TableCell>
                {r.competencies.length ? <Facts row={r} /> : null}
                <Held row={r} />
              </TableCell>
              <TableCell>
                <JpYears row={r} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function TalentSearchPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const applied = useMemo(() => readDraft(url.get('q')), [url.get('q')]); // eslint-disable-line react-hooks/exhaustive-deps
  const appliedPurpose = url.get('tujuan');
  const [draft, setDraft] = useState<FilterDraft>(applied);
  const purpose = usePurpose(appliedPurpose);
  const thisYear = Number(localToday().slice(0, 4));
  const sort = (SORTS.includes(url.get('urut') as TalentSort) ? url.get('urut') : 'NAME') as TalentSort;
  const ready = appliedPurpose.trim().length >= COMMITTEE_LIMITS.purposeMin;
  const result = withPrevious(
    useAuditedRead(
      TalentSearchQuery,
      ready ? { input: { ...toFilter(applied), purpose: appliedPurpose }, page: url.pageInput, sort } : null,
    ),
  );
  const total = result.data?.talentSearch.total ?? 0;

  const submit = () => {
    const checked = purpose.check();
    // Text over the limit is marked at its field; the server would refuse it.
    if (checked === null || !draftWithinLimits(draft)) return;
    url.set({ q: JSON.stringify(draft), tujuan: checked });
  };

  return (
    <ListPage
      title={t('committee.search.title')}
      subtitle={t('committee.search.subtitle')}
      filters={
        <PurposeForm purpose={purpose} onSubmit={submit} submit={t('committee.search.run')} submitIcon={<SearchIcon />} sx={{ mb: 2 }}>
          <TextField
            size="small"
            label={t('committee.field.search')}
            value={draft.search ?? ''}
            onChange={(e) => setDraft({ ...draft, search: e.target.value })}
          />
          <SavedSearches draft={draft} onLoad={setDraft} />
          <TalentFilterBuilder draft={draft} onChange={setDraft} thisYear={thisYear} />
        </PurposeForm>
      }
      unavailable={!ready && <EmptyState title={t('committee.startTitle')} body={t('committee.startBody')} />}
      toolbar={
        <ListHeading
          announce
          actions={
            <>
              {total > 0 && <ExportButtons kind="search" body={{ input: { ...toFilter(applied), purpose: appliedPurpose }, sort }} />}
              <TextField
                select
                size="small"
                label={t('committee.sortLabel')}
                value={sort}
                onChange={(e) => url.set({ urut: e.target.value === 'NAME' ? '' : e.target.value })}
                sx={{ minWidth: 180 }}
              >
                {SORTS.map((s) => (
                  <MenuItem key={s} value={s}>
                    {t(`committee.sort.${s}`)}
                  </MenuItem>
                ))}
              </TextField>
            </>
          }
        >
          {result.data ? t('committee.found', { count: total }) : t('committee.results')}
        </ListHeading>
      }
      result={result}
      total={total}
      pager={url.pager}
      isEmpty={(d) => d.talentSearch.total === 0}
      empty={<EmptyState title={t('committee.emptyTitle')} body={t('committee.emptyBody')} />}
    >
      {(data, narrow) => <Results data={data} purpose={appliedPurpose} narrow={narrow} />}
    </ListPage>
  );
}
