import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from './EmptyState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      heading="h1"
      icon={<SearchOffOutlined fontSize="inherit" />}
      title={t('errors.NOT_FOUND.title')}
      body={t('errors.NOT_FOUND.body')}
      action={
        <Button component={Link} to="/" variant="outlined">
          {t('nav.home.home')}
        </Button>
      }
    />
  );
}
