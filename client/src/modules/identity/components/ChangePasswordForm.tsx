import { Alert, Button, CircularProgress, Stack, TextField } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@komunitas-pintar/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../ui/errors';
import { fieldErrors } from '../../../ui/fieldErrors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ChangePasswordMutation } from '../graphql/identity';

/** `onChanged` runs after a successful change (a forced change reloads the user then). */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void } = {}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const errors = fieldErrors(error, t);
  const mismatch = form.repeat.length > 0 && form.repeat !== form.newPassword;
  const tooShort = form.newPassword.length > 0 && form.newPassword.length < LIMITS.passwordMin;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await change({ variables: { input: { currentPassword: form.currentPassword, newPassword: form.newPassword } } });
      setForm({ currentPassword: '', newPassword: '', repeat: '' });
      setDone(true);
      onChanged?.();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
      {done && <Alert severity="success">{t('profile.passwordChanged')}</Alert>}
      {error != null && errorCode(error) !== 'BAD_USER_INPUT' && <ErrorAlert error={error} />}
      <TextField
        type="password"
        label={t('profile.currentPassword')}
        autoComplete="current-password"
        value={form.currentPassword}
        onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
        error={!!errors.currentPassword}
        helperText={errors.currentPassword}
        required
      />
      <TextField
        type="password"
        label={t('profile.newPassword')}
        autoComplete="new-password"
        value={form.newPassword}
        onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
        error={!!errors.newPassword || tooShort}
        helperText={errors.newPassword ?? t('profile.passwordRule', { min: LIMITS.passwordMin })}
        required
      />
      <TextField
        type="password"
        label={t('profile.repeatPassword')}
        autoComplete="new-password"
        value={form.repeat}
        onChange={(e) => setForm({ ...form, repeat: e.target.value })}
        error={mismatch}
        helperText={mismatch ? t('profile.passwordMismatch') : undefined}
        required
      />
      <Button
        type="submit"
        variant="contained"
        sx={{ alignSelf: 'flex-start' }}
        disabled={loading || !form.currentPassword || tooShort || mismatch || !form.repeat}
        startIcon={loading ? <CircularProgress size={18} color="inherit" /> : undefined}
      >
        {t('profile.changePassword')}
      </Button>
    </Stack>
  );
}
