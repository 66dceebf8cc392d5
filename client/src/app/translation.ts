import { useMemo, useSyncExternalStore } from 'react';

/**
 * The app's translator: the part of i18next and react-i18next the app uses (nested keys,
 * `{{name}}` placeholders, plurals by `count` with `_one`/`_other` suffixes, lists of keys tried
 * in turn, `defaultValue`, Bahasa Indonesia as the fallback) in a few hundred bytes instead of
 * about 18 KB gzip that every first page would download. `react-i18next` and `i18next` resolve
 * here (vite.config.ts and tsconfig.json), so components import `useTranslation` as usual.
 */

export type TOptions = { count?: number; defaultValue?: string } & Record<string, unknown>;
export type TFunction = (key: string | string[], options?: TOptions) => string;

type Tree = { [key: string]: unknown };

const FALLBACK = 'id';
const resources: Record<string, Tree> = {};
let current = FALLBACK;
const listeners = new Set<(lng: string) => void>();
let loadLanguage: (lng: string) => Promise<void> = () => Promise.resolve();
const plurals = new Map<string, Intl.PluralRules>();

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isTree(existing) && isTree(value)) merge(existing, value);
    else if (isTree(value)) merge((target[key] = {}), value);
    else target[key] = value;
  }
}

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (!isTree(node)) return undefined;
    node = node[part];
  }
  return node;
}

function pluralForm(lng: string, count: number): string {
  let rules = plurals.get(lng);
  if (!rules) plurals.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
}

/** The string for the first key found, in the language and then in Bahasa Indonesia. */
function find(lng: string, keys: string[], count: number | undefined): string | undefined {
  for (const language of lng === FALLBACK ? [lng] : [lng, FALLBACK]) {
    for (const key of keys) {
      const candidates = count === undefined ? [key] : [`${key}_${pluralForm(language, count)}`, key];
      for (const candidate of candidates) {
        const value = lookup(resources[language], candidate);
        if (typeof value === 'string') return value;
      }
    }
  }
  return undefined;
}

function translate(lng: string, key: string | string[], options?: TOptions): string {
  const keys = Array.isArray(key) ? key : [key];
  const found = find(lng, keys, typeof options?.count === 'number' ? options.count : undefined);
  if (found === undefined) return options?.defaultValue ?? keys[keys.length - 1];
  if (!options) return found;
  // A placeholder without a value stays as written, as in i18next.
  return found.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => {
    const value = lookup(options, name);
    return value === undefined || value === null ? placeholder : String(value);
  });
}

export const i18n = {
  get language(): string {
    return current;
  },
  t: ((key, options) => translate(current, key, options)) as TFunction,
  /** Adds strings of a language (deep merge over what is there). */
  addResources(lng: string, strings: Tree): void {
    merge((resources[lng] ??= {}), strings);
  },
  hasLanguage(lng: string): boolean {
    return lng in resources;
  },
  /** How to fetch a language's strings the first time it is picked. */
  setLoader(loader: (lng: string) => Promise<void>): void {
    loadLanguage = loader;
  },
  /** Shows the language once its strings are there (fetched the first time). */
  async changeLanguage(lng: string): Promise<void> {
    if (!(lng in resources)) await loadLanguage(lng);
    if (lng === current) return;
    current = lng;
    for (const listener of listeners) listener(lng);
  },
  onLanguageChanged(listener: (lng: string) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const subscribe = (onChange: () => void) => i18n.onLanguageChanged(onChange);
const snapshot = () => current;

/** `t` for the language shown, and the translator; the component renders again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const lng = useSyncExternalStore(subscribe, snapshot);
  const t = useMemo<TFunction>(() => (key, options) => translate(lng, key, options), [lng]);
  return { t, i18n };
}

export default i18n;
