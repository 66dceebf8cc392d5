import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { useStatementText } from './statementText';

/** The form's statements and the longest comment the server keeps. */
export interface EvaluationForm {
  items: { id: string; text: string }[];
  commentMax: number;
}

/** What the participant answered, as the submit mutations take it. */
export interface EvaluationAnswers {
  answers: { itemId: string; value: number }[];
  comment: string | null;
}
const LIKERT = [1, 2, 3, 4, 5];

/** One Likert statement answered 1 to 5, as a group of radio buttons under its statement. */
function LikertItem({ id, text, value, onChange }: { id: string; text: string; value: number | undefined; onChange: (v: number) => void }) {
  const { t } = useTranslation();
  const statement = useStatementText();
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" sx={{ color: 'text.primary', mb: 0.5 }} id={`likert-${id}`}>
        {statement(id, text)}
      </FormLabel>
      <RadioGroup row value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} sx={{ gap: { xs: 0, sm: 1 } }}>
        {LIKERT.map((n) => (
          <FormControlLabel
            key={n}
            value={n}
            control={<Radio slotProps={{ input: { 'aria-label': t(`assessment.evaluation.likert.${n}`) } }} />}
            label={String(n)}
            labelPlacement="bottom"
            sx={{ mx: 0, minWidth: 48 }}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

/**
 * The evaluation of one completed module or group: the form's statements, an optional comment,
 * sent once through `send` (which submits it for the module or the group).
 */
export function EvaluationDialog({
  form,
  title,
  intro,
  commentHint,
  conflict,
  send,
  onClose,
  onSent,
}: {
  form: EvaluationForm;
  title: string;
  /** Who reads the answers, and how; the module's wording by default. */
  intro?: string;
  /** What the comment is for; the module's wording by default. */
  commentHint?: string;
  /** Why a CONFLICT may come back: already evaluated. */
  conflict: string;
  send: (answers: EvaluationAnswers) => Promise<unknown>;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const answered = Object.keys(answers).length;
  const empty = answered === 0 && !comment.trim();
  return (
    <FormDialog
      title={t('assessment.evaluation.dialogTitle', { title })}
      busy={sending}
      error={error}
      explain={{ CONFLICT: conflict }}
      canSubmit={!empty && comment.length <= form.commentMax}
      missing={empty ? [t('assessment.evaluation.answerSomething')] : []}
      submitLabel={t('assessment.evaluation.send')}
      onSubmit={() => {
        setSending(true);
        setError(null);
        void send({
          answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
          comment: comment.trim() || null,
        })
          .then(onSent)
          .catch((e: unknown) => {
            setError(e);
            setSending(false);
          });
      }}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {intro ?? t('assessment.evaluation.intro')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('assessment.evaluation.scale')}
      </Typography>
      <Stack spacing={2}>
        {form.items.map((item) => (
          <LikertItem
            key={item.id}
            id={item.id}
            text={item.text}
            value={answers[item.id]}
            onChange={(v) => setAnswers((a) => ({ ...a, [item.id]: v }))}
          />
        ))}
      </Stack>
      <LimitedTextField
        label={t('assessment.evaluation.comment')}
        helperText={commentHint ?? t('assessment.evaluation.commentHint')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxChars={form.commentMax}
        multiline
        minRows={3}
      />
    </FormDialog>
  );
}
