import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  Button,
  Grid,
  IconButton,
  InputAdornment,
  List,
  ListItem,
  ListSubheader,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { hasAtMostOneDecimal, PLAN_LIMITS, sumJp } from '@komunitas-pintar/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearningFormFieldsFragment, PlanDetailFieldsFragment, PlanItemInput } from '../../../gql/graphql';
import { type CompetencyOption, CompetencyPicker } from '../../competency/components/CompetencyPicker';
import { creditRule } from '../../learning/components/creditRule';
import { EmptyState } from '../../../ui/EmptyState';
import { formatJp, formatRupiah, monthName, parseDecimal } from '../../../ui/format';
import { LimitedTextField } from '../../../ui/LimitedTextField';

type Item = PlanDetailFieldsFragment['items'][number];

export interface ItemRow {
  key: number;
  competency: CompetencyOption | null;
  formId: number | '';
  targetJp: string;
  /** The JP field has been edited: an empty one is then marked as missing. */
  jpTouched?: boolean;
  /** The levels of the competency the item starts from and aims at, kept as the server gave them. */
  currentLevel: number | null;
  targetLevel: number | null;
  note: string;
  organiser: string;
  plannedMonth: number | '';
  budget: string;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

let nextKey = 1;

function emptyRow(): ItemRow {
  return {
    key: nextKey++,
    competency: null,
    formId: '',
    targetJp: '',
    currentLevel: null,
    targetLevel: null,
    note: '',
    organiser: '',
    plannedMonth: '',
    budget: '',
  };
}

export function toRows(items: Item[]): ItemRow[] {
  return items.map((i) => ({
    key: nextKey++,
    competency: i.competency,
    formId: i.form.id,
    targetJp: String(i.targetJp),
    currentLevel: i.currentLevel ?? null,
    targetLevel: i.targetLevel ?? null,
    note: i.note ?? '',
    organiser: i.organiser ?? '',
    plannedMonth: i.plannedMonth ?? '',
    budget: i.budget === null || i.budget === undefined ? '' : String(i.budget),
  }));
}

export function toInput(rows: ItemRow[]): PlanItemInput[] {
  return rows.map((r) => ({
    competencyId: r.competency?.id ?? null,
    formId: r.formId === '' ? 0 : r.formId,
    targetJp: parseDecimal(r.targetJp) ?? 0,
    currentLevel: r.currentLevel,
    targetLevel: r.targetLevel,
    note: r.note.trim() || null,
    organiser: r.organiser.trim() || null,
    plannedMonth: r.plannedMonth === '' ? null : r.plannedMonth,
    budget: parseDecimal(r.budget),
  }));
}

/** The JP of the rows whose figure the server would accept: an out-of-range figure counts nothing towards the target. */
export function rowsTotal(rows: ItemRow[]): number {
  return sumJp(rows.filter((r) => validJp(r.targetJp)).map((r) => parseDecimal(r.targetJp)!));
}

function validJp(text: string): boolean {
  const jp = parseDecimal(text);
  return jp !== null && jp >= PLAN_LIMITS.jpMin && jp <= PLAN_LIMITS.jpMax && hasAtMostOneDecimal(jp);
}

/**
 * "Level 1 → 2": the step of its competency an item aims at, worded in the reader's language (from
 * no level yet, or towards a level when the level held is not known); null for an item without one.
 */
export function levelStep(t: TFunction, item: { currentLevel?: number | null; targetLevel?: number | null }): string | null {
  if (item.targetLevel === null || item.targetLevel === undefined) return null;
  if (item.currentLevel === null || item.currentLevel === undefined) return t('plan.item.levelTarget', { to: item.targetLevel });
  return t('plan.item.levelStep', { from: item.currentLevel, to: item.targetLevel, context: item.currentLevel === 0 ? 'none' : undefined });
}

/** A row is ready to save when it has a JP figure the server accepts and a form (JP first: the JP field asks about it alone). */
export function rowProblem(row: ItemRow): 'jp' | 'form' | null {
  if (!validJp(row.targetJp)) return 'jp';
  if (row.formId === '') return 'form';
  return null;
}

function FormSelect({
  forms,
  value,
  onChange,
  error,
}: {
  forms: LearningFormFieldsFragment[];
  value: number | '';
  onChange: (id: number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const chosen = forms.find((f) => f.id === value);
  const groups = (['KLASIKAL', 'NONKLASIKAL'] as const).map((d) => ({ delivery: d, forms: forms.filter((f) => f.delivery === d) }));
  return (
    <TextField
      select
      required
      label={t('plan.item.form')}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      error={!!error}
      helperText={error ?? (chosen ? creditRule(t, chosen) : undefined)}
    >
      {groups.flatMap((g) => [
        <ListSubheader key={g.delivery}>{t(`plan.delivery.${g.delivery}`)}</ListSubheader>,
        ...g.forms.map((f) => (
          <MenuItem key={f.id} value={f.id} sx={{ whiteSpace: 'normal' }}>
            {f.name}
          </MenuItem>
        )),
      ])}
    </TextField>
  );
}

/** Editable plan items: one bordered block per activity, fields wrapping on phones. */
export function PlanItemsEditor({
  rows,
  onChange,
  forms,
  errors,
}: {
  rows: ItemRow[];
  onChange: (rows: ItemRow[]) => void;
  forms: LearningFormFieldsFragment[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<ItemRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Box data-testid="plan-items-editor">
      {rows.length === 0 && <EmptyState title={t('plan.item.noneTitle')} body={t('plan.item.noneBody')} />}
      {rows.map((r, i) => {
        const e = (field: string) => errors[`items.${i}.${field}`];
        const jpEmpty = r.targetJp.trim() === '';
        const jpProblem = (r.jpTouched || !jpEmpty) && rowProblem(r) === 'jp';
        const budget = parseDecimal(r.budget);
        return (
          <Paper
            key={r.key}
            variant="outlined"
            sx={{ p: { xs: 1.5, sm: 2 }, mb: 2 }}
            role="group"
            aria-label={t('plan.item.n', { n: i + 1 })}
          >
            <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1.5 }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {t('plan.item.n', { n: i + 1 })}
              </Typography>
              <Tooltip title={t('plan.item.remove')}>
                <IconButton aria-label={t('plan.item.removeN', { n: i + 1 })} onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
                  <DeleteOutlined />
                </IconButton>
              </Tooltip>
            </Box>
            <Grid container spacing={2}>
              <Grid size={12}>
                {/* The levels belong to the competency: choosing another one leaves the item without them. */}
                <CompetencyPicker
                  label={t('plan.item.competency')}
                  value={r.competency}
                  onChange={(c) =>
                    set(r.key, c?.id === r.competency?.id ? { competency: c } : { competency: c, currentLevel: null, targetLevel: null })
                  }
                  error={e('competencyId') ?? e('targetLevel') ?? e('currentLevel')}
                  helperText={levelStep(t, r) ?? t('plan.item.competencyHelp')}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <FormSelect forms={forms} value={r.formId} onChange={(formId) => set(r.key, { formId })} error={e('formId')} />
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <TextField
                  label={t('plan.item.targetJp')}
                  required
                  value={r.targetJp}
                  onChange={(ev) => set(r.key, { targetJp: ev.target.value, jpTouched: true })}
                  error={!!e('targetJp') || jpProblem}
                  helperText={e('targetJp') ?? (jpProblem ? (jpEmpty ? t('rules.REQUIRED') : t('plan.item.jpRange')) : undefined)}
                  slotProps={{
                    htmlInput: { inputMode: 'decimal', 'aria-label': t('plan.item.targetJpN', { n: i + 1 }) },
                    input: { endAdornment: <InputAdornment position="end">JP</InputAdornment> },
                  }}
                />
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <TextField
                  select
                  label={t('plan.item.month')}
                  value={r.plannedMonth}
                  onChange={(ev) => set(r.key, { plannedMonth: ev.target.value === '' ? '' : Number(ev.target.value) })}
                  error={!!e('plannedMonth')}
                  helperText={e('plannedMonth')}
                >
                  <MenuItem value="">–</MenuItem>
                  {MONTHS.map((m) => (
                    <MenuItem key={m} value={m}>
                      {monthName(m)}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <LimitedTextField
                  maxChars={200}
                  label={t('plan.item.organiser')}
                  value={r.organiser}
                  onChange={(ev) => set(r.key, { organiser: ev.target.value })}
                  error={!!e('organiser')}
                  helperText={e('organiser')}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField
                  label={t('plan.item.budget')}
                  value={r.budget}
                  onChange={(ev) => set(r.key, { budget: ev.target.value.replace(/[^\d]/g, '') })}
                  error={!!e('budget')}
                  helperText={e('budget') ?? (budget ? formatRupiah(budget) : undefined)}
                  slotProps={{
                    htmlInput: { inputMode: 'numeric' },
                    input: { startAdornment: <InputAdornment position="start">Rp</InputAdornment> },
                  }}
                />
              </Grid>
              <Grid size={12}>
                <LimitedTextField
                  maxChars={500}
                  label={t('plan.item.note')}
                  multiline
                  value={r.note}
                  onChange={(ev) => set(r.key, { note: ev.target.value })}
                  error={!!e('note')}
                  helperText={e('note')}
                />
              </Grid>
            </Grid>
          </Paper>
        );
      })}
      <Button
        variant="outlined"
        startIcon={<AddIcon />}
        onClick={() => onChange([...rows, emptyRow()])}
        disabled={rows.length >= PLAN_LIMITS.items}
      >
        {t('plan.item.add')}
      </Button>
    </Box>
  );
}

function CompetencyCell({ item }: { item: Item }) {
  const { t } = useTranslation();
  return item.competency ? (
    <Link to={`/kompetensi/${item.competency.id}`}>{item.competency.name}</Link>
  ) : (
    <>{t('plan.item.noCompetency')}</>
  );
}

/** The level step of an item, under its competency. */
function LevelStepLine({ item }: { item: Item }) {
  const { t } = useTranslation();
  const step = levelStep(t, item);
  return step ? (
    <Typography variant="body2" color="text.secondary" data-testid="plan-item-level">
      {step}
    </Typography>
  ) : null;
}

/** Read-only plan items: a table on wide screens, a list on phones. */
export function PlanItemsView({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  if (items.length === 0) return <EmptyState title={t('plan.item.noneTitle')} />;
  if (phone) {
    return (
      <List disablePadding aria-label={t('plan.items')}>
        {items.map((item) => (
          <ListItem key={item.id} divider disableGutters sx={{ display: 'block' }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
              <Typography variant="body1" sx={{ fontWeight: 500, minWidth: 0 }}>
                <CompetencyCell item={item} />
              </Typography>
              <Typography variant="body1" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {formatJp(item.targetJp)}
              </Typography>
            </Box>
            <LevelStepLine item={item} />
            <Typography variant="body2" color="text.secondary">
              {[
                item.form.name,
                item.plannedMonth ? monthName(item.plannedMonth) : null,
                item.organiser,
                item.budget ? formatRupiah(item.budget) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
            {item.note && <Typography variant="body2">{item.note}</Typography>}
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={t('plan.items')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('plan.item.competency')}</TableCell>
            <TableCell>{t('plan.item.form')}</TableCell>
            <TableCell align="right">JP</TableCell>
            <TableCell>{t('plan.item.schedule')}</TableCell>
            <TableCell align="right">{t('plan.item.budget')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableCell>
                <CompetencyCell item={item} />
                <LevelStepLine item={item} />
                {item.note && (
                  <Typography variant="body2" color="text.secondary">
                    {item.note}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{item.form.name}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatJp(item.targetJp, { unit: false })}
              </TableCell>
              <TableCell>
                {[item.plannedMonth ? monthName(item.plannedMonth) : null, item.organiser].filter(Boolean).join(' · ') || '–'}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {item.budget ? formatRupiah(item.budget) : '–'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
