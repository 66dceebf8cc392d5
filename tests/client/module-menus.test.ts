/**
 * The menu is drawn before any module's strings arrive, so each module's menu labels (and their
 * lines on the home page) live in its own `locales/menu.<language>.json`, which `i18n.ts` adds to
 * the shared strings as `nav.<module>.*`. A label without its words, or a hint left out, would
 * show the bare key in the menu or under a shortcut.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '../../client/src');
const read = (file: string) => fs.readFileSync(path.join(SRC, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;
const MODULES = fs.readdirSync(path.join(SRC, 'modules')).filter((m) => fs.existsSync(path.join(SRC, 'modules', m, 'module.tsx')));
const labelsOf = (m: string) => [...read(`modules/${m}/module.tsx`).matchAll(/label: '([^']+)'/g)].map(([, key]) => key);
const WITH_MENU = MODULES.filter((m) => labelsOf(m).length > 0);

describe('menu labels', () => {
  it('are declared by the modules whose routes have menu entries', () => {
    expect(WITH_MENU.length).toBeGreaterThan(8);
    for (const m of WITH_MENU) {
      const manifest = read(`modules/${m}/module.tsx`);
      expect({ m, has: manifest.includes("import menu from './locales/menu.id.json';") }).toEqual({ m, has: true });
      expect({ m, has: manifest.includes("menu: { id: menu, en: () => import('./locales/menu.en.json') }") }).toEqual({ m, has: true });
    }
  });

  it.each(WITH_MENU)('of the %s module are its own, with a hint, in both languages', (m) => {
    const id = json(`modules/${m}/locales/menu.id.json`);
    const en = json(`modules/${m}/locales/menu.en.json`);
    const entries = labelsOf(m).map((label) => {
      expect(label.startsWith(`nav.${m}.`)).toBe(true);
      return label.slice(`nav.${m}.`.length);
    });
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    expect(Object.keys(id).sort()).toEqual(entries.flatMap((e) => [e, `${e}Hint`]).sort());
    for (const e of entries) {
      expect({ e, id: typeof id[e] === 'string' && id[e] !== '' }).toEqual({ e, id: true });
      expect({ e, en: typeof en[e] === 'string' && en[e] !== '' }).toEqual({ e, en: true });
    }
  });

  it('named anywhere in the client have their words: a module’s in its menu file, the rest shared', () => {
    const shared = json('app/locales/id.json').nav as Record<string, unknown>;
    const sources = fs
      .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.split(path.sep).includes('gql'));
    const named = sources.flatMap((file) => [...read(file).matchAll(/'nav\.([a-zA-Z.]+)'/g)].map(([, key]) => ({ file, key })));
    expect(named.length).toBeGreaterThan(WITH_MENU.length);
    const missing = named.filter(({ key }) => {
      const [first, entry] = key.split('.');
      if (entry === undefined) return typeof shared[first] !== 'string';
      return !MODULES.includes(first) || !(entry in json(`modules/${first}/locales/menu.id.json`));
    });
    expect(missing).toEqual([]);
    // The shared menu strings are the menu's own words, none of a module's.
    expect(Object.keys(shared).filter((key) => typeof shared[key] !== 'string' || MODULES.includes(key))).toEqual([]);
  });
});
