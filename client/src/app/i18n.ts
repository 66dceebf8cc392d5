import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import id from './locales/id.json';
import { LANGUAGES, type Language } from './languages';
import { MODULES } from './modules';

/**
 * The shared strings (errors, buttons, the home page's greeting, and the menu: each module's
 * `menu` labels under `nav.<module>`) are the default namespace; their Bahasa Indonesia ships
 * with the app. Each module's strings are a namespace named after the
 * module, loaded with its first page or card (see `defineModule`), so a page carries only the
 * strings it shows. Keys keep their module's top-level prefix (`learning.catalog.title`), and a
 * key missing from the shared strings is looked up in the modules' namespaces. English is fetched
 * when someone picks it: the shared file with every module's menu labels, and the strings of the
 * modules already loaded.
 */
const moduleLocales = new Map(MODULES.map((m) => [m.name, m.locales]));

/** The shared strings with each module's menu labels under `nav.<module>`. */
const withMenus = (shared: typeof id, menus: (Record<string, string> | undefined)[]) => ({
  ...shared,
  nav: { ...shared.nav, ...Object.fromEntries(MODULES.map((m, i) => [m.name, menus[i]])) },
});
const idStrings = withMenus(
  id,
  MODULES.map((m) => m.menu?.id),
);

function load(lng: string, ns: string): Promise<Record<string, unknown>> {
  const language: Language = lng === 'en' ? 'en' : 'id';
  if (ns === 'translation') {
    if (language === 'id') return Promise.resolve(idStrings);
    return Promise.all([import('./locales/en.json'), ...MODULES.map((m) => m.menu?.en().then((f) => f.default))]).then(
      ([shared, ...menus]) => withMenus(shared.default, menus),
    );
  }
  const locales = moduleLocales.get(ns);
  if (!locales) return Promise.reject(new Error(`No strings for ${ns}`));
  return locales[language]().then((f) => f.default);
}

export { LANGUAGES, type Language };
const STORAGE_KEY = 'kp.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'id';
}

/** Resolves once the first language's shared strings are there (at once for Bahasa Indonesia). */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(resourcesToBackend(load))
  .init({
    resources: { id: { translation: idStrings } },
    partialBundledLanguages: true,
    ns: ['translation'],
    defaultNS: 'translation',
    fallbackNS: MODULES.map((m) => m.name),
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
