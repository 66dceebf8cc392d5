import {
  Autocomplete,
  Box,
  Checkbox,
  Chip,
  Grid,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { COMMITTEE_LIMITS } from '@komunitas-pintar/domain';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TalentPoolQuery as TalentPoolData } from '../../../gql/graphql';
import { SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { formatNip } from '../../../ui/format';
import { ListPage } from '../../../ui/ListPage';
import { SectionCard } from '../../../ui/SectionCard';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { ExportButtons } from '../components/ExportButtons';
import { PurposeForm, usePurpose } from '../components/PurposeField';
import { useAuditedRead } from '../components/useAuditedRead';
import { NineBoxGrid } from '../components/NineBoxGrid';
import { PoolPositionsQuery, TalentPoolQuery } from '../graphql/committee';
import { historyLink } from './TalentSearchPage';

const PoolRadar = lazy(() => import('../components/PoolRadar').then((m) => ({ default: m.PoolRadar })));

type Pool = TalentPoolData['talentPool'];
type Candidate = Pool['candidates'][number];
const SIZES = [10, 20, 50];
const COMPARE_MAX = 3;

interface PositionOption {
  id: string;
  code: string;
  name: string;
  opd?: { name: string } | null;
}

function PositionPicker({ value, onChange }: { value: PositionOption | null; onChange: (p: PositionOption | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const { data, loading } = useQuery(PoolPositionsQuery, { variables: { filter: search ? { search } : {} } });
  return (
    <Autocomplete
      value={value}
      onChange={(_e, v) => onChange(v)}
      inputValue={text}
      onInputChange={(_e, v) => setText(v)}
      options={data?.positions ?? []}
      loading={loading}
      filterOptions={(o) => o}
      getOptionLabel={(p) => `${p.name} (${p.code})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => (
        <TextField {...params} required label={t('committee.pool.position')} helperText={t('committee.pool.positionHelp')} />
      )}
    />
  );
}

function reasonText(t: (key: string, o?: Record<string, unknown>) => string, c: Candidate): string[] {
  return c.reasons
    .filter((r) => r.code !== 'NINE_BOX')
    .map((r) => t(`committee.pool.reason.${r.code}`, { value: r.value, of: r.of, points: r.points }));
}

function Candidates({
  pool,
  purpose,
  compared,
  onToggle,
}: {
  pool: Pool;
  purpose: string;
  compared: string[];
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    // A table wider than a phone scrolls: keyboard users reach it too.
    <TableContainer tabIndex={0} role="region" aria-label={t('committee.pool.candidates')}>
      <Table size="small" aria-label={t('committee.pool.candidates')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('committee.pool.rank')}</TableCell>
            <TableCell>{t('committee.column.employee')}</TableCell>
            <TableCell align="right">{t('committee.pool.score')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('committee.pool.reasons')}</TableCell>
            <TableCell>{t('committee.pool.compare')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pool.candidates.map((c) => {
            const checked = compared.includes(c.employee.id);
            return (
              <TableRow key={c.employee.id} data-testid="pool-row">
                <TableCell>{c.rank}</TableCell>
                <TableCell sx={{ minWidth: 0 }}>
                  <Link to={historyLink(c.employee.id, purpose)} style={{ color: 'inherit', fontWeight: 500 }}>
                    {c.employee.name}
                  </Link>
                  <Box sx={{ fontSize: 12, color: 'text.secondary' }}>
                    {[formatNip(c.employee.nip), c.employee.opd.name, c.employee.position?.name].filter(Boolean).join(' · ')}
                  </Box>
                  <Box sx={{ display: { xs: 'block', md: 'none' }, fontSize: 12, color: 'text.secondary' }}>
                    {reasonText(t, c).join(' · ')}
                  </Box>
                </TableCell>
                <TableCell align="right">
                  <strong>{c.score}</strong>
                  <Box sx={{ fontSize: 12, color: 'text.secondary', whiteSpace: 'nowrap' }}>
                    {t('committee.pool.fit', { percent: c.fitPercent })}
                  </Box>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                    {reasonText(t, c).map((r) => (
                      <Chip key={r} size="small" variant="outlined" label={r} />
                    ))}
                    {c.rating && (
                      <Chip
                        size="small"
                        color={c.rating.box >= 7 ? 'success' : 'default'}
                        label={t('committee.pool.box', { box: c.rating.box, year: c.rating.year })}
                      />
                    )}
                  </Box>
                </TableCell>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={checked}
                    disabled={!checked && compared.length >= COMPARE_MAX}
                    onChange={() => onToggle(c.employee.id)}
                    slotProps={{ input: { 'aria-label': t('committee.pool.compareOne', { name: c.employee.name }) } }}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Comparison({ pool, compared }: { pool: Pool; compared: Candidate[] }) {
  const { t } = useTranslation();
  const standard = (pool.candidates[0]?.competencies ?? []).map((c) => ({
    id: c.competency.id,
    code: c.competency.code,
    name: c.competency.name,
    requiredLevel: c.requiredLevel,
  }));
  const people = compared.map((c) => ({
    id: c.employee.id,
    name: c.employee.name,
    levels: new Map(c.competencies.map((l) => [l.competency.id, l.currentLevel ?? 0])),
  }));
  return (
    <Stack spacing={2}>
      <Suspense fallback={<SkeletonRows rows={1} height={300} />}>
        <PoolRadar standard={standard} candidates={people} positionName={pool.position.name} />
      </Suspense>
      <TableContainer tabIndex={0} role="region" aria-label={t('committee.pool.levelsTable')}>
        <Table size="small" aria-label={t('committee.pool.levelsTable')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('committee.field.competency')}</TableCell>
              <TableCell align="right">{t('committee.pool.required')}</TableCell>
              {compared.map((c) => (
                <TableCell key={c.employee.id} align="right">
                  {c.employee.name}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {standard.map((s) => (
              <TableRow key={s.id}>
                <TableCell title={s.name}>
                  {s.code}{' '}
                  <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
                    {s.name}
                  </Box>
                </TableCell>
                <TableCell align="right">{s.requiredLevel}</TableCell>
                {people.map((p) => {
                  const level = p.levels.get(s.id) ?? 0;
                  return (
                    <TableCell
                      key={p.id}
                      align="right"
                      sx={{
                        color: level < s.requiredLevel ? 'warning.dark' : undefined,
                        fontWeight: level < s.requiredLevel ? 600 : undefined,
                      }}
                    >
                      {level}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

export function TalentPoolPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const positionId = url.get('jabatan');
  const appliedPurpose = url.get('tujuan');
  const limit = SIZES.includes(Number(url.get('jumlah'))) ? Number(url.get('jumlah')) : COMMITTEE_LIMITS.poolDefault;
  const [position, setPosition] = useState<PositionOption | null>(null);
  const purpose = usePurpose(appliedPurpose);
  const [size, setSize] = useState(limit);
  const [positionError, setPositionError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[] | null>(null);
  const ready = !!positionId && appliedPurpose.trim().length >= COMMITTEE_LIMITS.purposeMin;
  const result = withPrevious(useAuditedRead(TalentPoolQuery, ready ? { input: { positionId, limit, purpose: appliedPurpose } } : null));
  const pool = result.data?.talentPool;
  const compared = useMemo(() => {
    const ids = picked ?? pool?.candidates.slice(0, COMPARE_MAX).map((c) => c.employee.id) ?? [];
    return (pool?.candidates ?? []).filter((c) => ids.includes(c.employee.id));
  }, [picked, pool]);

  const submit = () => {
    const checked = purpose.check();
    const chosen = position?.id ?? positionId;
    setPositionError(chosen ? null : t('committee.pool.positionRequired'));
    if (checked === null || !chosen) return;
    setPicked(null);
    url.set({ jabatan: chosen, tujuan: checked, jumlah: size === COMMITTEE_LIMITS.poolDefault ? 0 : size });
  };
  const toggle = (id: string) => {
    const current = compared.map((c) => c.employee.id);
    setPicked(current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(0, COMPARE_MAX));
  };

  return (
    <ListPage
      title={t('committee.pool.title')}
      subtitle={t('committee.pool.subtitle')}
      filters={
        <PurposeForm purpose={purpose} onSubmit={submit} submit={t('committee.pool.run')} sx={{ mb: 2 }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 9 }}>
              <PositionPicker value={position ?? (pool && pool.position.id === positionId ? pool.position : null)} onChange={setPosition} />
              {positionError && (
                <Typography variant="caption" color="error" role="alert">
                  {positionError}
                </Typography>
              )}
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField select fullWidth label={t('committee.pool.limit')} value={size} onChange={(e) => setSize(Number(e.target.value))}>
                {SIZES.map((s) => (
                  <MenuItem key={s} value={s}>
                    {t('committee.pool.limitOption', { count: s })}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          </Grid>
        </PurposeForm>
      }
      unavailable={!ready && <EmptyState title={t('committee.pool.startTitle')} body={t('committee.pool.startBody')} />}
      plain
      result={result}
      loading={<SkeletonRows rows={6} />}
      isEmpty={(d) => !d.talentPool.candidates.length}
      empty={<EmptyState title={t('committee.pool.emptyTitle')} body={t('committee.pool.emptyBody')} />}
    >
      {(data) => (
        <Grid container spacing={2}>
          <Grid size={12}>
            <SectionCard
              title={t('committee.pool.heading', {
                position: data.talentPool.position.name,
                count: data.talentPool.candidates.length,
                considered: data.talentPool.considered,
              })}
              action={<ExportButtons kind="pool" body={{ input: { positionId, limit, purpose: appliedPurpose } }} withPdf={false} />}
            >
              <Candidates pool={data.talentPool} purpose={appliedPurpose} compared={compared.map((c) => c.employee.id)} onToggle={toggle} />
            </SectionCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 7 }}>
            <SectionCard title={t('committee.pool.comparison')}>
              {compared.length ? (
                <Comparison pool={data.talentPool} compared={compared} />
              ) : (
                <Typography color="text.secondary">{t('committee.pool.pickToCompare')}</Typography>
              )}
            </SectionCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <SectionCard title={t('committee.nineBox.title')}>
              <NineBoxGrid
                people={data.talentPool.candidates.map((c) => ({
                  id: c.employee.id,
                  name: c.employee.name,
                  box: c.rating?.box ?? null,
                }))}
              />
            </SectionCard>
          </Grid>
        </Grid>
      )}
    </ListPage>
  );
}
