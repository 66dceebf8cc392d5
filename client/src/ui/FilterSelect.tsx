import { MenuItem, type SxProps, TextField, type Theme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SHOW_ALL } from './filterSelect';

interface FilterSelectProps {
  label: string;
  /** The chosen option; `''` for all. */
  value: string | number;
  /** The chosen option's value as text; `''` for all. */
  onChange: (value: string) => void;
  options: readonly { value: string | number; label: string }[];
  /** The name of the empty choice; "all" by default. */
  allLabel?: string;
  disabled?: boolean;
  sx?: SxProps<Theme>;
}

/** A select over a list narrowing it to one option, or to none ("all", shown as chosen rather than as an empty field). */
export function FilterSelect({ label, value, onChange, options, allLabel, disabled, sx }: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e) => onChange(String(e.target.value))}
      disabled={disabled}
      slotProps={SHOW_ALL}
      sx={sx}
    >
      <MenuItem value="">{allLabel ?? t('common.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
