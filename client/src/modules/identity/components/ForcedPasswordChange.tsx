import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of every page while the password an administrator issued has not been changed. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { user, reload, logout } = useAuth();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Card variant="outlined" sx={{ width: '100%', maxWidth: 480 }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 1, mb: 1 }}>
            <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
              {t('accounts.forced.title')}
            </Typography>
            <LanguageSwitch />
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {user?.displayName}
          </Typography>
          <Typography sx={{ mb: 3 }}>{t('accounts.forced.body')}</Typography>
          <ChangePasswordForm onChanged={() => void reload()} />
          <Button sx={{ mt: 2 }} onClick={() => void logout()}>
            {t('accounts.forced.logout')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
