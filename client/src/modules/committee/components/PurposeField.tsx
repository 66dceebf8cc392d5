import { Box, Button, Card, CardContent, Stack, type SxProps, type Theme } from '@mui/material';
import { COMMITTEE_LIMITS } from '@komunitas-pintar/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitedTextField } from '../../../ui/LimitedTextField';

/** Why the records are read, asked before a search, a pool or a history opens: it goes into the audit log. */
export function PurposeField({ value, onChange, error }: { value: string; onChange: (purpose: string) => void; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <LimitedTextField
      maxChars={COMMITTEE_LIMITS.purposeMax}
      label={t('committee.field.purpose')}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? t('committee.purposeHelp')}
    />
  );
}

/** The purpose being typed, and its check before the records are read. */
export function usePurpose(initial: string) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return {
    value,
    onChange: setValue,
    error,
    /**
     * The purpose to send, trimmed; null when it may not be sent: too short is said at the field,
     * text over the limit is marked there by its count (the server would refuse it).
     */
    check(): string | null {
      if (value.trim().length < COMMITTEE_LIMITS.purposeMin) {
        setError(t('committee.purposeTooShort', { count: COMMITTEE_LIMITS.purposeMin }));
        return null;
      }
      setError(null);
      return value.length > COMMITTEE_LIMITS.purposeMax ? null : value.trim();
    },
  };
}

interface PurposeFormProps {
  purpose: ReturnType<typeof usePurpose>;
  onSubmit: () => void;
  /** The words over the purpose field. */
  intro?: ReactNode;
  /** What else the read asks for, under the purpose field. */
  children?: ReactNode;
  submit: ReactNode;
  submitIcon?: ReactNode;
  sx?: SxProps<Theme>;
}

/** A card asking the purpose (and what else a read needs) before the records are read. */
export function PurposeForm({ purpose, onSubmit, intro, children, submit, submitIcon, sx }: PurposeFormProps) {
  const send = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Card variant="outlined" sx={sx}>
      <CardContent component="form" onSubmit={send} noValidate>
        <Stack spacing={2}>
          {intro}
          <PurposeField value={purpose.value} onChange={purpose.onChange} error={purpose.error} />
          {children}
          <Box>
            <Button type="submit" variant="contained" startIcon={submitIcon}>
              {submit}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}
