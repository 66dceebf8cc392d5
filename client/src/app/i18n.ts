import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import id from './locales/id.json';
import { LANGUAGES, type Language } from './languages';
import { MODULES } from './modules';

/**
 * Shared strings plus each module's own file; modules use their own top-level keys. Bahasa
 * Indonesia ships with the app; English is fetched when someone picks it.
 */
const indonesian = Object.assign({}, id, ...MODULES.map((m) => m.locales?.id ?? {}));
const english = () =>
  Promise.all([import('./locales/en.json'), ...MODULES.flatMap((m) => (m.locales ? [m.locales.en()] : []))]).then((files) =>
    Object.assign({}, ...files.map((f) => f.default)),
  );

export { LANGUAGES, type Language };
const STORAGE_KEY = 'kp.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'id';
}

/** Resolves once the first language's strings are there (at once for Bahasa Indonesia). */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(resourcesToBackend((lng: string) => (lng === 'en' ? english() : Promise.resolve(indonesian))))
  .init({
    resources: { id: { translation: indonesian } },
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'id',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
  });

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
