import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, FormControlLabel, IconButton, Paper, Stack, Switch, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RubricInput } from '../../../gql/graphql';
import { fieldErrorList } from '../../../ui/errors';
import { parseDecimal } from '../../../ui/format';

export interface LevelDraft {
  id?: string | null;
  title: string;
  points: string;
}
export interface CriterionDraft {
  id?: string | null;
  title: string;
  levels: LevelDraft[];
}

type RubricSource = { criteria: { id: string; title: string; levels: { id: string; title: string; points: number }[] }[] } | null;

const decimal = (n: number) => String(n).replace('.', ',');

/** A rubric as the form edits it: numbers as typed. */
export function rubricDraft(rubric: RubricSource | undefined): CriterionDraft[] | null {
  return rubric
    ? rubric.criteria.map((c) => ({
        id: c.id,
        title: c.title,
        levels: c.levels.map((l) => ({ id: l.id, title: l.title, points: decimal(l.points) })),
      }))
    : null;
}

/** The rubric to send (the server checks it). */
export function rubricInput(criteria: CriterionDraft[]): RubricInput {
  return {
    criteria: criteria.map((c) => ({
      id: c.id ?? null,
      title: c.title,
      levels: c.levels.map((l) => ({ id: l.id ?? null, title: l.title, points: parseDecimal(l.points) ?? Number.NaN })),
    })),
  };
}

const newCriterion = (): CriterionDraft => ({
  title: '',
  levels: [
    { title: '', points: '0' },
    { title: '', points: '1' },
  ],
});

/** An essay's rubric: criteria with levels and their points, on or off. */
export function RubricEditor({
  value,
  onChange,
  error,
}: {
  value: CriterionDraft[] | null;
  onChange: (value: CriterionDraft[] | null) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const problems = new Map(
    (error ? fieldErrorList(error) : [])
      .filter((f) => f.field.startsWith('rubric'))
      .map((f) => [f.field, t(`assessment.rubric.rules.${f.rule}`, { defaultValue: f.message })]),
  );
  const at = (path: string) => problems.get(`rubric.${path}`);
  const setCriterion = (i: number, patch: Partial<CriterionDraft>) => onChange(value!.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const setLevel = (i: number, k: number, patch: Partial<LevelDraft>) =>
    setCriterion(i, { levels: value![i].levels.map((l, j) => (j === k ? { ...l, ...patch } : l)) });
  return (
    <Stack spacing={1}>
      <FormControlLabel
        control={<Switch checked={!!value} onChange={(e) => onChange(e.target.checked ? [newCriterion()] : null)} />}
        label={t('assessment.rubric.use')}
      />
      {value && (
        <>
          <Typography variant="body2" color={problems.size ? 'error' : 'text.secondary'}>
            {problems.get('rubric') ?? at('criteria') ?? t('assessment.rubric.help')}
          </Typography>
          {value.map((c, i) => (
            <Paper key={i} variant="outlined" sx={{ p: 1.5 }}>
              <Stack spacing={1}>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'start' }}>
                  <TextField
                    size="small"
                    fullWidth
                    label={t('assessment.rubric.criterionN', { n: i + 1 })}
                    value={c.title}
                    onChange={(e) => setCriterion(i, { title: e.target.value })}
                    error={!!at(`criteria.${i}.title`)}
                    helperText={at(`criteria.${i}.title`) ?? at(`criteria.${i}.levels`)}
                  />
                  <IconButton
                    aria-label={t('assessment.rubric.removeCriterion', { n: i + 1 })}
                    disabled={value.length <= 1}
                    onClick={() => onChange(value.filter((_, j) => j !== i))}
                  >
                    <DeleteOutline />
                  </IconButton>
                </Box>
                {c.levels.map((l, k) => (
                  <Box
                    key={k}
                    sx={{ display: 'grid', gap: 1, gridTemplateColumns: '3fr minmax(80px, 1fr) auto', alignItems: 'start', pl: 2 }}
                  >
                    <TextField
                      size="small"
                      label={t('assessment.rubric.levelN', { n: k + 1 })}
                      value={l.title}
                      onChange={(e) => setLevel(i, k, { title: e.target.value })}
                      error={!!at(`criteria.${i}.levels.${k}.title`)}
                      helperText={at(`criteria.${i}.levels.${k}.title`)}
                    />
                    <TextField
                      size="small"
                      label={t('assessment.rubric.points')}
                      value={l.points}
                      onChange={(e) => setLevel(i, k, { points: e.target.value })}
                      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                      error={!!at(`criteria.${i}.levels.${k}.points`)}
                      helperText={at(`criteria.${i}.levels.${k}.points`)}
                    />
                    <IconButton
                      aria-label={t('assessment.rubric.removeLevel', { n: k + 1, criterion: i + 1 })}
                      disabled={c.levels.length <= 2}
                      onClick={() => setCriterion(i, { levels: c.levels.filter((_, j) => j !== k) })}
                    >
                      <DeleteOutline />
                    </IconButton>
                  </Box>
                ))}
                <Box sx={{ pl: 2 }}>
                  <Button
                    size="small"
                    startIcon={<Add />}
                    disabled={c.levels.length >= 10}
                    onClick={() => setCriterion(i, { levels: [...c.levels, { title: '', points: '' }] })}
                  >
                    {t('assessment.rubric.addLevel')}
                  </Button>
                </Box>
              </Stack>
            </Paper>
          ))}
          <Box>
            <Button startIcon={<Add />} disabled={value.length >= 30} onClick={() => onChange([...value, newCriterion()])}>
              {t('assessment.rubric.addCriterion')}
            </Button>
          </Box>
        </>
      )}
    </Stack>
  );
}
