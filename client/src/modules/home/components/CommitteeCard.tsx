import PersonSearchOutlined from '@mui/icons-material/PersonSearchOutlined';
import { Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';

/** A committee member's home: the way to the talent search. */
export function CommitteeCard() {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('homeCards.committee.title')}>
      <Typography sx={{ mb: 2 }}>{t('homeCards.committee.body')}</Typography>
      <Button variant="contained" startIcon={<PersonSearchOutlined />} component={Link} to="/komite/pencarian">
        {t('homeCards.committee.open')}
      </Button>
    </SectionCard>
  );
}
