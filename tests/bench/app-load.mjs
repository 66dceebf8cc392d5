/**
 * How long a fresh Node.js process takes to load the API's module graph (`api/dist/index.js`, what
 * the server's start and every API test file load), next to the same load with exceljs, pdfkit,
 * qrcode, markdown-it and sanitize-html loaded with it, as they were before they moved behind
 * `api/src/common/heavy-libraries.ts`, measured in the same run and alternated so that the
 * machine's load weighs on both alike. Also what the
 * first XLSX and the first PDF then pay once, in a process that has loaded the app.
 *
 *   node scripts/ensure-built.mjs api && node tests/bench/app-load.mjs [-- --runs 9]
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const i = process.argv.indexOf('--runs');
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 9;
const ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/dist/index.js');
const API = path.dirname(path.dirname(ENTRY));

/** Milliseconds a fresh process spends on `before` requires, then on `entry`, then on `after` requires. */
function measure(before, after) {
  const script = `
    const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
    const t0 = process.hrtime.bigint();
    for (const m of ${JSON.stringify(before)}) require(m);
    require(${JSON.stringify(ENTRY)});
    const load = ms(t0);
    const t1 = process.hrtime.bigint();
    for (const m of ${JSON.stringify(after)}) require(m);
    console.log(JSON.stringify({ load, after: ms(t1) }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: API, encoding: 'utf8' }));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const HEAVY = ['exceljs', 'pdfkit', 'qrcode', 'markdown-it', 'sanitize-html'];

const lazy = [];
const eager = [];
const firstXlsx = [];
const firstPdf = [];
for (let run = 0; run < RUNS; run++) {
  eager.push(measure(HEAVY, []).load);
  const now = measure([], ['exceljs']);
  lazy.push(now.load);
  firstXlsx.push(now.after);
  firstPdf.push(measure([], ['pdfkit', 'qrcode']).after);
}

const load = os.loadavg().map((l) => l.toFixed(2));
console.log(`${os.cpus().length} CPUs, load average ${load.join(' ')}; ${RUNS} fresh processes each, median (min–max) ms`);
const row = (label, values) =>
  console.log(
    `${label.padEnd(58)} ${median(values).toFixed(0).padStart(6)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`,
  );
row('API module graph, those libraries with it (before)', eager);
row('API module graph, those loaded on first use (now)', lazy);
row('  then the first XLSX export loads exceljs', firstXlsx);
row('  then the first PDF loads pdfkit and qrcode', firstPdf);
console.log(`now / before: ${(median(lazy) / median(eager)).toFixed(2)}, saved per load: ${(median(eager) - median(lazy)).toFixed(0)} ms`);
