import { Box, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { EmptyState } from '../ui/EmptyState';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAuth } from './auth';
import { lazyPart } from './lazyPage';
import { type Access, useAllowed } from './manifest';
import { withStrings } from './strings';

/** Rarely shown, so loaded only when needed, with the identity module's strings. */
const ForcedPasswordChange = withStrings(
  lazyPart(() => import('../modules/identity/components/ForcedPasswordChange'), 'ForcedPasswordChange'),
  ['identity'],
);

/** A spinner over the whole window, while the session or a page's code loads. */
export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <CircularProgress aria-label={t('common.loading')} />
    </Box>
  );
}

/** Sends logged-out visitors to the login page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading, error } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageLoading />;
  if (error) {
    return (
      <Box sx={{ p: 3 }}>
        <ErrorAlert error={error} onRetry={() => window.location.reload()} />
      </Box>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // A password an administrator issued is changed before anything else (the server refuses the rest).
  if (user.mustChangePassword) return <ForcedPasswordChange />;
  return <>{children}</>;
}

/** Shows a clear message instead of a page the user's roles or abilities do not allow. */
export function RequireAccess({ children, ...access }: Access & { children: ReactNode }) {
  const allowed = useAllowed();
  const { t } = useTranslation();
  if (!allowed(access)) return <EmptyState heading="h1" title={t('errors.FORBIDDEN.title')} body={t('errors.FORBIDDEN.body')} />;
  return <>{children}</>;
}
