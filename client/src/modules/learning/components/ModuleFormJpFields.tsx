import { Grid, InputAdornment, MenuItem, TextField } from '@mui/material';
import { MODULE_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../ui/format';
import { creditRule, type CreditRuleForm } from './creditRule';

/** The JP typed for a module when it is a number in the range the API accepts, else null. */
export function moduleJp(text: string): number | null {
  const jp = parseDecimal(text);
  return jp !== null && jp >= MODULE_LIMITS.jpMin && jp <= MODULE_LIMITS.jpMax ? jp : null;
}

/**
 * A module's form of learning (with how it credits JP) and its JP, as creating and editing ask for
 * them. Only forms a module can credit by itself are offered (curriculum or actual JP, no learning
 * report: `forModules`); a form chosen before an administrator changed its rule stays shown, marked.
 */
export function ModuleFormJpFields({
  forms,
  formId,
  jp,
  onChange,
  formError,
  jpError,
}: {
  /** Undefined while the forms load. */
  forms: ({ id: number; name: string; forModules: boolean } & CreditRuleForm)[] | undefined;
  formId: number;
  jp: string;
  onChange: (patch: { formId?: number; jp?: string }) => void;
  formError?: string;
  jpError?: string;
}) {
  const { t } = useTranslation();
  const form = forms?.find((f) => f.id === formId);
  const offered = (forms ?? []).filter((f) => f.forModules || f.id === formId);
  const unfit = form && !form.forModules ? t('learning.rules.FORM_NOT_FOR_MODULES') : undefined;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 8 }}>
        <TextField
          select
          label={t('learning.form')}
          value={forms ? formId : ''}
          onChange={(e) => onChange({ formId: Number(e.target.value) })}
          error={!!(formError ?? unfit)}
          helperText={formError ?? unfit ?? (form ? creditRule(t, form) : undefined)}
        >
          {offered.map((f) => (
            <MenuItem key={f.id} value={f.id} disabled={!f.forModules}>
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
