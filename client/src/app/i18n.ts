import id from './locales/id.json';
import { LANGUAGES, type Language } from './languages';
import { MODULES } from './modules';
import { i18n } from './translation';

/**
 * Shared strings plus each module's own file; modules use their own top-level keys. Bahasa
 * Indonesia ships with the app; English is fetched when someone picks it.
 */
i18n.addResources('id', Object.assign({}, id, ...MODULES.map((m) => m.locales?.id ?? {})));
i18n.setLoader(() =>
  Promise.all([import('./locales/en.json'), ...MODULES.flatMap((m) => (m.locales ? [m.locales.en()] : []))]).then((files) =>
    i18n.addResources('en', Object.assign({}, ...files.map((f) => f.default))),
  ),
);

export { LANGUAGES, type Language };
const STORAGE_KEY = 'kp.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'id';
}

/** Resolves once the first language's strings are there (at once for Bahasa Indonesia). */
export const i18nReady: Promise<void> = i18n.changeLanguage(initialLanguage());

i18n.onLanguageChanged((lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
