import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Autocomplete, Box, Button, FormHelperText, Grid, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { COMPETENCY_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionDetailFieldsFragment } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { withinLimits } from '../../../ui/limits';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { errorUnder, pathFieldErrors } from '../../../ui/pathFieldErrors';
import { useScrollToError } from '../../../ui/useScrollToError';
import { GovernmentAffairsQuery, SetPositionStandardMutation } from '../graphql/competency';
import { COMPETENCY_TYPES, LEVELS, TRAINING_RATINGS } from './chips';
import { type CompetencyOption, CompetencyPicker } from './CompetencyPicker';

interface Row {
  key: number;
  competency: CompetencyOption | null;
  requiredLevel: number;
}

interface TrainingRow {
  key: number;
  name: string;
  rating: string;
}

let nextKey = 1;

/** Edits a position's standard (SKJ): competency rows with a required level, summary, affair, requirements. */
export function PositionStandardDialog({
  position,
  onClose,
  onSaved,
}: {
  position: PositionDetailFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    [...position.standard]
      .sort(
        (a, b) =>
          COMPETENCY_TYPES.indexOf(a.competency.type) - COMPETENCY_TYPES.indexOf(b.competency.type) ||
          a.competency.code.localeCompare(b.competency.code),
      )
      .map((s) => ({ key: nextKey++, competency: s.competency, requiredLevel: s.requiredLevel })),
  );
  const [summary, setSummary] = useState(position.summary ?? '');
  const [affair, setAffair] = useState(position.governmentAffair ?? '');
  const [req, setReq] = useState({
    education: position.requirements.education ?? '',
    experience: position.requirements.experience ?? '',
    rank: position.requirements.rank ?? '',
  });
  const [training, setTraining] = useState<TrainingRow[]>(() => position.requirements.training.map((tr) => ({ key: nextKey++, ...tr })));
  const affairs = useQuery(GovernmentAffairsQuery);
  const [save, { loading }] = useMutation(SetPositionStandardMutation);
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'competency');
  useScrollToError(error);
  const setRow = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const setTrainingRow = (key: number, patch: Partial<TrainingRow>) =>
    setTraining((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const chosen = rows.map((r) => r.competency?.id).filter((id): id is string => !!id);

  async function submit() {
    setError(null);
    try {
      await save({
        variables: {
          input: {
            positionId: position.id,
            competencies: rows.filter((r) => r.competency).map((r) => ({ competencyId: r.competency!.id, requiredLevel: r.requiredLevel })),
            summary: summary.trim() || null,
            governmentAffair: affair.trim() || null,
            requirements: {
              education: req.education.trim() || null,
              experience: req.experience.trim() || null,
              rank: req.rank.trim() || null,
              training: training.filter((r) => r.name.trim()).map((r) => ({ name: r.name.trim(), rating: r.rating })),
            },
          },
        },
      });
      onSaved();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <FormDialog
      title={t('competency.standard.editTitle', { name: position.name })}
      busy={loading}
      error={error}
      canSubmit={
        rows.every((r) => r.competency) &&
        withinLimits([
          [affair, LIMITS.nameMax],
          [summary, COMPETENCY_LIMITS.standardSummaryMax],
          [req.education, COMPETENCY_LIMITS.educationMax],
          [req.experience, COMPETENCY_LIMITS.experienceMax],
          [req.rank, COMPETENCY_LIMITS.rankMax],
          ...training.map((r) => [r.name, COMPETENCY_LIMITS.trainingNameMax] as const),
        ])
      }
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <Autocomplete
        freeSolo
        options={affairs.data?.governmentAffairs ?? []}
        value={affair}
        onInputChange={(_, v) => setAffair(v)}
        size="small"
        renderInput={(params) => (
          <LimitedTextField
            {...params}
            value={affair}
            maxChars={LIMITS.nameMax}
            label={t('competency.affair')}
            error={!!errors.governmentAffair}
            helperText={errors.governmentAffair}
          />
        )}
      />
      <LimitedTextField
        maxChars={COMPETENCY_LIMITS.standardSummaryMax}
        label={t('competency.standard.summary')}
        multiline
        minRows={2}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={!!errors.summary}
        helperText={errors.summary}
      />
      <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
        {t('competency.standard.title')}
      </Typography>
      {errorUnder(errors, 'competencies') && <FormHelperText error>{errorUnder(errors, 'competencies')}</FormHelperText>}
      {rows.length === 0 && <FormHelperText>{t('competency.standard.noRows')}</FormHelperText>}
      {rows.map((r, i) => (
        <Grid
          container
          spacing={1}
          key={r.key}
          sx={{ alignItems: 'flex-start' }}
          role="group"
          aria-label={t('competency.standard.rowN', { n: i + 1 })}
        >
          <Grid size={{ xs: 12, sm: 8 }}>
            <CompetencyPicker
              label={t('competency.standard.competency')}
              required
              value={r.competency}
              onChange={(c) => setRow(r.key, { competency: c })}
              excludeIds={chosen}
            />
          </Grid>
          <Grid size={{ xs: 9, sm: 3 }}>
            <TextField
              select
              label={t('competency.requiredLevel')}
              value={r.requiredLevel}
              onChange={(e) => setRow(r.key, { requiredLevel: Number(e.target.value) })}
              error={!!errors[`competencies.${i}.requiredLevel`]}
              helperText={errors[`competencies.${i}.requiredLevel`]}
            >
              {LEVELS.map((l) => (
                <MenuItem key={l} value={l}>
                  {t('competency.levelN', { level: l })}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 3, sm: 1 }} sx={{ textAlign: 'right' }}>
            <IconButton
              aria-label={t('competency.standard.removeRow', { name: r.competency?.name ?? i + 1 })}
              onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
            >
              <DeleteOutline />
            </IconButton>
          </Grid>
        </Grid>
      ))}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => setRows((rs) => [...rs, { key: nextKey++, competency: null, requiredLevel: 1 }])}
        >
          {t('competency.standard.addRow')}
        </Button>
      </Box>
      <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
        {t('competency.requirements.title')}
      </Typography>
      <LimitedTextField
        maxChars={COMPETENCY_LIMITS.educationMax}
        label={t('competency.requirements.education')}
        multiline
        value={req.education}
        onChange={(e) => setReq({ ...req, education: e.target.value })}
        error={!!errors['requirements.education']}
        helperText={errors['requirements.education']}
      />
      <LimitedTextField
        maxChars={COMPETENCY_LIMITS.experienceMax}
        label={t('competency.requirements.experience')}
        multiline
        value={req.experience}
        onChange={(e) => setReq({ ...req, experience: e.target.value })}
        error={!!errors['requirements.experience']}
        helperText={errors['requirements.experience']}
      />
      <LimitedTextField
        maxChars={COMPETENCY_LIMITS.rankMax}
        label={t('competency.requirements.rank')}
        value={req.rank}
        onChange={(e) => setReq({ ...req, rank: e.target.value })}
        error={!!errors['requirements.rank']}
        helperText={errors['requirements.rank']}
      />
      <Typography variant="subtitle2" component="h4">
        {t('competency.requirements.training')}
      </Typography>
      {training.map((r, i) => (
        <Grid container spacing={1} key={r.key} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, sm: 8 }}>
            <LimitedTextField
              maxChars={COMPETENCY_LIMITS.trainingNameMax}
              label={t('competency.requirements.trainingName')}
              value={r.name}
              onChange={(e) => setTrainingRow(r.key, { name: e.target.value })}
              error={!!errorUnder(errors, `requirements.training.${i}`)}
              helperText={errorUnder(errors, `requirements.training.${i}`)}
            />
          </Grid>
          <Grid size={{ xs: 9, sm: 3 }}>
            <TextField
              select
              label={t('competency.requirements.rating')}
              value={r.rating}
              onChange={(e) => setTrainingRow(r.key, { rating: e.target.value })}
            >
              {TRAINING_RATINGS.map((rating) => (
                <MenuItem key={rating} value={rating}>
                  {t(`competency.rating.${rating}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 3, sm: 1 }} sx={{ textAlign: 'right' }}>
            <IconButton
              aria-label={t('competency.requirements.removeTraining', { n: i + 1 })}
              onClick={() => setTraining((rs) => rs.filter((x) => x.key !== r.key))}
            >
              <DeleteOutline />
            </IconButton>
          </Grid>
        </Grid>
      ))}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => setTraining((rs) => [...rs, { key: nextKey++, name: '', rating: 'PENTING' }])}
        >
          {t('competency.requirements.addTraining')}
        </Button>
      </Box>
    </FormDialog>
  );
}
