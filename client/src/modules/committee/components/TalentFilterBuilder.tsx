import AddIcon from '@mui/icons-material/Add';
import { Autocomplete, Box, Button, Chip, FormControlLabel, Grid, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { COMMITTEE_LIMITS, LIMITS, PNS_RANKS, PPPK_RANKS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod, EmployeeType, PositionType, TalentSearchInput } from '../../../gql/graphql';

/** The conditions of a search, without its purpose. */
export type TalentFilter = Omit<TalentSearchInput, 'purpose'>;
import { formatJp, parseDecimal } from '../../../ui/format';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { withinLimits } from '../../../ui/limits';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { CompetencyPicker, type CompetencyOption } from '../../competency/components/CompetencyPicker';
import { CommitteeReferenceQuery } from '../graphql/committee';

export const METHODS: AssessmentMethod[] = ['ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER', 'SUPERVISOR', 'TRAINING', 'SELF'];
const EVIDENCE_MONTHS = [6, 12, 24, 36];
const LEVELS = [1, 2, 3, 4, 5];
const COUNTS = [1, 2, 3, 5];

/** A select of a few numbers, or none ("any"): the shape of the builder's minimum and age conditions. */
function NumberChoice({
  label,
  value,
  onChange,
  anyLabel,
  options,
  optionLabel,
}: {
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  anyLabel: string;
  options: readonly number[];
  optionLabel: (n: number) => string;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      slotProps={SHOW_ALL}
    >
      <MenuItem value="">{anyLabel}</MenuItem>
      {options.map((n) => (
        <MenuItem key={n} value={n}>
          {optionLabel(n)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A competency condition as the builder keeps it: with the code and name to label its chip. */
export interface CompetencyChoice {
  competencyId: string;
  minLevel: number;
  code: string;
  name: string;
}

/** The filter being built, with the labels its chips need. */
export interface FilterDraft extends Omit<TalentFilter, 'competencies'> {
  competencies: CompetencyChoice[];
}

export const EMPTY_DRAFT: FilterDraft = { competencies: [] };

/** Whether the draft's texts are within their limits: a draft with text over one is not sent. */
export function draftWithinLimits(draft: FilterDraft): boolean {
  return withinLimits([[draft.certificateTitle, LIMITS.searchMax]]);
}

/** The filter the API takes: the draft without the labels, and without empty conditions. */
export function toFilter(draft: FilterDraft): TalentFilter {
  const filter: TalentFilter = {};
  if (draft.search?.trim()) filter.search = draft.search.trim();
  if (draft.competencies.length) filter.competencies = draft.competencies.map(({ competencyId, minLevel }) => ({ competencyId, minLevel }));
  if (draft.evidenceWithinMonths) filter.evidenceWithinMonths = draft.evidenceWithinMonths;
  if (draft.evidenceMethods?.length) filter.evidenceMethods = draft.evidenceMethods;
  if (draft.jp) filter.jp = draft.jp;
  if (draft.opdIds?.length) filter.opdIds = draft.opdIds;
  if (draft.positionTypes?.length) filter.positionTypes = draft.positionTypes;
  if (draft.ranks?.length) filter.ranks = draft.ranks;
  if (draft.employeeTypes?.length) filter.employeeTypes = draft.employeeTypes;
  if (draft.minCertificates) filter.minCertificates = draft.minCertificates;
  if (draft.certificateTitle?.trim()) filter.certificateTitle = draft.certificateTitle.trim();
  if (draft.minGroupsCompleted) filter.minGroupsCompleted = draft.minGroupsCompleted;
  if (draft.minYearsInPosition) filter.minYearsInPosition = draft.minYearsInPosition;
  return filter;
}

/** One chip per condition of the draft, each removable. */
export function useConditionChips(draft: FilterDraft, onChange?: (next: FilterDraft) => void) {
  const { t } = useTranslation();
  const reference = useQuery(CommitteeReferenceQuery);
  const opdName = (id: string) => reference.data?.opds.find((o) => o.id === id)?.name ?? '…';
  const chips: { key: string; label: string; remove: () => void }[] = [];
  const set = (patch: Partial<FilterDraft>) => onChange?.({ ...draft, ...patch });
  if (draft.search)
    chips.push({ key: 'search', label: t('committee.chip.search', { text: draft.search }), remove: () => set({ search: null }) });
  draft.competencies.forEach((c) =>
    chips.push({
      key: `c-${c.competencyId}`,
      label: t('committee.chip.competency', { code: c.code, name: c.name, level: c.minLevel }),
      remove: () => set({ competencies: draft.competencies.filter((x) => x.competencyId !== c.competencyId) }),
    }),
  );
  if (draft.evidenceWithinMonths) {
    chips.push({
      key: 'months',
      label: t('committee.chip.months', { count: draft.evidenceWithinMonths }),
      remove: () => set({ evidenceWithinMonths: null }),
    });
  }
  if (draft.evidenceMethods?.length) {
    chips.push({
      key: 'methods',
      label: t('committee.chip.methods', { methods: draft.evidenceMethods.map((m) => t(`competency.method.${m}`)).join(', ') }),
      remove: () => set({ evidenceMethods: null }),
    });
  }
  if (draft.jp) {
    const { fromYear, toYear, minJp } = draft.jp;
    chips.push({
      key: 'jp',
      label: minJp
        ? t('committee.chip.jpMin', { jp: formatJp(minJp), from: fromYear, to: toYear })
        : t('committee.chip.jpTarget', { from: fromYear, to: toYear }),
      remove: () => set({ jp: null }),
    });
  }
  draft.opdIds?.forEach((id) =>
    chips.push({ key: `o-${id}`, label: opdName(String(id)), remove: () => set({ opdIds: draft.opdIds!.filter((x) => x !== id) }) }),
  );
  draft.positionTypes?.forEach((p) =>
    chips.push({
      key: `p-${p}`,
      label: t(`positionType.${p}`),
      remove: () => set({ positionTypes: draft.positionTypes!.filter((x) => x !== p) }),
    }),
  );
  draft.ranks?.forEach((r) =>
    chips.push({
      key: `r-${r}`,
      label: t('committee.chip.rank', { rank: r }),
      remove: () => set({ ranks: draft.ranks!.filter((x) => x !== r) }),
    }),
  );
  draft.employeeTypes?.forEach((e) =>
    chips.push({ key: `e-${e}`, label: e, remove: () => set({ employeeTypes: draft.employeeTypes!.filter((x) => x !== e) }) }),
  );
  if (draft.minCertificates)
    chips.push({
      key: 'certs',
      label: t('committee.chip.certificates', { count: draft.minCertificates }),
      remove: () => set({ minCertificates: null }),
    });
  if (draft.certificateTitle?.trim()) {
    chips.push({
      key: 'certTitle',
      label: t('committee.chip.certificateTitle', { text: draft.certificateTitle.trim() }),
      remove: () => set({ certificateTitle: null }),
    });
  }
  if (draft.minGroupsCompleted)
    chips.push({
      key: 'groups',
      label: t('committee.chip.groups', { count: draft.minGroupsCompleted }),
      remove: () => set({ minGroupsCompleted: null }),
    });
  if (draft.minYearsInPosition)
    chips.push({
      key: 'years',
      label: t('committee.chip.yearsInPosition', { count: draft.minYearsInPosition }),
      remove: () => set({ minYearsInPosition: null }),
    });
  return chips;
}

export function ConditionChips({ draft, onChange }: { draft: FilterDraft; onChange?: (next: FilterDraft) => void }) {
  const { t } = useTranslation();
  const chips = useConditionChips(draft, onChange);
  if (!chips.length) return <Typography color="text.secondary">{t('committee.noConditions')}</Typography>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} aria-label={t('committee.conditions')} role="list">
      {chips.map((c) => (
        <Chip key={c.key} role="listitem" label={c.label} onDelete={onChange ? c.remove : undefined} color="primary" variant="outlined" />
      ))}
    </Box>
  );
}

/** Builds a talent filter: each condition added shows as a chip that can be removed. */
export function TalentFilterBuilder({
  draft,
  onChange,
  thisYear,
}: {
  draft: FilterDraft;
  onChange: (next: FilterDraft) => void;
  thisYear: number;
}) {
  const { t } = useTranslation();
  const reference = useQuery(CommitteeReferenceQuery);
  const [competency, setCompetency] = useState<CompetencyOption | null>(null);
  const [level, setLevel] = useState(3);
  const [jpYears, setJpYears] = useState(3);
  const [jpText, setJpText] = useState('');
  const set = (patch: Partial<FilterDraft>) => onChange({ ...draft, ...patch });
  const full = draft.competencies.length >= COMMITTEE_LIMITS.competencyConditions;
  const minJp = jpText.trim() ? parseDecimal(jpText) : null;
  const jpInvalid = jpText.trim() !== '' && (minJp === null || minJp <= 0);

  return (
    <Stack spacing={2}>
      <ConditionChips draft={draft} onChange={onChange} />
      <Grid container spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <CompetencyPicker
            label={t('committee.field.competency')}
            value={competency}
            onChange={setCompetency}
            excludeIds={draft.competencies.map((c) => c.competencyId)}
          />
        </Grid>
        <Grid size={{ xs: 7, md: 3 }}>
          <TextField
            select
            size="small"
            label={t('committee.field.minLevel')}
            value={level}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
            {LEVELS.map((l) => (
              <MenuItem key={l} value={l}>
                {t('committee.levelAtLeast', { level: l })}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 5, md: 3 }}>
          <Button
            variant="outlined"
            startIcon={<AddIcon />}
            disabled={!competency || full}
            fullWidth
            onClick={() => {
              if (!competency) return;
              set({
                competencies: [
                  ...draft.competencies,
                  { competencyId: competency.id, minLevel: level, code: competency.code, name: competency.name },
                ],
              });
              setCompetency(null);
            }}
          >
            {t('committee.addCompetency')}
          </Button>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <NumberChoice
            label={t('committee.field.evidenceWithin')}
            value={draft.evidenceWithinMonths}
            onChange={(v) => set({ evidenceWithinMonths: v })}
            anyLabel={t('committee.anyAge')}
            options={EVIDENCE_MONTHS}
            optionLabel={(n) => t('committee.months', { count: n })}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 9 }}>
          <Autocomplete
            multiple
            size="small"
            options={METHODS}
            value={draft.evidenceMethods ?? []}
            onChange={(_, v) => set({ evidenceMethods: v })}
            getOptionLabel={(m) => t(`competency.method.${m}`)}
            renderInput={(params) => <TextField {...params} label={t('committee.field.methods')} placeholder={t('committee.anyMethod')} />}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <FormControlLabel
            control={
              <Switch
                checked={!!draft.jp}
                onChange={(e) =>
                  set({
                    jp: e.target.checked ? { fromYear: thisYear - jpYears + 1, toYear: thisYear, minJp: jpInvalid ? null : minJp } : null,
                  })
                }
              />
            }
            label={t('committee.field.jpCondition')}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3, md: 3 }}>
          <TextField
            select
            size="small"
            label={t('committee.field.jpYears')}
            value={jpYears}
            onChange={(e) => {
              const years = Number(e.target.value);
              setJpYears(years);
              if (draft.jp) set({ jp: { ...draft.jp, fromYear: thisYear - years + 1, toYear: thisYear } });
            }}
          >
            {[1, 2, 3, 5].map((y) => (
              <MenuItem key={y} value={y}>
                {t('committee.lastYears', { count: y })}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 6, sm: 3, md: 3 }}>
          <TextField
            size="small"
            label={t('committee.field.minJp')}
            value={jpText}
            error={jpInvalid}
            helperText={jpInvalid ? t('committee.minJpInvalid') : t('committee.minJpHelp')}
            onChange={(e) => {
              setJpText(e.target.value);
              const value = e.target.value.trim() ? parseDecimal(e.target.value) : null;
              if (draft.jp && (value === null || value > 0)) set({ jp: { ...draft.jp, minJp: value } });
            }}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Autocomplete
            multiple
            size="small"
            options={reference.data?.opds.map((o) => o.id) ?? []}
            value={draft.opdIds ?? []}
            onChange={(_, v) => set({ opdIds: v })}
            getOptionLabel={(id) => reference.data?.opds.find((o) => o.id === id)?.name ?? ''}
            renderInput={(params) => <TextField {...params} label={t('committee.field.opd')} placeholder={t('common.all')} />}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Autocomplete
            multiple
            size="small"
            options={(reference.data?.positionTypes.map((p) => p.code) ?? []) as PositionType[]}
            value={draft.positionTypes ?? []}
            onChange={(_, v) => set({ positionTypes: v })}
            getOptionLabel={(p) => t(`positionType.${p}`)}
            renderInput={(params) => <TextField {...params} label={t('committee.field.positionType')} placeholder={t('common.all')} />}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Autocomplete
            multiple
            size="small"
            options={[...PNS_RANKS, ...PPPK_RANKS] as string[]}
            value={draft.ranks ?? []}
            onChange={(_, v) => set({ ranks: v })}
            renderInput={(params) => <TextField {...params} label={t('committee.field.rank')} placeholder={t('common.all')} />}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Autocomplete
            multiple
            size="small"
            options={['PNS', 'PPPK'] as EmployeeType[]}
            value={draft.employeeTypes ?? []}
            onChange={(_, v) => set({ employeeTypes: v })}
            renderInput={(params) => <TextField {...params} label={t('committee.field.employeeType')} placeholder={t('common.all')} />}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <NumberChoice
            label={t('committee.field.minCertificates')}
            value={draft.minCertificates}
            onChange={(v) => set({ minCertificates: v })}
            anyLabel={t('committee.any')}
            options={COUNTS}
            optionLabel={(n) => t('committee.atLeast', { count: n })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <LimitedTextField
            maxChars={LIMITS.searchMax}
            size="small"
            label={t('committee.field.certificateTitle')}
            value={draft.certificateTitle ?? ''}
            onChange={(e) => set({ certificateTitle: e.target.value })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <NumberChoice
            label={t('committee.field.minGroups')}
            value={draft.minGroupsCompleted}
            onChange={(v) => set({ minGroupsCompleted: v })}
            anyLabel={t('committee.any')}
            options={COUNTS}
            optionLabel={(n) => t('committee.atLeast', { count: n })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <NumberChoice
            label={t('committee.field.yearsInPosition')}
            value={draft.minYearsInPosition}
            onChange={(v) => set({ minYearsInPosition: v })}
            anyLabel={t('committee.any')}
            options={[1, 2, 3, 5, 10]}
            optionLabel={(n) => t('committee.yearsAtLeast', { count: n })}
          />
        </Grid>
      </Grid>
    </Stack>
  );
}
