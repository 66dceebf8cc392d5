import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import {
  Autocomplete,
  Box,
  Button,
  FormControlLabel,
  FormHelperText,
  Grid,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { COMPETENCY_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyDetailFieldsFragment, CompetencyType } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { withinLimits } from '../../../ui/limits';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { errorUnder, pathFieldErrors } from '../../../ui/pathFieldErrors';
import { useScrollToError } from '../../../ui/useScrollToError';
import { CreateCompetencyMutation, GovernmentAffairsQuery, UpdateCompetencyMutation } from '../graphql/competency';
import { COMPETENCY_TYPES, LEVELS } from './chips';

const MAX_INDICATORS = COMPETENCY_LIMITS.indicators;

interface LevelForm {
  level: number;
  description: string;
  indicators: string[];
}

interface Props {
  /** The competency to edit; without it the dialog creates one. */
  competency?: CompetencyDetailFieldsFragment;
  onClose: () => void;
  onSaved: (id: string) => void;
}

function initialLevels(competency?: CompetencyDetailFieldsFragment): LevelForm[] {
  return LEVELS.map((level) => {
    const found = competency?.levels.find((l) => l.level === level);
    return { level, description: found?.description ?? '', indicators: found?.indicators.length ? [...found.indicators] : [''] };
  });
}

/** Creates or edits a dictionary entry: names, type, government affair and the five levels. */
export function CompetencyEditorDialog({ competency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    code: competency?.code ?? '',
    name: competency?.name ?? '',
    type: (competency?.type ?? 'TEKNIS') as CompetencyType,
    governmentAffair: competency?.governmentAffair ?? '',
    description: competency?.description ?? '',
    active: competency?.active ?? true,
  });
  const [levels, setLevels] = useState<LevelForm[]>(() => initialLevels(competency));
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const setLevel = (index: number, patch: Partial<LevelForm>) =>
    setLevels((ls) => ls.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const affairs = useQuery(GovernmentAffairsQuery);
  const refetchQueries = ['Competencies', 'GovernmentAffairs'];
  const [create, creating] = useMutation(CreateCompetencyMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateCompetencyMutation, { refetchQueries });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'competency');
  // The same rules read differently for a level's indicator list ("at least one indicator").
  const indicatorErrors = pathFieldErrors(error, t, 'competency.indicatorErrors', COMPETENCY_LIMITS);
  useScrollToError(error);
  const busy = creating.loading || updating.loading;
  const technical = form.type === 'TEKNIS';

  async function submit() {
    setError(null);
    const levelInput = levels.map((l) => ({
      level: l.level,
      description: l.description.trim(),
      indicators: l.indicators.map((i) => i.trim()).filter(Boolean),
    }));
    const affair = technical ? form.governmentAffair.trim() || null : null;
    try {
      if (competency) {
        const result = await update({
          variables: {
            input: {
              id: competency.id,
              name: form.name.trim(),
              description: form.description.trim(),
              ...(technical ? { governmentAffair: affair } : {}),
              active: form.active,
              levels: levelInput,
            },
          },
        });
        onSaved(result.data!.updateCompetency.id);
      } else {
        const result = await create({
          variables: {
            input: {
              code: form.code.trim(),
              name: form.name.trim(),
              type: form.type,
              governmentAffair: affair,
              description: form.description.trim(),
              levels: levelInput,
            },
          },
        });
        onSaved(result.data!.createCompetency.id);
      }
    } catch (e) {
      setError(e);
    }
  }

  const complete =
    !!form.code.trim() && !!form.name.trim() && !!form.description.trim() && levels.every((l) => l.description.trim().length > 0);
  const fits = withinLimits([
    [form.code, LIMITS.codeMax],
    [form.name, LIMITS.nameMax],
    [technical ? form.governmentAffair : '', LIMITS.nameMax],
    [form.description, COMPETENCY_LIMITS.descriptionMax],
    ...levels.flatMap((l) => [
      [l.description, COMPETENCY_LIMITS.levelDescriptionMax] as const,
      ...l.indicators.map((i) => [i, COMPETENCY_LIMITS.indicatorMax] as const),
    ]),
  ]);

  return (
    <FormDialog
      title={competency ? t('competency.editTitle') : t('competency.addTitle')}
      busy={busy}
      error={error}
      canSubmit={complete && fits}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <LimitedTextField
            maxChars={LIMITS.codeMax}
            label={t('competency.code')}
            required
            disabled={!!competency}
            value={form.code}
            onChange={(e) => set({ code: e.target.value })}
            error={!!errors.code}
            helperText={errors.code ?? (competency ? undefined : t('competency.codeHelp'))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <LimitedTextField
            maxChars={LIMITS.nameMax}
            label={t('competency.name')}
            required
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            error={!!errors.name}
            helperText={errors.name}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t('competency.typeLabel')}
            value={form.type}
            disabled={!!competency}
            onChange={(e) => set({ type: e.target.value as CompetencyType })}
            error={!!errors.type}
            helperText={errors.type ?? (competency ? t('competency.typeFixed') : undefined)}
          >
            {COMPETENCY_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {t(`competency.type.${type}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <Autocomplete
            freeSolo
            disabled={!technical}
            options={affairs.data?.governmentAffairs ?? []}
            value={technical ? form.governmentAffair : ''}
            onInputChange={(_, v) => set({ governmentAffair: v })}
            size="small"
            renderInput={(params) => (
              <LimitedTextField
                {...params}
                value={technical ? form.governmentAffair : ''}
                maxChars={LIMITS.nameMax}
                label={t('competency.affair')}
                required={technical}
                error={!!errors.governmentAffair}
                helperText={errors.governmentAffair ?? (technical ? t('competency.affairHelp') : t('competency.affairOnlyTechnical'))}
              />
            )}
          />
        </Grid>
        <Grid size={12}>
          <LimitedTextField
            maxChars={COMPETENCY_LIMITS.descriptionMax}
            label={t('competency.description')}
            required
            multiline
            minRows={2}
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
            error={!!errors.description}
            helperText={errors.description}
          />
        </Grid>
        {competency && (
          <Grid size={12}>
            <FormControlLabel
              control={<Switch checked={form.active} onChange={(e) => set({ active: e.target.checked })} />}
              label={t('competency.activeLabel')}
            />
            <FormHelperText sx={{ mt: 0 }}>{t('competency.activeHelp')}</FormHelperText>
          </Grid>
        )}
      </Grid>
      <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
        {t('competency.levels')}
      </Typography>
      {errors.levels && <FormHelperText error>{errors.levels}</FormHelperText>}
      {levels.map((l, index) => {
        const indicatorError = errorUnder(indicatorErrors, `levels.${index}.indicators`);
        return (
          <Paper
            key={l.level}
            variant="outlined"
            sx={{ p: { xs: 1.5, sm: 2 } }}
            role="group"
            aria-label={t('competency.levelN', { level: l.level })}
          >
            <Stack spacing={1.5}>
              <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
                {t('competency.levelN', { level: l.level })}
              </Typography>
              <LimitedTextField
                maxChars={COMPETENCY_LIMITS.levelDescriptionMax}
                label={t('competency.levelDescription')}
                required
                multiline
                minRows={2}
                value={l.description}
                onChange={(e) => setLevel(index, { description: e.target.value })}
                error={!!errors[`levels.${index}.description`]}
                helperText={errors[`levels.${index}.description`]}
              />
              {l.indicators.map((indicator, j) => (
                <Box key={j} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                  <LimitedTextField
                    maxChars={COMPETENCY_LIMITS.indicatorMax}
                    label={t('competency.indicatorN', { n: j + 1 })}
                    value={indicator}
                    multiline
                    onChange={(e) => setLevel(index, { indicators: l.indicators.map((x, k) => (k === j ? e.target.value : x)) })}
                  />
                  <IconButton
                    aria-label={t('competency.removeIndicator', { n: j + 1 })}
                    onClick={() => setLevel(index, { indicators: l.indicators.filter((_, k) => k !== j) })}
                  >
                    <DeleteOutline />
                  </IconButton>
                </Box>
              ))}
              {indicatorError && <FormHelperText error>{indicatorError}</FormHelperText>}
              <Box>
                <Button
                  size="small"
                  startIcon={<AddIcon />}
                  disabled={l.indicators.length >= MAX_INDICATORS}
                  onClick={() => setLevel(index, { indicators: [...l.indicators, ''] })}
                >
                  {t('competency.addIndicator')}
                </Button>
              </Box>
            </Stack>
          </Paper>
        );
      })}
    </FormDialog>
  );
}
