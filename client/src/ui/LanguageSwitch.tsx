import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../app/languages';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={i18n.language}
      onChange={(_, lng: string | null) => lng && void i18n.changeLanguage(lng)}
      aria-label={t('common.language')}
    >
      {LANGUAGES.map((lng) => (
        <ToggleButton key={lng} value={lng} sx={{ px: 1.5, py: 0.25 }}>
          {lng.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
