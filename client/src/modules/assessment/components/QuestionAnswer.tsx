import { Box, Checkbox, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AttemptFieldsFragment } from '../../../gql/graphql';
import { LessonBody } from '../../learning/components/LessonBody';
import type { Response } from './useAutosave';

type AttemptQuestion = AttemptFieldsFragment['questions'][number];

/** Server-rendered (sanitised) HTML of an option, inline in its label. */
export function InlineHtml({ html }: { html: string }) {
  return (
    <Box
      component="span"
      sx={{ '& p': { m: 0, display: 'inline' }, overflowWrap: 'anywhere' }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** One question of an open attempt with the control its type takes. */
export function QuestionAnswer({
  question: q,
  response,
  onAnswer,
  disabled,
}: {
  question: AttemptQuestion;
  response: Response;
  onAnswer: (response: Response, typed?: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const labelId = `question-${q.id}`;
  const prompt = (
    <FormLabel id={labelId} sx={{ color: 'text.primary', '&.Mui-focused': { color: 'text.primary' }, mb: 1 }}>
      <LessonBody html={q.textHtml} />
    </FormLabel>
  );
  switch (q.type) {
    case 'SINGLE_CHOICE':
      return (
        <FormControl disabled={disabled}>
          {prompt}
          <RadioGroup
            aria-labelledby={labelId}
            value={response.optionIds?.[0] ?? ''}
            onChange={(e) => onAnswer({ optionIds: [e.target.value] })}
          >
            {(q.options ?? []).map((o) => (
              <FormControlLabel
                key={o.id}
                value={o.id}
                control={<Radio />}
                label={<InlineHtml html={o.textHtml} />}
                sx={{ py: 0.5, alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }}
              />
            ))}
          </RadioGroup>
        </FormControl>
      );
    case 'MULTIPLE_CHOICE': {
      const chosen = new Set(response.optionIds ?? []);
      const toggle = (id: string) => {
        const next = new Set(chosen);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        onAnswer({ optionIds: (q.options ?? []).map((o) => o.id).filter((x) => next.has(x)) });
      };
      return (
        <FormControl component="fieldset" disabled={disabled}>
          {prompt}
          <FormLabel sx={{ typography: 'body2', mb: 1 }}>{t('assessment.player.chooseAll')}</FormLabel>
          <Stack role="group" aria-labelledby={labelId}>
            {(q.options ?? []).map((o) => (
              <FormControlLabel
                key={o.id}
                control={<Checkbox checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />}
                label={<InlineHtml html={o.textHtml} />}
                sx={{ py: 0.5, alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.5 } }}
              />
            ))}
          </Stack>
        </FormControl>
      );
    }
    case 'TRUE_FALSE':
      return (
        <FormControl disabled={disabled}>
          {prompt}
          <RadioGroup
            aria-labelledby={labelId}
            value={response.truth == null ? '' : String(response.truth)}
            onChange={(e) => onAnswer({ truth: e.target.value === 'true' })}
          >
            <FormControlLabel value="true" control={<Radio />} label={t('assessment.true')} />
            <FormControlLabel value="false" control={<Radio />} label={t('assessment.false')} />
          </RadioGroup>
        </FormControl>
      );
    default: {
      const essay = q.type === 'ESSAY';
      return (
        <FormControl fullWidth disabled={disabled}>
          {prompt}
          <TextField
            value={response.text ?? ''}
            onChange={(e) => onAnswer({ text: e.target.value }, true)}
            multiline={essay}
            minRows={essay ? 6 : undefined}
            disabled={disabled}
            label={t(
              essay
                ? 'assessment.player.essayLabel'
                : q.type === 'NUMERIC'
                  ? 'assessment.player.numberLabel'
                  : 'assessment.player.answerLabel',
            )}
            helperText={q.type === 'NUMERIC' ? t('assessment.player.numberHelp') : undefined}
            slotProps={{
              htmlInput: { inputMode: q.type === 'NUMERIC' ? 'decimal' : 'text', maxLength: 50000, 'aria-describedby': labelId },
            }}
          />
        </FormControl>
      );
    }
  }
}
