import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  FormControl,
  FormHelperText,
  IconButton,
  InputAdornment,
  InputLabel,
  OutlinedInput,
  type OutlinedInputProps,
  Stack,
  Typography,
} from '@mui/material';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../../../app/auth';
import { errorCode } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';

function loginErrorText(error: unknown, t: (key: string, opts?: Record<string, unknown>) => string): string {
  if (errorCode(error) === 'UNAUTHENTICATED' && CombinedGraphQLErrors.is(error)) {
    // The server answers every failure alike, except when this network has failed too often.
    const retryAfter = error.errors[0]?.extensions?.retryAfter as string | undefined;
    return retryAfter ? t('login.locked', { until: formatDateTime(retryAfter) }) : t('login.wrongCredentials');
  }
  return t(`errors.${errorCode(error)}.body`);
}

/**
 * A text field as MUI's TextField draws it (label, outline, helper text), from its parts: the
 * TextField brings the select menu and its popover code, which the first page can do without.
 */
function LoginField({ id, label, helperText, ...input }: { id: string; label: string; helperText?: ReactNode } & OutlinedInputProps) {
  return (
    <FormControl size="small" fullWidth required variant="outlined">
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput id={id} label={label} aria-describedby={helperText ? `${id}-help` : undefined} {...input} />
      {helperText && <FormHelperText id={`${id}-help`}>{helperText}</FormHelperText>}
    </FormControl>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login } = useAuth();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={from} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        p: 2,
        background: 'linear-gradient(160deg, #0b5d8c 0%, #0e7fa8 55%, #f4f6f8 55%)',
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 420 }} elevation={4}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          {/* On a narrow phone the language switch moves under the title rather than into it. */}
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap', gap: 1, mb: 2 }}>
            <Box sx={{ minWidth: 0 }} data-testid="login-title">
              <Typography variant="h1" component="h1">
                Komunitas Pintar
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('login.tagline')}
              </Typography>
            </Box>
            <Box sx={{ ml: 'auto' }} data-testid="login-language">
              <LanguageSwitch />
            </Box>
          </Stack>
          <Box component="form" onSubmit={submit} noValidate>
            <Stack spacing={2}>
              {error !== null && <Alert severity="error">{loginErrorText(error, t)}</Alert>}
              <LoginField
                id="login-username"
                label={t('login.username')}
                helperText={t('login.usernameHelp')}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                autoComplete="username"
                autoFocus
                required
                name="username"
              />
              <LoginField
                id="login-password"
                label={t('login.password')}
                type={showPassword ? 'text' : 'password'}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                required
                name="password"
                endAdornment={
                  <InputAdornment position="end">
                    <IconButton
                      aria-label={t(showPassword ? 'login.hidePassword' : 'login.showPassword')}
                      onClick={() => setShowPassword((s) => !s)}
                      edge="end"
                    >
                      {showPassword ? <VisibilityOff /> : <Visibility />}
                    </IconButton>
                  </InputAdornment>
                }
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={busy || !username.trim() || !password}
                startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {t('login.submit')}
              </Button>
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
