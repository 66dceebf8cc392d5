import { Grid } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { parseDecimal } from '../../../ui/format';
import { withinLimits } from '../../../ui/limits';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { CreateCourseModuleMutation, LearningFormsQuery } from '../graphql/learning';
import { ModuleFormJpFields } from './ModuleFormJpFields';
import { LimitedTextField } from '../../../ui/LimitedTextField';

/** E-learning: the usual form of a self-paced module (SIASN jenis diklat 16). */
const DEFAULT_FORM_ID = 16;

/** Starts a module with the few fields the API needs; the editor does the rest. */
export function CreateModuleDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const forms = useQuery(LearningFormsQuery);
  const [form, setForm] = useState({ code: '', title: '', formId: DEFAULT_FORM_ID, jp: '' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const [create, creating] = useMutation(CreateCourseModuleMutation, { refetchQueries: ['MyCourseModules'] });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'learning');
  const jp = parseDecimal(form.jp);

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
      canSubmit={
        !!form.code.trim() &&
        form.title.trim().length >= 3 &&
        withinLimits([
          [form.code, LIMITS.codeMax],
          [form.title, LIMITS.nameMax],
        ]) &&
        jp !== null
      }
      submitLabel={t('learning.mine.createSubmit')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <LimitedTextField
            maxChars={LIMITS.codeMax}
            label={t('learning.code')}
            required
            autoFocus
            value={form.code}
            onChange={(e) => set({ code: e.target.value.toUpperCase() })}
            error={!!errors.code}
            helperText={errors.code ?? t('learning.codeHelp')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <LimitedTextField
            maxChars={LIMITS.nameMax}
            label={t('learning.title')}
            required
            value={form.title}
            onChange={(e) => set({ title: e.target.value })}
            error={!!errors.title}
            helperText={errors.title}
          />
        </Grid>
      </Grid>
      <ModuleFormJpFields
        forms={forms.data?.learningForms}
        formId={form.formId}
        jp={form.jp}
        onChange={set}
        formError={errors.formId}
        jpError={errors.jpValue}
      />
    </FormDialog>
  );
}
