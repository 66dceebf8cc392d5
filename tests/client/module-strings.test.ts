/**
 * Each module's strings load with its pages and cards, which wait for the namespaces their module
 * declares: its own and those in `usesStringsOf`. A key of a module that is not declared would be
 * shown as the bare key until someone opened a page of that module, so every key a module's code
 * (or the code of other modules it imports) names must belong to the shared strings, to the
 * module, or to a module it declares.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '../../client/src');
const MODULES = fs.readdirSync(path.join(SRC, 'modules')).filter((m) => fs.existsSync(path.join(SRC, 'modules', m, 'module.tsx')));

const read = (file: string) => fs.readFileSync(path.join(SRC, file), 'utf8');
const topKeys = (file: string) => Object.keys(JSON.parse(read(file)) as object);

/** Which file owns each top-level key: 'shared' for app/locales, else the module's name. */
const owner = new Map<string, string>();
for (const key of topKeys('app/locales/id.json')) owner.set(key, 'shared');
for (const m of MODULES) for (const key of topKeys(`modules/${m}/locales/id.json`)) owner.set(key, m);

const sources = fs
  .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.split(path.sep).includes('gql'));

/** Relative imports (static and `import()`) of a source file, resolved to files under src/. */
function importsOf(file: string): string[] {
  return [...read(file).matchAll(/(?:from\s+|import\()\s*'(\.[^']+)'/g)].flatMap(([, spec]) => {
    const base = path.join(path.dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.tsx`].find((c) => sources.includes(c));
    return found ? [found] : [];
  });
}

/** The modules whose strings a file names: string literals starting with one of their top-level keys. */
function namespacesNamed(file: string): Set<string> {
  const found = new Set<string>();
  for (const [, key] of read(file).matchAll(/['`"]([a-zA-Z]+)\.[a-zA-Z${]/g)) {
    const ns = owner.get(key);
    if (ns && ns !== 'shared') found.add(ns);
  }
  return found;
}

/** The module namespaces named by the files, and by everything they import outside app/ (which loads first). */
function namespacesReached(files: string[]): Map<string, string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || file.startsWith(`app${path.sep}`)) return;
    seen.add(file);
    importsOf(file).forEach(walk);
  };
  files.forEach(walk);
  const reached = new Map<string, string>();
  for (const file of seen) for (const ns of namespacesNamed(file)) if (!reached.has(ns)) reached.set(ns, file);
  return reached;
}

const listed = (text: string | undefined) => [...(text ?? '').matchAll(/'([a-z]+)'/g)].map(([, name]) => name);

describe('module strings', () => {
  it('are found in each module', () => {
    expect(MODULES.length).toBeGreaterThan(8);
    for (const m of MODULES) expect(read(`modules/${m}/module.tsx`)).toContain(`locales: { id: () => import('./locales/id.json')`);
  });

  it('have top-level keys of their own, the same in both languages', () => {
    const files = ['app/locales', ...MODULES.map((m) => `modules/${m}/locales`)];
    const keys = files.flatMap((dir) => topKeys(`${dir}/id.json`));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const dir of files) expect(topKeys(`${dir}/en.json`).sort()).toEqual(topKeys(`${dir}/id.json`).sort());
  });

  it.each(MODULES)('named by the %s module are its own, shared or declared', (m) => {
    const manifest = read(`modules/${m}/module.tsx`);
    const declared = new Set([m, ...listed(/usesStringsOf: \[([^\]]*)\]/.exec(manifest)?.[1])]);
    const files = sources.filter((f) => f.startsWith(path.join('modules', m) + path.sep) && !f.endsWith('module.tsx'));
    const undeclared = [...namespacesReached(files)].filter(([ns]) => !declared.has(ns)).map(([ns, file]) => `${ns} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it('named by a page or card that waits for fewer namespaces than its module are among those', () => {
    const narrowed = MODULES.flatMap((m) => {
      const manifest = read(`modules/${m}/module.tsx`);
      return [...manifest.matchAll(/(?:page|component): (\w+),[^}]*?strings: \[([^\]]*)\]/g)].map(([, part, strings]) => {
        const spec = new RegExp(`const ${part} = lazy(?:Page|Part)\\(\\(\\) => import\\('([^']+)'\\)`).exec(manifest)![1];
        const file = path.join('modules', m, `${spec}.tsx`);
        return { file, declared: listed(strings), reached: [...namespacesReached([file]).keys()] };
      });
    });
    expect(narrowed.length).toBeGreaterThan(0);
    for (const { file, declared, reached } of narrowed)
      expect({ file, missing: reached.filter((ns) => !declared.includes(ns)) }).toEqual({ file, missing: [] });
  });
});
