import { Grid, InputAdornment, MenuItem, TextField } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@shared/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { CreateCourseModuleMutation, LearningFormsQuery } from '../graphql/learning';

/** E-learning: the usual form of a self-paced module (SIASN jenis diklat 16). */
export const DEFAULT_FORM_ID = 16;

export function parseJpInput(value: string): number | null {
  const n = Number(value.trim().replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** Starts a module with the few fields the API needs; the editor does the rest. */
export function CreateModuleDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const forms = useQuery(LearningFormsQuery);
  const [form, setForm] = useState({ code: '', title: '', formId: DEFAULT_FORM_ID, jp: '' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const [create, creating] = useMutation(CreateCourseModuleMutation, { refetchQueries: ['MyCourseModulesQuery'] });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'learning', { min: '0,5', max: '200' });
  const jp = parseJpInput(form.jp);

  async function submit() {
    setError(null);
    try {
      const result = await create({
        variables: { input: { code: form.code.trim(), title: form.title.trim(), formId: form.formId, jpValue: jp ?? 0 } },
      });
      onCreated(result.data!.createCourseModule.id);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <FormDialog
      title={t('learning.mine.createTitle')}
      busy={creating.loading}
      error={error}
      canSubmit={!!form.code.trim() && form.title.trim().length >= 3 && jp !== null}
      submitLabel={t('learning.mine.createSubmit')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <TextField
            label={t('learning.code')}
            required
            autoFocus
            value={form.code}
            onChange={(e) => set({ code: e.target.value.toUpperCase() })}
            error={!!errors.code}
            helperText={errors.code ?? t('learning.codeHelp')}
            slotProps={{ htmlInput: { maxLength: LIMITS.codeMax } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <TextField
            label={t('learning.title')}
            required
            value={form.title}
            onChange={(e) => set({ title: e.target.value })}
            error={!!errors.title}
            helperText={errors.title}
            slotProps={{ htmlInput: { maxLength: LIMITS.nameMax } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextField
            select
            label={t('learning.form')}
            value={forms.data ? form.formId : ''}
            onChange={(e) => set({ formId: Number(e.target.value) })}
            error={!!errors.formId}
            helperText={errors.formId}
          >
            {(forms.data?.learningForms ?? []).map((f) => (
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
            value={form.jp}
            onChange={(e) => set({ jp: e.target.value })}
            error={!!errors.jpValue}
            helperText={errors.jpValue ?? t('learning.jpHelp')}
            slotProps={{
              htmlInput: { inputMode: 'decimal', maxLength: 6 },
              input: { endAdornment: <InputAdornment position="end">JP</InputAdornment> },
            }}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
