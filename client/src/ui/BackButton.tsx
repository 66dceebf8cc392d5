import ArrowBack from '@mui/icons-material/ArrowBack';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * "Back" to the page the user came from; `fallback` when the page was opened directly (a shared
 * link, a new tab), where going back in history would leave the app.
 */
export function BackButton({ fallback }: { fallback: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Button startIcon={<ArrowBack />} onClick={() => (location.key !== 'default' ? navigate(-1) : navigate(fallback))} sx={{ mb: 1 }}>
      {t('common.back')}
    </Button>
  );
}
