import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import competencyEn from '../modules/competency/locales/en.json';
import competencyId from '../modules/competency/locales/id.json';
import recordEn from '../modules/record/locales/en.json';
import recordId from '../modules/record/locales/id.json';
import learningEn from '../modules/learning/locales/en.json';
import learningId from '../modules/learning/locales/id.json';
import en from './locales/en.json';
import id from './locales/id.json';

/** Shared strings plus each module's own file; modules use their own top-level keys. */
const bundles = {
  id: [id, competencyId, recordId, learningId],
  en: [en, competencyEn, recordEn, learningEn],
};

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'kp.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'id';
}

void i18n.use(initReactI18next).init({
  resources: {
    id: { translation: Object.assign({}, ...bundles.id) },
    en: { translation: Object.assign({}, ...bundles.en) },
  },
  lng: initialLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
