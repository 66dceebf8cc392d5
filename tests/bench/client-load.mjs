#!/usr/bin/env node
/**
 * What a learner's browser downloads, and how soon the pages are usable: builds the app, serves it
 * on demo data, and prints
 *   1. every built chunk, raw and compressed (gzip and brotli at their highest levels),
 *   2. the JavaScript each page loads before it is usable (raw, gzip, and the bytes transferred),
 *   3. the learner dashboard on a weak network (400 kbit/s, 400 ms round trip, empty cache):
 *      when the first thing is painted and when the dashboard is usable, for a learner who logged
 *      in on that browser and, as the baseline, with a session cookie only,
 *   4. Lighthouse 12 performance and accessibility scores, desktop and mobile presets, simulated
 *      throttling, for the login, dashboard, catalog, module and gap pages.
 *
 *   npm run bench:client                      everything, Lighthouse once per page and preset
 *   npm run bench:client -- --runs 3          medians of three runs
 *   npm run bench:client -- --no-lighthouse   only the tables and the weak-network timing
 *   npm run bench:client -- --lighthouse-only --pages login,gap --presets mobile --runs 5
 *                                             only Lighthouse, on some pages and presets
 *   npm run bench:client -- --against DIR      Lighthouse of this build and of another built client
 *                                             (DIR, e.g. a copy of an earlier client/dist) served
 *                                             by a second server on the same database, the two
 *                                             taken in turn run by run, with the ratio
 *   npm run bench:client -- --floor            the same measures of the stack floor beside this build:
 *                                             the client's libraries alone asking for the session and
 *                                             the year's JP and showing them in a card
 *                                             (tests/bench/stack-floor/main.tsx), built into a
 *                                             temporary folder and served like --against
 *   npm run bench:client -- --save-json DIR    keeps each Lighthouse report (JSON) in DIR
 *   npm run bench:client -- --page-cost [--loads N]
 *                                             only what opening a page costs the machine: fresh
 *                                             memory touched page by page, and the catalog loaded N
 *                                             times (default 10) in a new browser context each (as
 *                                             the browser tests open pages), in new pages of one
 *                                             context, and reloaded in one open page, with Chromium's
 *                                             CPU and page faults (Linux, from /proc)
 *
 * Beside the scores it prints where each page's main thread goes in the median run: Lighthouse's
 * mainthread-work-breakdown (script evaluation, style and layout, …), the scripts that cost most
 * (bootup-time) and the longest tasks.
 *
 * The database: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) when a
 * server answers there (a throwaway database is created and dropped), otherwise embedded PGlite in
 * a temporary folder. The browser: CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import initialJsModule from './initial-js.cjs';
import { adminQuery, freePort, pgAnswers, processTree } from './support/system.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const RUNS = argv.includes('--runs') ? Math.max(1, Number(argv[argv.indexOf('--runs') + 1]) || 1) : 1;
const PAGE_COST = argv.includes('--page-cost');
const LIGHTHOUSE = !argv.includes('--no-lighthouse') && !PAGE_COST;
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const LOADS = Math.max(1, Number(option('--loads') ?? 10) || 10);
const LIGHTHOUSE_ONLY = argv.includes('--lighthouse-only') || PAGE_COST;
const ONLY_PAGES = option('--pages')?.split(',');
const PRESETS = option('--presets')?.split(',') ?? ['desktop', 'mobile'];
const FLOOR = argv.includes('--floor');
if (FLOOR && option('--against')) throw new Error('--floor and --against both name the build to compare with: give one');
const AGAINST_DIR = option('--against') ? path.resolve(option('--against')) : undefined;
const SAVE_JSON = option('--save-json') ? path.resolve(option('--save-json')) : undefined;
// A name in --pages that matches no page fails before anything is built or served.
const PAGE_NAMES = measuredPages({}, { id: '', title: '' }).map((p) => p.name);
const unknownPages = (ONLY_PAGES ?? []).filter((name) => !PAGE_NAMES.some((page) => page.startsWith(name)));
if (unknownPages.length) throw new Error(`--pages: no page is named ${unknownPages.join(', ')} (pages: ${PAGE_NAMES.join(', ')})`);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromiumArgs = createRequire(import.meta.url)('../e2e/support/chromium-args.json');
/** Chromium as it comes (headless), as a user's browser has it. */
const CHROMIUM_FLAGS = chromiumArgs.base;
/** Chromium as the browser tests start it (`tests/e2e/support/chromium.ts` says why). */
const TESTS_FLAGS = [
  ...chromiumArgs.base,
  `--disable-features=${[...chromiumArgs.playwrightDisabledFeatures, ...chromiumArgs.testsDisabledFeatures].join(',')}`,
];
const PASSWORD = 'komunitas-pintar';
/** The weak network: 400 kbit/s both ways, 400 ms added to every request. */
const WEAK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

const kb = (bytes) => (bytes / 1024).toFixed(1);
const seconds = (ms) => (ms / 1000).toFixed(1);
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function table(head, rows) {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// 1. Build and the chunk table.

function build() {
  execFileSync('node', [path.join(ROOT, 'scripts/ensure-built.mjs')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

function chunkTable() {
  const dir = path.join(ROOT, 'client/dist/assets');
  const rows = fs
    .readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const buf = fs.readFileSync(path.join(dir, f));
      return { file: f, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
    })
    .sort((a, b) => b.raw - a.raw);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  return table(
    ['chunk', 'raw KB', 'gzip KB', 'brotli KB'],
    [
      ...rows.map((r) => [r.file, kb(r.raw), kb(r.gzip), kb(r.brotli)]),
      [`**${rows.length} files**`, kb(total.raw), kb(total.gzip), kb(total.brotli)],
    ],
  );
}

/** The JavaScript the measured pages need before they show their content (tests/bench/initial-js.cjs). */
function measuredPagesTable() {
  const rows = initialJsModule.initialJs(path.join(ROOT, 'client/dist'));
  return table(
    ['page', 'files', 'raw KB', 'gzip KB', 'goal (gzip KB)'],
    rows.map((r) => [
      r.page,
      String(r.files),
      kb(r.raw),
      kb(r.gzip),
      r.page.startsWith('entry') ? '' : r.gzip <= 150 * 1024 ? '150, met' : '150, not met',
    ]),
  );
}

/**
 * Every page chunk with the entry and their static imports (from Vite's manifest); the layout
 * around logged-in pages and the modules' strings are not counted here, nor chunks loaded later
 * (the JP arc, the radar chart, English).
 */
function initialTable() {
  const dist = path.join(ROOT, 'client/dist');
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const closure = (key, seen) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) closure(next, seen);
    return seen;
  };
  const entry = closure(
    Object.keys(manifest).find((k) => manifest[k].isEntry),
    new Set(),
  );
  const sizes = (keys) => {
    const bufs = [...keys].map((k) => fs.readFileSync(path.join(dist, manifest[k].file)));
    return { files: bufs.length, raw: bufs.reduce((t, b) => t + b.length, 0), gzip: bufs.reduce((t, b) => t + gzip(b), 0) };
  };
  const rows = Object.keys(manifest)
    .filter((k) => /\/pages\/[A-Za-z]+Page\.tsx$/.test(k))
    .map((k) => ({ page: k.replace(/.*\//, '').replace('.tsx', ''), ...sizes(closure(k, new Set(entry))) }))
    .sort((a, b) => b.gzip - a.gzip);
  return table(
    ['page', 'files', 'raw KB', 'gzip KB'],
    rows.map((r) => [r.page, String(r.files), kb(r.raw), kb(r.gzip)]),
  );
}

/** The floor's JavaScript: one file, raw and gzip -9. */
function floorTable(dir) {
  const files = fs.readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const bufs = files.map((f) => fs.readFileSync(path.join(dir, 'assets', f)));
  const raw = bufs.reduce((t, b) => t + b.length, 0);
  return `${files.length} JavaScript file(s), ${kb(raw)} KB raw, ${kb(bufs.reduce((t, b) => t + gzip(b), 0))} KB gzip`;
}

/**
 * Builds the stack floor (tests/bench/stack-floor/main.tsx) into a temporary folder with the
 * client's Vite, its index.html (the same loading shell) and its compression of assets, and
 * returns the folder.
 */
async function buildFloor() {
  const fromClient = createRequire(path.join(ROOT, 'client/package.json'));
  const load = (name) => import(pathToFileURL(fromClient.resolve(name)).href);
  const [{ build: viteBuild }, { default: react }, { compression }] = await Promise.all([
    load('vite'),
    load('@vitejs/plugin-react'),
    load('vite-plugin-compression2'),
  ]);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-stack-floor-'));
  const floorMain = path.join(ROOT, 'tests/bench/stack-floor/main.tsx');
  const clientMain = path.join(ROOT, 'client/src/main.tsx');
  await viteBuild({
    configFile: false,
    root: path.join(ROOT, 'client'),
    logLevel: 'warn',
    plugins: [
      // index.html's script is the app's entry: the floor's takes its place.
      { name: 'stack-floor-entry', enforce: 'pre', resolveId: (id) => (id === '/src/main.tsx' || id === clientMain ? floorMain : null) },
      react(),
      compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
    ],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  });
  return outDir;
}

// ---------------------------------------------------------------------------------------------
// 2. The app on demo data.

/**
 * The API serving the built client, on a throwaway database with the demo; or, given `shared` (an
 * earlier `serve()`), a second server on that one's database serving the client in `clientDir`.
 */
async function serve({ clientDir, shared } = {}) {
  const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-client-'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...(clientDir ? { CLIENT_DIR: clientDir } : {}),
  };
  delete env.DATABASE_URL;
  let dbName = null;
  let database;
  if (shared) {
    if (!shared.databaseUrl) throw new Error('--against needs a PostgreSQL server (BENCH_DATABASE_URL): two servers cannot share PGlite');
    env.DATABASE_URL = shared.databaseUrl;
    database = shared.database;
  } else if (await pgAnswers(serverUrl)) {
    dbName = `kp_bench_client_${process.pid}`;
    await adminQuery(serverUrl, `create database ${dbName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
    database = `PostgreSQL at ${url.host}`;
  } else {
    database = 'embedded PGlite (no PostgreSQL server answered)';
  }
  const child = spawn('node', [path.join(ROOT, 'api/dist/cli.js'), 'start'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 900_000; // seeding the demo on a busy machine takes minutes
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('The server did not answer /health within 15 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseUrl,
    database,
    databaseUrl: env.DATABASE_URL,
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      if (dbName) await adminQuery(serverUrl, `drop database if exists ${dbName} with (force)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function graphql(baseUrl, query, variables, cookie) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, res };
}

/** The session cookie of a demo account. */
async function login(baseUrl, username) {
  const { res } = await graphql(baseUrl, 'mutation($input: LoginInput!) { login(input: $input) { expiresAt } }', {
    input: { username, password: PASSWORD },
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const match = /kp_session=([^;]+)/.exec(setCookie);
  if (!match) throw new Error(`No session cookie for ${username}`);
  return { name: 'kp_session', value: match[1] };
}

// ---------------------------------------------------------------------------------------------
// 3. Pages in the browser.

/** A new browser context at the given width, with the session cookie when there is one. */
async function newContext(browser, baseUrl, session, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID' });
  if (session) await context.addCookies([{ ...session, url: baseUrl }]);
  return context;
}

async function newPage(browser, baseUrl, session, width = 1280) {
  return (await newContext(browser, baseUrl, session, width)).newPage();
}

/** The scripts a page loads until the network is quiet: raw, gzip and transferred bytes. */
async function pageScripts(browser, baseUrl, page) {
  const tab = await newPage(browser, baseUrl, page.session);
  const responses = [];
  tab.on('response', (r) => r.request().resourceType() === 'script' && responses.push(r));
  await tab.goto(`${baseUrl}${page.path}`, { waitUntil: 'networkidle', timeout: 120_000 });
  await tab.getByText(page.ready, { exact: false }).first().waitFor({ timeout: 60_000 });
  await tab.waitForLoadState('networkidle');
  let raw = 0;
  let gz = 0;
  let sent = 0;
  for (const r of responses) {
    const body = await r.body();
    raw += body.length;
    gz += gzip(body);
    sent += (await r.request().sizes()).responseBodySize;
  }
  await tab.context().close();
  return { files: responses.length, raw, gzip: gz, sent };
}

/**
 * The learner dashboard on the weak network, empty cache: first paint and usable, in ms. With a
 * session cookie only (`session`), or, when `session` is null, after the learner logged in on the
 * login page of the same browser at full speed (what the browser remembers of that login stays).
 */
async function weakNetworkDashboard(browser, baseUrl, session, shot = 'weak-network-dashboard') {
  const tab = await newPage(browser, baseUrl, session, 375);
  if (!session) {
    await tab.goto(`${baseUrl}/login`, { timeout: 120_000 });
    await tab.getByLabel('Nama pengguna atau NIP').fill('peserta', { timeout: 60_000 });
    await tab.getByLabel('Kata sandi').first().fill(PASSWORD);
    await tab.getByRole('button', { name: 'Masuk' }).click();
    await tab.getByTestId('jp-progress').waitFor({ timeout: 120_000 });
  }
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', WEAK);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  const started = Date.now();
  await tab.goto(`${baseUrl}/`, { waitUntil: 'commit', timeout: 180_000 });
  await tab.getByTestId('jp-progress').waitFor({ timeout: 180_000 });
  const usable = Date.now() - started;
  const paint = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  const results = path.join(ROOT, 'tests/bench/results');
  fs.mkdirSync(results, { recursive: true });
  await tab.screenshot({ path: path.join(results, `${shot}.png`) });
  await tab.context().close();
  return { paint, usable, bytes };
}

// ---------------------------------------------------------------------------------------------
// 4. Lighthouse.

/** Where the main thread went in one Lighthouse run: the groups, the costliest scripts and tasks. */
function mainThread(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const short = (url) => (url.startsWith('http') ? new URL(url).pathname.replace(/^\/assets\//, '') : url);
  return {
    total: lhr.audits['mainthread-work-breakdown']?.numericValue ?? NaN,
    groups: items('mainthread-work-breakdown')
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 4)
      .map((g) => `${g.groupLabel} ${g.duration.toFixed(0)}`),
    scripts: items('bootup-time')
      .sort((a, b) => b.total - a.total)
      .slice(0, 4)
      .map((b) => `${short(b.url)} ${b.total.toFixed(0)} (eval ${b.scripting.toFixed(0)}, parse ${b.scriptParseCompile.toFixed(0)})`),
    tasks: items('long-tasks')
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((t) => `${short(t.url)} ${t.duration.toFixed(0)}`),
  };
}

/**
 * Lighthouse on each page and preset, RUNS times; with several builds (`targets`), the builds take
 * turns run by run so the machine's load weighs on each alike. Medians per build, page and preset,
 * and the main thread of the run with the median blocking time.
 */
async function lighthouseScores(targets, pages) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  if (SAVE_JSON) fs.mkdirSync(SAVE_JSON, { recursive: true });
  const results = [];
  try {
    for (const preset of PRESETS) {
      for (const page of pages) {
        const runs = new Map(targets.map((t) => [t.name, []]));
        for (let i = 0; i < RUNS; i++) {
          for (const target of targets) {
            const flags = {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility'],
              throttlingMethod: 'simulate',
              extraHeaders: page.session ? { Cookie: `${page.session.name}=${page.session.value}` } : undefined,
            };
            const config = preset === 'desktop' ? desktopConfig : undefined;
            const url = `${target.baseUrl}${page.path}`;
            let { lhr } = await lighthouse(url, flags, config);
            // A run that fails (a busy machine can miss Lighthouse's own deadlines) is tried once more.
            if (lhr.runtimeError) ({ lhr } = await lighthouse(url, flags, config));
            if (lhr.runtimeError) {
              console.log(`Lighthouse failed on ${page.name} (${preset}, ${target.name}): ${lhr.runtimeError.code}`);
              continue;
            }
            if (SAVE_JSON) {
              const file = `${target.name}-${page.name.replace(/\W+/g, '-')}-${preset}-${i + 1}.json`;
              fs.writeFileSync(path.join(SAVE_JSON, file), JSON.stringify(lhr));
            }
            const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
            runs.get(target.name).push({
              performance: Math.round(lhr.categories.performance.score * 100),
              accessibility: Math.round(lhr.categories.accessibility.score * 100),
              fcp: audit('first-contentful-paint'),
              lcp: audit('largest-contentful-paint'),
              tbt: audit('total-blocking-time'),
              unusedJs: lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0,
              mainThread: mainThread(lhr),
            });
          }
        }
        for (const target of targets) {
          const done = runs.get(target.name);
          if (!done.length) continue;
          const pick = (key) => median(done.map((r) => r[key]));
          const tbt = pick('tbt');
          results.push({
            build: target.name,
            preset,
            page: page.name,
            performance: pick('performance'),
            accessibility: pick('accessibility'),
            fcp: pick('fcp'),
            lcp: pick('lcp'),
            tbt,
            unusedJs: pick('unusedJs'),
            mainThread: done.find((r) => r.tbt === tbt).mainThread,
          });
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

function printLighthouse(scores, builds) {
  console.log(
    table(
      [
        'page',
        'preset',
        ...(builds.length > 1 ? ['build'] : []),
        'performance',
        'accessibility',
        'FCP s',
        'LCP s',
        'TBT ms',
        'unused JS KB',
      ],
      scores.map((s) => [
        s.page,
        s.preset,
        ...(builds.length > 1 ? [s.build] : []),
        String(s.performance),
        String(s.accessibility),
        seconds(s.fcp),
        seconds(s.lcp),
        s.tbt.toFixed(0),
        kb(s.unusedJs),
      ]),
    ),
  );
  if (builds.length > 1) {
    console.log(`\n### This build against ${builds[1]} (medians, ratio this ÷ that)\n`);
    const rows = scores
      .filter((s) => s.build === builds[0])
      .map((s) => {
        const other = scores.find((o) => o.build === builds[1] && o.page === s.page && o.preset === s.preset);
        if (!other) return null;
        const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');
        return [
          s.page,
          s.preset,
          `${other.performance} → ${s.performance}`,
          `${other.tbt.toFixed(0)} → ${s.tbt.toFixed(0)}`,
          ratio(s.tbt, other.tbt),
          `${other.mainThread.total.toFixed(0)} → ${s.mainThread.total.toFixed(0)}`,
          ratio(s.mainThread.total, other.mainThread.total),
          `${seconds(other.lcp)} → ${seconds(s.lcp)}`,
        ];
      })
      .filter(Boolean);
    console.log(table(['page', 'preset', 'performance', 'TBT ms', 'TBT ratio', 'main thread ms', 'ratio', 'LCP s'], rows));
  }
  console.log('\n### Where the main thread goes (the run with the median blocking time; ms, simulated)\n');
  for (const s of scores) {
    const m = s.mainThread;
    console.log(`- ${s.page}, ${s.preset}${builds.length > 1 ? `, ${s.build}` : ''}: ${m.total.toFixed(0)} ms in all`);
    console.log(`  - by kind: ${m.groups.join('; ')}`);
    console.log(`  - by script: ${m.scripts.join('; ')}`);
    if (m.tasks.length) console.log(`  - longest tasks: ${m.tasks.join('; ')}`);
  }
}

// ---------------------------------------------------------------------------------------------

const startedAt = new Date();
console.log(`# Client load benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(`${os.cpus().length} cores, load average at start ${load()}, ${RUNS} run(s) per Lighthouse page and preset\n`);
build();
if (!LIGHTHOUSE_ONLY) {
  console.log('\n## Built chunks\n');
  console.log(chunkTable());
}
if (!LIGHTHOUSE_ONLY && fs.existsSync(path.join(ROOT, 'client/dist/.vite/manifest.json'))) {
  console.log('\n## Initial JavaScript of the measured pages (everything loaded before the content shows; each file gzip -9)\n');
  console.log(measuredPagesTable());
  console.log('\n## Every page chunk with the entry and their static imports\n');
  console.log(initialTable());
}

/** The pages measured for the goals (and by Lighthouse): each with the session it opens with and a text it shows when ready. */
function measuredPages(sessions, module) {
  return [
    { name: 'login', path: '/login', session: null, ready: 'Nama pengguna atau NIP' },
    { name: 'learner dashboard', path: '/', session: sessions.peserta, ready: 'JP tahun' },
    { name: 'catalog', path: '/katalog', session: sessions.peserta, ready: module.title },
    { name: 'module', path: `/modul/${module.id}`, session: sessions.peserta, ready: module.title },
    { name: 'gap', path: '/profil-kompetensi', session: sessions.peserta, ready: 'Kesenjangan terhadap' },
  ];
}

/** The build compared with this one (--floor or --against): its name and folder. */
const other = FLOOR
  ? { name: 'stack floor', dir: await buildFloor() }
  : AGAINST_DIR && { name: path.basename(AGAINST_DIR), dir: AGAINST_DIR };
if (FLOOR) console.log(`\nThe stack floor is built in ${other.dir}: ${floorTable(other.dir)}`);
const app = await serve();
const baseline = other ? await serve({ clientDir: other.dir, shared: app }) : null;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  console.log(`\nServed at ${app.baseUrl} on ${app.database}${baseline ? `; ${other.dir} at ${baseline.baseUrl}` : ''}`);
  const sessions = {};
  for (const user of ['peserta', 'pelatih', 'admin']) sessions[user] = await login(app.baseUrl, user);
  const { data } = await graphql(
    app.baseUrl,
    '{ courseModules(page: { offset: 0, limit: 1 }) { items { id title } } }',
    {},
    `kp_session=${sessions.peserta.value}`,
  );
  const module = data.courseModules.items[0];

  const pages = measuredPages(sessions, module);
  const more = [
    { name: 'plans', path: '/rencana', session: sessions.peserta, ready: 'Rencana pengembangan' },
    { name: 'trainer’s modules', path: '/pelatih/modul', session: sessions.pelatih, ready: module.title },
    { name: 'employees (admin)', path: '/pegawai', session: sessions.admin, ready: '200 pegawai' },
  ];

  if (PAGE_COST) await pageCost(browser, app.baseUrl, sessions.peserta, module);
  if (!LIGHTHOUSE_ONLY) await loadTables(browser, app, sessions, pages, more, baseline && { name: other.name, baseUrl: baseline.baseUrl });

  if (LIGHTHOUSE) {
    console.log(`\n## Lighthouse (simulated throttling), load average ${load()}\n`);
    const targets = [{ name: 'this', baseUrl: app.baseUrl }, ...(baseline ? [{ name: other.name, baseUrl: baseline.baseUrl }] : [])];
    const measured = ONLY_PAGES ? pages.filter((p) => ONLY_PAGES.some((name) => p.name.startsWith(name))) : pages;
    printLighthouse(
      await lighthouseScores(targets, measured),
      targets.map((t) => t.name),
    );
  }
} finally {
  await browser.close();
  if (baseline) await baseline.close();
  await app.close();
  if (FLOOR) fs.rmSync(other.dir, { recursive: true, force: true });
}
console.log(`\nLoad average at the end ${load()}; took ${seconds(Date.now() - startedAt.getTime())} s`);

/** What each page loads, and the dashboard on the weak network. */
async function loadTables(browser, app, sessions, pages, more, compared) {
  console.log('\n## JavaScript a browser loads for each page, until the network is quiet (lazy parts included)\n');
  const scriptRows = [];
  for (const page of [...pages, ...more]) {
    const s = await pageScripts(browser, app.baseUrl, page);
    scriptRows.push([page.name, String(s.files), kb(s.raw), kb(s.gzip), kb(s.sent)]);
  }
  console.log(table(['page', 'files', 'raw KB', 'gzip KB', 'transferred KB'], scriptRows));

  console.log('\n## Learner dashboard at 400 kbit/s, 400 ms round trip, empty cache (375 px)\n');
  // Two ways a learner arrives, taken in turn: logged in earlier on this browser's login page (what
  // the start page's early fetch reads, `client/src/app/startCards.ts`), and with a session cookie
  // only, which is the baseline: the dashboard's query then waits for the session's answer.
  // With --floor or --against, the other build with a session cookie only, in the same turns.
  const weak = { login: [], cookie: [], other: [] };
  for (let i = 0; i < RUNS; i++) {
    weak.login.push(await weakNetworkDashboard(browser, app.baseUrl, null));
    weak.cookie.push(await weakNetworkDashboard(browser, app.baseUrl, sessions.peserta));
    if (compared) weak.other.push(await weakNetworkDashboard(browser, compared.baseUrl, sessions.peserta, 'weak-network-other-build'));
  }
  const arrivals = {
    'logged in on this browser': weak.login,
    'session cookie only': weak.cookie,
    ...(compared ? { [`${compared.name}, session cookie only`]: weak.other } : {}),
  };
  const usable = (runs) => median(runs.map((w) => w.usable));
  console.log(
    table(
      ['arrives', 'first paint s', 'usable s', 'transferred KB', 'usable ÷ cookie only'],
      Object.entries(arrivals).map(([name, runs]) => [
        name,
        seconds(median(runs.map((w) => w.paint ?? NaN))),
        seconds(usable(runs)),
        kb(median(runs.map((w) => w.bytes))),
        (usable(runs) / usable(weak.cookie)).toFixed(2),
      ]),
    ),
  );
}

/** Microseconds per 4 KB page to touch `mb` MB of fresh memory (allocated anew, so the kernel maps each page on first touch) and to touch it again. */
function touchCost(mb = 256) {
  const bytes = mb * 1024 * 1024;
  const buffer = Buffer.allocUnsafeSlow(bytes);
  const pass = (value) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < bytes; i += 4096) buffer[i] = value;
    return Number(process.hrtime.bigint() - start) / 1000 / (bytes / 4096);
  };
  return { first: pass(1), again: pass(2) };
}

/**
 * What opening a page costs here (--page-cost): fresh memory touched page by page, then the catalog
 * loaded `LOADS` times four ways, each load until its first module shows and the network is quiet:
 * in a new browser context (what every browser test's `b.page` does) in Chromium as it comes and as
 * the browser tests start it, and, as the tests start it, in a new page of one shared context and
 * reloaded in one open page. Per load: the median wall time, and Chromium's CPU and minor page
 * faults over the whole run of loads (its process trees, exited renderers included).
 */
async function pageCost(plain, baseUrl, session, module) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: TESTS_FLAGS });
  console.log('\n## What a page costs the machine\n');
  const touches = [touchCost(), touchCost(), touchCost()];
  const us = (values) => values.map((v) => v.toFixed(2)).join(', ');
  console.log(
    `Fresh memory, µs per 4 KB page in three rounds of 256 MB: first touch ${us(touches.map((t) => t.first))}; touched again ${us(touches.map((t) => t.again))}\n`,
  );
  const chromiumTree = () => processTree(process.pid, /chrom/);
  if (!chromiumTree()) console.log("(no /proc here: Chromium's CPU and faults are not read)\n");
  const show = async (page) => {
    await page.getByText(module.title).first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
  };
  const shared = await newContext(browser, baseUrl, session);
  const open = await shared.newPage();
  /** One load of the catalog in the page `pageFor` gives, which `done` then closes (or leaves open). */
  const loadIn = (pageFor, done) => async () => {
    const page = await pageFor();
    await page.goto(`${baseUrl}/katalog`);
    await show(page);
    await done(page);
  };
  const ways = [
    [
      'new browser context each, Chromium as it comes',
      loadIn(
        () => newPage(plain, baseUrl, session),
        (page) => page.context().close(),
      ),
    ],
    [
      'new browser context each, as the tests start it',
      loadIn(
        () => newPage(browser, baseUrl, session),
        (page) => page.context().close(),
      ),
    ],
    [
      'new page of one context',
      loadIn(
        () => shared.newPage(),
        (page) => page.close(),
      ),
    ],
    [
      'reloaded in one open page',
      loadIn(
        async () => open,
        async () => {},
      ),
    ],
  ];
  const rows = [];
  for (const [name, loadOnce] of ways) {
    await loadOnce(); // the first load of each way warms the server's caches and is not counted
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = chromiumTree();
    const times = [];
    for (let i = 0; i < LOADS; i++) {
      const start = Date.now();
      await loadOnce();
      times.push(Date.now() - start);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // closed renderers exit and are counted
    const after = chromiumTree();
    const per = (key, scale) => (before && after ? ((after[key] - before[key]) / LOADS / scale).toFixed(key === 'faults' ? 0 : 2) : 'n/a');
    rows.push([name, seconds(median(times)), per('cpuMs', 1000), per('faults', 1)]);
  }
  await browser.close();
  console.log(table(['catalog, learner, 1280 px', 'median s per load', 'Chromium CPU s per load', 'page faults per load'], rows));
  console.log(`\n${LOADS} loads each, load average ${load()}`);
}
