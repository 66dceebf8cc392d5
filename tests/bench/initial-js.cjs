/**
 * The JavaScript a page needs before it shows its content, from Vite's manifest of a client
 * build: the entry, and each part the page loads on demand before it is usable (its page chunk,
 * the layout around logged-in pages, home cards, the strings of their modules), each with the
 * chunks it imports. Parts loaded after the content (the JP arc, English, other cards) are not
 * counted. Shared by `npm run bench:client` and the size budget test.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const LAYOUT = 'src/app/Layout.tsx';

/** Modules' Bahasa Indonesia strings, which a page or card waits for (`strings` or `usesStringsOf` in its manifest). */
const strings = (...modules) => modules.map((m) => `src/modules/${m}/locales/id.json`);

/** What each measured page loads before it is usable, besides the entry. */
const PAGES = {
  login: ['src/modules/identity/pages/LoginPage.tsx'],
  'learner dashboard': [
    LAYOUT,
    'src/modules/home/pages/HomePage.tsx',
    'src/modules/learning/components/LearnerDashboard.tsx',
    'src/modules/home/components/Shortcuts.tsx',
    ...strings('home', 'learning'),
  ],
  catalog: [LAYOUT, 'src/modules/learning/pages/CatalogPage.tsx', ...strings('learning', 'competency')],
  module: [LAYOUT, 'src/modules/learning/pages/ModulePage.tsx', ...strings('learning')],
  gap: [LAYOUT, 'src/modules/competency/pages/CompetencyProfilePage.tsx', ...strings('competency', 'organisation', 'learning')],
};

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Raw and gzip bytes of the initial JavaScript of each page in PAGES. */
function initialJs(dist) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const closure = (key, seen) => {
    if (!manifest[key]) throw new Error(`${key} is not in the client build's manifest`);
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) closure(next, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const sizes = (keys) => {
    const files = [...keys].map((k) => fs.readFileSync(path.join(dist, manifest[k].file)));
    return { files: files.length, raw: files.reduce((t, b) => t + b.length, 0), gzip: files.reduce((t, b) => t + gzip(b), 0) };
  };
  const entry = { page: 'entry (every page)', ...sizes(closure(entryKey, new Set())) };
  const pages = Object.entries(PAGES).map(([page, parts]) => {
    const keys = new Set();
    closure(entryKey, keys);
    for (const part of parts) closure(part, keys);
    return { page, ...sizes(keys) };
  });
  return [entry, ...pages];
}

module.exports = { initialJs, PAGES };
