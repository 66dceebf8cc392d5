import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import CasinoOutlined from '@mui/icons-material/CasinoOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GradingMethod, QuizRole, QuizSettingsFieldsFragment, ReviewTiming } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { parseDecimal } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useNotice } from '../../../ui/useNotice';
import { ItemAnalysisCard, LearningGainCard } from '../components/QuizStatistics';
import { BankQuestionsQuery, QuestionCategoriesQuery, QuizSettingsQuery, UpdateQuizMutation } from '../graphql/assessment';

type Slot = { questionId?: string; label: string; categoryId?: string; count: number };
const ROLES: QuizRole[] = ['QUIZ', 'PRE_TEST', 'POST_TEST'];
const METHODS: GradingMethod[] = ['HIGHEST', 'LAST', 'AVERAGE'];
const TIMINGS: ReviewTiming[] = ['IMMEDIATELY', 'AFTER_CLOSE', 'NEVER'];

/** `datetime-local` value of an ISO instant, in the device's time zone. */
const toLocalInput = (iso: string | null | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);
const firstLine = (markdown: string) =>
  markdown
    .split('\n')
    .find((l) => l.trim())
    ?.trim() ?? '';

function slotsOf(s: QuizSettingsFieldsFragment): Slot[] {
  return s.slots.map((slot) =>
    slot.question
      ? { questionId: slot.question.id, label: slot.question.title || firstLine(slot.question.text), count: 1 }
      : { categoryId: slot.category?.id, label: slot.category?.name ?? '', count: slot.count },
  );
}

function AddQuestionsDialog({ taken, onClose, onAdd }: { taken: Set<string>; onClose: () => void; onAdd: (slots: Slot[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search, 300);
  const result = useQuery(BankQuestionsQuery, {
    variables: { filter: { search: debounced || undefined }, page: { offset: 0, limit: 50 } },
  });
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const toggle = (id: string, label: string) =>
    setPicked((m) => {
      const next = new Map(m);
      if (next.has(id)) next.delete(id);
      else next.set(id, label);
      return next;
    });
  return (
    <FormDialog
      title={t('assessment.settings.addQuestions')}
      busy={false}
      error={null}
      canSubmit={picked.size > 0}
      submitLabel={t('assessment.settings.addN', { count: picked.size })}
      onSubmit={() => onAdd([...picked].map(([questionId, label]) => ({ questionId, label, count: 1 })))}
      onClose={onClose}
    >
      <SearchField value={search} onChange={setSearch} label={t('assessment.bank.search')} />
      <Cell
        result={result}
        isEmpty={(d) => d.bankQuestions.items.length === 0}
        empty={<Typography color="text.secondary">{t('assessment.bank.noneFound')}</Typography>}
      >
        {({ bankQuestions }) => (
          <List dense>
            {bankQuestions.items.map((q) => {
              const label = q.title || firstLine(q.text);
              return (
                <ListItemButton key={q.id} disabled={taken.has(q.id)} onClick={() => toggle(q.id, label)}>
                  <ListItemIcon>
                    <Checkbox
                      edge="start"
                      checked={picked.has(q.id) || taken.has(q.id)}
                      tabIndex={-1}
                      disableRipple
                      slotProps={{ input: { 'aria-label': label } }}
                    />
                  </ListItemIcon>
                  <ListItemText primary={label} secondary={t(`assessment.type.${q.type}`)} />
                </ListItemButton>
              );
            })}
          </List>
        )}
      </Cell>
    </FormDialog>
  );
}

function AddDrawDialog({ onClose, onAdd }: { onClose: () => void; onAdd: (slot: Slot) => void }) {
  const { t } = useTranslation();
  const categories = useQuery(QuestionCategoriesQuery);
  const [categoryId, setCategoryId] = useState('');
  const [count, setCount] = useState('1');
  const list = categories.data?.questionCategories ?? [];
  const n = Number(count);
  return (
    <FormDialog
      title={t('assessment.settings.addDraw')}
      busy={false}
      error={categories.error ?? null}
      canSubmit={!!categoryId && Number.isInteger(n) && n >= 1 && n <= 200}
      onSubmit={() => onAdd({ categoryId, count: n, label: list.find((c) => c.id === categoryId)?.name ?? '' })}
      onClose={onClose}
      maxWidth="xs"
    >
      <TextField
        select
        label={t('assessment.bank.category')}
        value={categoryId}
        onChange={(e) => setCategoryId(e.target.value)}
        required
        helperText={list.length ? undefined : t('assessment.settings.noCategories')}
      >
        {list.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('assessment.settings.drawCount')}
        type="number"
        value={count}
        onChange={(e) => setCount(e.target.value)}
        slotProps={{ htmlInput: { min: 1, max: 200 } }}
      />
    </FormDialog>
  );
}

function SettingsForm({ settings }: { settings: QuizSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => ({
    role: settings.role,
    opensAt: toLocalInput(settings.opensAt),
    closesAt: toLocalInput(settings.closesAt),
    timeLimit: settings.timeLimitMinutes ? String(settings.timeLimitMinutes) : '',
    attempts: settings.attemptsAllowed ? String(settings.attemptsAllowed) : '',
    passMark: settings.passMarkPercent != null ? String(settings.passMarkPercent).replace('.', ',') : '',
    shuffleQuestions: settings.shuffleQuestions,
    shuffleOptions: settings.shuffleOptions,
    gradingMethod: settings.gradingMethod,
    reviewScore: settings.review.score,
    reviewRightAnswers: settings.review.rightAnswers,
    reviewFeedback: settings.review.feedback,
  }));
  const [slots, setSlots] = useState<Slot[]>(() => slotsOf(settings));
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const [adding, setAdding] = useState<'questions' | 'draw' | null>(null);
  const [save, saving] = useMutation(UpdateQuizMutation);
  const [error, setError] = useState<unknown>(null);
  const errors = error ? fieldErrors(error, t) : {};
  const notice = useNotice();
  const disabled = !settings.editable;
  const int = (text: string) => (text.trim() ? Number(text) : null);
  const submit = async () => {
    setError(null);
    try {
      const result = await save({
        variables: {
          input: {
            lessonId: settings.lessonId,
            role: form.role,
            opensAt: fromLocalInput(form.opensAt),
            closesAt: fromLocalInput(form.closesAt),
            timeLimitMinutes: int(form.timeLimit),
            attemptsAllowed: int(form.attempts),
            passMarkPercent: form.passMark.trim() ? parseDecimal(form.passMark) : null,
            shuffleQuestions: form.shuffleQuestions,
            shuffleOptions: form.shuffleOptions,
            gradingMethod: form.gradingMethod,
            reviewScore: form.reviewScore,
            reviewRightAnswers: form.reviewRightAnswers,
            reviewFeedback: form.reviewFeedback,
            slots: slots.map((s) => (s.questionId ? { questionId: s.questionId } : { categoryId: s.categoryId, count: s.count })),
          },
        },
      });
      setSlots(slotsOf(result.data!.updateQuiz));
      notice.show(t('common.saved'));
    } catch (err) {
      setError(err);
    }
  };
  const move = (i: number, delta: -1 | 1) =>
    setSlots((list) => {
      const next = [...list];
      [next[i], next[i + delta]] = [next[i + delta], next[i]];
      return next;
    });
  const total = slots.reduce((n, s) => n + s.count, 0);
  const timing = (key: 'reviewScore' | 'reviewRightAnswers' | 'reviewFeedback') => (
    <TextField
      select
      label={t(`assessment.settings.${key}`)}
      value={form[key]}
      onChange={(e) => set({ [key]: e.target.value as ReviewTiming })}
      disabled={disabled}
    >
      {TIMINGS.map((x) => (
        <MenuItem key={x} value={x}>
          {t(`assessment.timing.${x}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {disabled && <Alert severity="info">{t('assessment.settings.notDraft')}</Alert>}
      {error != null && <ErrorAlert error={error} />}
      <Card variant="outlined">
        <CardContent>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
            <Typography variant="h3" component="h2" sx={{ flex: 1 }}>
              {t('assessment.settings.questions', { count: total })}
            </Typography>
            <Button startIcon={<Add />} onClick={() => setAdding('questions')} disabled={disabled}>
              {t('assessment.settings.addQuestions')}
            </Button>
            <Button startIcon={<CasinoOutlined />} onClick={() => setAdding('draw')} disabled={disabled}>
              {t('assessment.settings.addDraw')}
            </Button>
          </Box>
          {slots.length === 0 ? (
            <Typography color={errors.slots ? 'error' : 'text.secondary'}>{t('assessment.settings.noQuestions')}</Typography>
          ) : (
            <List dense>
              {slots.map((s, i) => (
                <ListItem
                  key={`${s.questionId ?? s.categoryId}-${i}`}
                  divider
                  secondaryAction={
                    <Box>
                      <IconButton aria-label={t('assessment.settings.moveUp')} disabled={disabled || i === 0} onClick={() => move(i, -1)}>
                        <ArrowUpward />
                      </IconButton>
                      <IconButton
                        aria-label={t('assessment.settings.moveDown')}
                        disabled={disabled || i === slots.length - 1}
                        onClick={() => move(i, 1)}
                      >
                        <ArrowDownward />
                      </IconButton>
                      <IconButton
                        aria-label={t('assessment.settings.remove')}
                        disabled={disabled}
                        onClick={() => setSlots((list) => list.filter((_, j) => j !== i))}
                      >
                        <DeleteOutline />
                      </IconButton>
                    </Box>
                  }
                  sx={{ pr: 18 }}
                >
                  <ListItemText
                    primary={s.questionId ? s.label : t('assessment.settings.drawLabel', { count: s.count, category: s.label })}
                    secondary={errors[String(i)] ?? (s.questionId ? undefined : t('assessment.settings.drawHelp'))}
                    slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h3" component="h2" gutterBottom>
            {t('assessment.settings.rules')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField
              select
              label={t('assessment.settings.role')}
              value={form.role}
              onChange={(e) => set({ role: e.target.value as QuizRole })}
              disabled={disabled}
            >
              {ROLES.map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`assessment.role.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('assessment.quiz.grading')}
              value={form.gradingMethod}
              onChange={(e) => set({ gradingMethod: e.target.value as GradingMethod })}
              disabled={disabled}
            >
              {METHODS.map((m) => (
                <MenuItem key={m} value={m}>
                  {t(`assessment.grading.${m}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('assessment.quiz.opens')}
              type="datetime-local"
              value={form.opensAt}
              onChange={(e) => set({ opensAt: e.target.value })}
              disabled={disabled}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label={t('assessment.quiz.closes')}
              type="datetime-local"
              value={form.closesAt}
              onChange={(e) => set({ closesAt: e.target.value })}
              error={!!errors.closesAt}
              helperText={errors.closesAt}
              disabled={disabled}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label={t('assessment.settings.timeLimit')}
              value={form.timeLimit}
              onChange={(e) => set({ timeLimit: e.target.value })}
              error={!!errors.timeLimitMinutes}
              helperText={disabled ? undefined : (errors.timeLimitMinutes ?? t('assessment.settings.emptyNoLimit'))}
              disabled={disabled}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <TextField
              label={t('assessment.settings.attempts')}
              value={form.attempts}
              onChange={(e) => set({ attempts: e.target.value })}
              error={!!errors.attemptsAllowed}
              helperText={disabled ? undefined : (errors.attemptsAllowed ?? t('assessment.settings.emptyUnlimited'))}
              disabled={disabled}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <TextField
              label={t('assessment.settings.passMark')}
              value={form.passMark}
              onChange={(e) => set({ passMark: e.target.value })}
              error={!!errors.passMarkPercent}
              helperText={disabled ? undefined : (errors.passMarkPercent ?? t('assessment.settings.passMarkHelp'))}
              disabled={disabled}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={form.shuffleQuestions}
                    onChange={(e) => set({ shuffleQuestions: e.target.checked })}
                    disabled={disabled}
                  />
                }
                label={t('assessment.settings.shuffleQuestions')}
              />
              <FormControlLabel
                control={
                  <Switch checked={form.shuffleOptions} onChange={(e) => set({ shuffleOptions: e.target.checked })} disabled={disabled} />
                }
                label={t('assessment.settings.shuffleOptions')}
              />
            </Box>
          </Box>
          <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 2 }}>
            {t('assessment.settings.reviewTitle')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' } }}>
            {timing('reviewScore')}
            {timing('reviewRightAnswers')}
            {timing('reviewFeedback')}
          </Box>
        </CardContent>
      </Card>
      <Box>
        <Button
          type="submit"
          variant="contained"
          disabled={disabled || saving.loading}
          startIcon={saving.loading ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {t('common.save')}
        </Button>
      </Box>
      {adding === 'questions' && (
        <AddQuestionsDialog
          taken={new Set(slots.flatMap((s) => (s.questionId ? [s.questionId] : [])))}
          onClose={() => setAdding(null)}
          onAdd={(added) => {
            setSlots((list) => [...list, ...added]);
            setAdding(null);
          }}
        />
      )}
      {adding === 'draw' && (
        <AddDrawDialog
          onClose={() => setAdding(null)}
          onAdd={(slot) => {
            setSlots((list) => [...list, slot]);
            setAdding(null);
          }}
        />
      )}
      {notice.element}
    </Stack>
  );
}

/** A quiz lesson's questions and rules, for the module's authors. */
export function QuizSettingsPage() {
  const { t } = useTranslation();
  const { lessonId } = useParams<{ lessonId: string }>();
  const result = useQuery(QuizSettingsQuery, { variables: { lessonId: lessonId! } });
  return (
    <Cell result={result} loading={<SkeletonRows rows={6} height={56} />}>
      {({ quizSettings }) => (
        <Box sx={{ maxWidth: 960 }}>
          <Button startIcon={<ArrowBack />} component={Link} to={`/pelatih/modul/${quizSettings.moduleId}`} sx={{ mb: 1 }}>
            {t('assessment.settings.backToModule')}
          </Button>
          <PageHeader
            title={quizSettings.lessonTitle}
            subtitle={t('assessment.settings.subtitle')}
            actions={
              <Button component={Link} to="/pelatih/bank-soal">
                {t('assessment.bank.title')}
              </Button>
            }
          />
          <SettingsForm settings={quizSettings} />
          <Stack spacing={2} sx={{ mt: 3 }}>
            <ItemAnalysisCard lessonId={quizSettings.lessonId} />
            {quizSettings.role !== 'QUIZ' && <LearningGainCard moduleId={quizSettings.moduleId} />}
          </Stack>
        </Box>
      )}
    </Cell>
  );
}
