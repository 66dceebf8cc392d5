import { LimitedTextField } from './LimitedTextField';

/** How long a reason must and may be (the shared limits of the change it explains). */
export interface ReasonLimits {
  reasonMin: number;
  reasonMax: number;
}

/** The reason given for a change that is kept with it, with a counter; over-long text is refused, not cut. */
export function ReasonField({
  label,
  help,
  limits,
  value,
  onChange,
  error,
}: {
  label: string;
  help: string;
  limits: ReasonLimits;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <LimitedTextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      multiline
      minRows={2}
      maxChars={limits.reasonMax}
      error={!!error}
      helperText={error ?? help}
    />
  );
}

/** Whether a reason may be sent: long enough once trimmed, and not over the limit. */
export function reasonOk(value: string, limits: ReasonLimits): boolean {
  return value.trim().length >= limits.reasonMin && value.length <= limits.reasonMax;
}
