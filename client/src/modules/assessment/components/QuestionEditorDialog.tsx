import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  Button,
  FormControlLabel,
  IconButton,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { QUESTION_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankQuestionFieldsFragment, QuestionInput, QuestionType } from '../../../gql/graphql';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { parseDecimal } from '../../../ui/format';
import { MarkdownField } from '../../learning/components/MarkdownField';
import { CreateQuestionMutation, UpdateQuestionMutation } from '../graphql/assessment';
import { RubricEditor, rubricDraft, rubricInput } from './RubricEditor';

export const QUESTION_TYPES: QuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'ESSAY'];

interface OptionDraft {
  id?: string | null;
  text: string;
  /** Percent, as trainers think of it: 100 right, 0 wrong, -50 a penalty. */
  percent: string;
  feedback: string;
}
interface AnswerDraft {
  text: string;
  value: string;
  tolerance: string;
  percent: string;
  feedback: string;
}

const toPercent = (fraction: number) => String(Math.round(fraction * 100000) / 1000).replace('.', ',');
const fraction = (percent: string) => (parseDecimal(percent) ?? Number.NaN) / 100;
const num = (text: string) => parseDecimal(text) ?? Number.NaN;

function draftOf(q: BankQuestionFieldsFragment | null) {
  return {
    type: (q?.type ?? 'SINGLE_CHOICE') as QuestionType,
    title: q?.title ?? '',
    text: q?.text ?? '',
    points: q ? String(q.points).replace('.', ',') : '1',
    categoryId: q?.category?.id ?? '',
    generalFeedback: q?.generalFeedback ?? '',
    options: (
      q?.options ?? [
        { id: null, text: '', fraction: 1, feedback: '' },
        { id: null, text: '', fraction: 0, feedback: '' },
      ]
    ).map((o) => ({ id: o.id, text: o.text, percent: toPercent(o.fraction), feedback: o.feedback ?? '' })) as OptionDraft[],
    correct: q?.correct ?? true,
    answers: (q?.answers ?? [{ text: '', value: null, tolerance: 0, fraction: 1, feedback: '' }]).map((a) => ({
      text: a.text ?? '',
      value: a.value == null ? '' : String(a.value).replace('.', ','),
      tolerance: String(a.tolerance ?? 0).replace('.', ','),
      percent: toPercent(a.fraction),
      feedback: a.feedback ?? '',
    })) as AnswerDraft[],
    otherFeedback: q?.otherFeedback ?? '',
    graderNotes: q?.graderNotes ?? '',
    rubric: rubricDraft(q?.rubric),
    trueFeedback: q?.trueFeedback ?? '',
    falseFeedback: q?.falseFeedback ?? '',
  };
}
type Draft = ReturnType<typeof draftOf>;

function toInput(d: Draft): QuestionInput {
  const base: QuestionInput = {
    type: d.type,
    title: d.title || null,
    text: d.text,
    points: num(d.points),
    categoryId: d.categoryId || null,
    generalFeedback: d.generalFeedback || null,
  };
  switch (d.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return {
        ...base,
        options: d.options.map((o) => ({ id: o.id ?? null, text: o.text, fraction: fraction(o.percent), feedback: o.feedback || null })),
      };
    case 'TRUE_FALSE':
      return { ...base, correct: d.correct, trueFeedback: d.trueFeedback || null, falseFeedback: d.falseFeedback || null };
    case 'SHORT_ANSWER':
      return { ...base, answers: d.answers.map((a) => ({ text: a.text, fraction: fraction(a.percent), feedback: a.feedback || null })) };
    case 'NUMERIC':
      return {
        ...base,
        answers: d.answers.map((a) => ({
          value: num(a.value),
          tolerance: num(a.tolerance || '0'),
          fraction: fraction(a.percent),
          feedback: a.feedback || null,
        })),
        otherFeedback: d.otherFeedback || null,
      };
    default:
      return { ...base, graderNotes: d.graderNotes || null, rubric: d.rubric ? rubricInput(d.rubric) : null };
  }
}

/** Writing or changing a question of the bank: its type's fields, with the text previewed as learners will see it. */
export function QuestionEditorDialog({
  question,
  categories,
  onClose,
  onSaved,
}: {
  question: BankQuestionFieldsFragment | null;
  categories: { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(question));
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const [create, creating] = useMutation(CreateQuestionMutation);
  const [update, updating] = useMutation(UpdateQuestionMutation);
  const [error, setError] = useState<unknown>(null);
  // A rubric's fields ("rubric.criteria.0.levels.1.points") are shown by the rubric editor.
  const errors = error ? fieldErrors(error, t, ['rubric']) : {};
  const choice = d.type === 'SINGLE_CHOICE' || d.type === 'MULTIPLE_CHOICE';
  const save = async () => {
    setError(null);
    try {
      const input = toInput(d);
      if (question) await update({ variables: { input: { ...input, id: question.id } } });
      else await create({ variables: { input } });
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  const setOption = (i: number, patch: Partial<OptionDraft>) =>
    set({ options: d.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const setAnswer = (i: number, patch: Partial<AnswerDraft>) =>
    set({ answers: d.answers.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <FormDialog
      title={t(question ? 'assessment.bank.editTitle' : 'assessment.bank.newTitle')}
      busy={creating.loading || updating.loading}
      error={error}
      canSubmit={!!d.text.trim() && d.title.length <= QUESTION_LIMITS.titleMax}
      onSubmit={() => void save()}
      onClose={onClose}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' } }}>
        <TextField
          select
          label={t('assessment.bank.type')}
          value={d.type}
          onChange={(e) => set({ type: e.target.value as QuestionType })}
          disabled={!!question}
        >
          {QUESTION_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`assessment.type.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('assessment.bank.points')}
          value={d.points}
          onChange={(e) => set({ points: e.target.value })}
          error={!!errors.points}
          helperText={errors.points}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <TextField select label={t('assessment.bank.category')} value={d.categoryId} onChange={(e) => set({ categoryId: e.target.value })}>
          <MenuItem value="">{t('assessment.bank.noCategory')}</MenuItem>
          {categories.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <LimitedTextField
        maxChars={QUESTION_LIMITS.titleMax}
        label={t('assessment.bank.titleLabel')}
        value={d.title}
        onChange={(e) => set({ title: e.target.value })}
        helperText={t('assessment.bank.titleHelp')}
      />
      <MarkdownField label={t('assessment.bank.text')} value={d.text} onChange={(text) => set({ text })} error={errors.text} />
      {choice && (
        <Stack spacing={1}>
          <Typography variant="h3" component="h3">
            {t('assessment.bank.options')}
          </Typography>
          <Typography variant="body2" color={errors.options ? 'error' : 'text.secondary'}>
            {errors.options ?? t(d.type === 'SINGLE_CHOICE' ? 'assessment.bank.singleHelp' : 'assessment.bank.multipleHelp')}
          </Typography>
          {d.options.map((o, i) => (
            <Paper
              key={i}
              variant="outlined"
              sx={{ p: 1.5, display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr auto', sm: '3fr 1fr 3fr auto' }, alignItems: 'start' }}
            >
              <TextField
                size="small"
                label={t('assessment.bank.optionN', { n: i + 1 })}
                value={o.text}
                onChange={(e) => setOption(i, { text: e.target.value })}
              />
              <TextField
                size="small"
                label={t('assessment.bank.percent')}
                value={o.percent}
                onChange={(e) => setOption(i, { percent: e.target.value })}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                sx={{ gridColumn: { xs: '1', sm: 'auto' } }}
              />
              <TextField
                size="small"
                label={t('assessment.bank.feedback')}
                value={o.feedback}
                onChange={(e) => setOption(i, { feedback: e.target.value })}
                sx={{ gridColumn: { xs: '1', sm: 'auto' } }}
              />
              <Tooltip title={t('assessment.bank.removeOption')}>
                <span>
                  <IconButton
                    aria-label={t('assessment.bank.removeOption')}
                    disabled={d.options.length <= 2}
                    onClick={() => set({ options: d.options.filter((_, j) => j !== i) })}
                    sx={{ gridRow: { xs: '1', sm: 'auto' }, gridColumn: { xs: '2', sm: 'auto' } }}
                  >
                    <DeleteOutline />
                  </IconButton>
                </span>
              </Tooltip>
            </Paper>
          ))}
          <Box>
            <Button
              startIcon={<Add />}
              onClick={() => set({ options: [...d.options, { text: '', percent: '0', feedback: '' }] })}
              disabled={d.options.length >= 20}
            >
              {t('assessment.bank.addOption')}
            </Button>
          </Box>
        </Stack>
      )}
      {d.type === 'TRUE_FALSE' && (
        <Stack spacing={1}>
          <Typography variant="h3" component="h3" id="tf-label">
            {t('assessment.bank.statementIs')}
          </Typography>
          <RadioGroup
            row
            aria-labelledby="tf-label"
            value={String(d.correct)}
            onChange={(e) => set({ correct: e.target.value === 'true' })}
          >
            <FormControlLabel value="true" control={<Radio />} label={t('assessment.true')} />
            <FormControlLabel value="false" control={<Radio />} label={t('assessment.false')} />
          </RadioGroup>
          <TextField
            size="small"
            label={t('assessment.bank.trueFeedback')}
            value={d.trueFeedback}
            onChange={(e) => set({ trueFeedback: e.target.value })}
          />
          <TextField
            size="small"
            label={t('assessment.bank.falseFeedback')}
            value={d.falseFeedback}
            onChange={(e) => set({ falseFeedback: e.target.value })}
          />
        </Stack>
      )}
      {(d.type === 'SHORT_ANSWER' || d.type === 'NUMERIC') && (
        <Stack spacing={1}>
          <Typography variant="h3" component="h3">
            {t('assessment.bank.answers')}
          </Typography>
          <Typography variant="body2" color={errors.answers ? 'error' : 'text.secondary'}>
            {errors.answers ?? t(d.type === 'SHORT_ANSWER' ? 'assessment.bank.shortHelp' : 'assessment.bank.numericHelp')}
          </Typography>
          {d.answers.map((a, i) => (
            <Paper
              key={i}
              variant="outlined"
              sx={{
                p: 1.5,
                display: 'grid',
                gap: 1,
                gridTemplateColumns: { xs: '1fr auto', sm: d.type === 'NUMERIC' ? '2fr 1fr 1fr 3fr auto' : '3fr 1fr 3fr auto' },
                alignItems: 'start',
              }}
            >
              {d.type === 'SHORT_ANSWER' ? (
                <TextField
                  size="small"
                  label={t('assessment.bank.answerN', { n: i + 1 })}
                  value={a.text}
                  onChange={(e) => setAnswer(i, { text: e.target.value })}
                />
              ) : (
                <>
                  <TextField
                    size="small"
                    label={t('assessment.bank.value')}
                    value={a.value}
                    onChange={(e) => setAnswer(i, { value: e.target.value })}
                    slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                  />
                  <TextField
                    size="small"
                    label={t('assessment.bank.tolerance')}
                    value={a.tolerance}
                    onChange={(e) => setAnswer(i, { tolerance: e.target.value })}
                    slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                    sx={{ gridColumn: { xs: '1', sm: 'auto' } }}
                  />
                </>
              )}
              <TextField
                size="small"
                label={t('assessment.bank.percent')}
                value={a.percent}
                onChange={(e) => setAnswer(i, { percent: e.target.value })}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                sx={{ gridColumn: { xs: '1', sm: 'auto' } }}
              />
              <TextField
                size="small"
                label={t('assessment.bank.feedback')}
                value={a.feedback}
                onChange={(e) => setAnswer(i, { feedback: e.target.value })}
                sx={{ gridColumn: { xs: '1', sm: 'auto' } }}
              />
              <IconButton
                aria-label={t('assessment.bank.removeAnswer')}
                disabled={d.answers.length <= 1}
                onClick={() => set({ answers: d.answers.filter((_, j) => j !== i) })}
                sx={{ gridRow: { xs: '1', sm: 'auto' }, gridColumn: { xs: '2', sm: 'auto' } }}
              >
                <DeleteOutline />
              </IconButton>
            </Paper>
          ))}
          <Box>
            <Button
              startIcon={<Add />}
              onClick={() => set({ answers: [...d.answers, { text: '', value: '', tolerance: '0', percent: '100', feedback: '' }] })}
            >
              {t('assessment.bank.addAnswer')}
            </Button>
          </Box>
          {d.type === 'NUMERIC' && (
            <TextField
              size="small"
              label={t('assessment.bank.otherFeedback')}
              value={d.otherFeedback}
              onChange={(e) => set({ otherFeedback: e.target.value })}
            />
          )}
        </Stack>
      )}
      {d.type === 'ESSAY' && (
        <TextField
          label={t('assessment.bank.graderNotes')}
          multiline
          minRows={3}
          value={d.graderNotes}
          onChange={(e) => set({ graderNotes: e.target.value })}
          helperText={t('assessment.bank.graderNotesHelp')}
        />
      )}
      {d.type === 'ESSAY' && <RubricEditor value={d.rubric} onChange={(rubric) => set({ rubric })} error={error} />}
      <TextField
        label={t('assessment.bank.generalFeedback')}
        multiline
        minRows={2}
        value={d.generalFeedback}
        onChange={(e) => set({ generalFeedback: e.target.value })}
        helperText={t('assessment.bank.generalFeedbackHelp')}
      />
    </FormDialog>
  );
}
