import { Grid, InputAdornment, MenuItem, TextField } from '@mui/material';
import { MODULE_LIMITS } from '@shared/limits';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../ui/format';
import { creditRule, type CreditRuleForm } from './creditRule';

/** The JP typed for a module when it is a number in the range the API accepts, else null. */
export function moduleJp(text: string): number | null {
  const jp = parseDecimal(text);
  return jp !== null && jp >= MODULE_LIMITS.jpMin && jp <= MODULE_LIMITS.jpMax ? jp : null;
}

/** A module's form of learning (with how it credits JP) and its JP, as creating and editing ask for them. */
export function ModuleFormJpFields({
  forms,
  formId,
  jp,
  onChange,
  formError,
  jpError,
}: {
  /** Undefined while the forms load. */
  forms: ({ id: number; name: string } & CreditRuleForm)[] | undefined;
  formId: number;
  jp: string;
  onChange: (patch: { formId?: number; jp?: string }) => void;
  formError?: string;
  jpError?: string;
}) {
  const { t } = useTranslation();
  const form = forms?.find((f) => f.id === formId);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 8 }}>
        <TextField
          select
          label={t('learning.form')}
          value={forms ? formId : ''}
          onChange={(e) => onChange({ formId: Number(e.target.value) })}
          error={!!formError}
          helperText={formError ?? (form ? creditRule(t, form) : undefined)}
        >
          {(forms ?? []).map((f) => (
            <MenuItem key={f.id} value={f.id}>
              {f.id}. {f.name}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextField
          label={t('learning.jpValue')}
          required
          value={jp}
          onChange={(e) => onChange({ jp: e.target.value })}
          error={!!jpError}
          helperText={jpError ?? t('learning.jpHelp')}
          slotProps={{
            htmlInput: { inputMode: 'decimal', maxLength: 6 },
            input: { endAdornment: <InputAdornment position="end">JP</InputAdornment> },
          }}
        />
      </Grid>
    </Grid>
  );
}
