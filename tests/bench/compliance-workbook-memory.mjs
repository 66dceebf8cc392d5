/**
 * The memory the year's compliance workbook takes while it is built
 * (`api/src/modules/record/compliance-export.ts`, the file of `GET /record/exports/compliance`), for a
 * generated year of many people at risk, against the baseline of the same workbook built as it was
 * before: an in-memory exceljs `Workbook` (a cell object with its own style for every cell of every
 * row, the whole sheet model and its XML at once, then `writeBuffer`). Each build runs in a fresh
 * process with `--expose-gc`, the two alternated so that the machine's load weighs on both alike;
 * `--concurrent N` builds N workbooks at once in each process, as N requests would. Prints, per build,
 * the growth over a collected heap before it of the process's RSS at its highest (sampled), of the V8 heap's size, and of
 * the heap in use right after (garbage included), the file's size, and the ratios baseline ÷ now.
 *
 *   node scripts/ensure-built.mjs api && node tests/bench/compliance-workbook-memory.mjs [-- --rows 3000 --runs 3 --concurrent 1]
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const ROWS = Number(arg('rows', 3000));
const RUNS = Number(arg('runs', 3));
const CONCURRENT = Number(arg('concurrent', 1));
const SELF = fileURLToPath(import.meta.url);
const API = path.resolve(path.dirname(SELF), '../../api');

/** A year's report of 40 OPDs and `rows` people at risk among them, names and positions varied. */
function data(rows) {
  const opd = (i) => `Dinas Pelayanan Umum dan Pemberdayaan Masyarakat Nomor ${i + 1}`;
  const figures = (i) => ({ employees: 90 + i, reached: 40 + i, percentage: 44.4, averageJp: 12.3, atRisk: 30 + (i % 7) });
  const opds = Array.from({ length: 40 }, (_, i) => ({ opd: { name: opd(i) }, pns: figures(i), pppk: figures(i + 3) }));
  return {
    report: { year: 2026, asOf: '2026-07-15', targetJp: 20, pppkMaxJp: 24, opds, total: { pns: figures(100), pppk: figures(50) } },
    atRisk: Array.from({ length: rows }, (_, i) => ({
      nip: String(198001012005011000n + BigInt(i)),
      name: `Pegawai Contoh ${i} binti Keluarga ${i % 97}`,
      type: i % 4 ? 'PNS' : 'PPPK',
      opd: opd(i % 40),
      position: i % 5 ? `Analis Kebijakan Ahli ${['Pertama', 'Muda', 'Madya'][i % 3]} ${i % 13}` : null,
      counted: (i % 19) + 0.5,
      pending: i % 3,
      goal: i % 4 ? 20 : 24,
      expected: 10.5,
    })),
    madeAt: '15 Jul 2026, 10.00',
    madeBy: 'admin',
  };
}

/**
 * The workbook as it was built before, in memory, kept here as the baseline; the at-risk rows' heads
 * and cells come from the module itself, so both builds write the same values in the same columns.
 */
async function baseline(ExcelJS, { AT_RISK_HEADS, atRiskCells }, e) {
  const FIGURE_HEADS = ['jumlah', 'mencapai', '% mencapai', 'rata-rata JP', 'berisiko'];
  const figureCells = (f) => [f.employees, f.reached, f.percentage, f.averageJp, f.atRisk];
  const styleHead = (row) => {
    row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B4F71' } };
    row.alignment = { vertical: 'middle', wrapText: true };
  };
  const { report } = e;
  const book = new ExcelJS.Workbook();
  book.creator = 'Komunitas Pintar';
  const sheet = book.addWorksheet(`Kepatuhan JP ${report.year}`, { views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }] });
  sheet.addRow([`Kepatuhan JP ${report.year} per OPD`]).font = { bold: true, size: 14 };
  sheet.addRow([
    `Per ${report.asOf}; PNS: target ${report.targetJp} JP per tahun; PPPK: paling banyak ${report.pppkMaxJp} JP per tahun kontrak. Dibuat ${e.madeAt} oleh ${e.madeBy}.`,
  ]);
  sheet.addRow(['', 'PNS', '', '', '', '', 'PPPK']);
  sheet.mergeCells(3, 2, 3, 6);
  sheet.mergeCells(3, 7, 3, 11);
  const head = sheet.addRow(['OPD', ...FIGURE_HEADS.map((h) => `PNS ${h}`), ...FIGURE_HEADS.map((h) => `PPPK ${h}`)]);
  styleHead(sheet.getRow(3));
  styleHead(head);
  for (const row of report.opds) sheet.addRow([row.opd.name, ...figureCells(row.pns), ...figureCells(row.pppk)]);
  sheet.addRow(['Total', ...figureCells(report.total.pns), ...figureCells(report.total.pppk)]).font = { bold: true };
  sheet.getColumn(1).width = 48;
  for (let c = 2; c <= 11; c++) {
    sheet.getColumn(c).width = 12;
    if ([4, 5, 9, 10].includes(c)) sheet.getColumn(c).numFmt = '0.0';
  }
  const risk = book.addWorksheet('Berisiko', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  styleHead(risk.addRow(AT_RISK_HEADS));
  e.atRisk.forEach((r, i) => risk.addRow(atRiskCells(r, i + 1)));
  risk.columns.forEach((column, i) => {
    column.width = [5, 21, 32, 12, 40, 32, 11, 11, 11, 11][i];
  });
  risk.getColumn(2).numFmt = '@';
  for (let c = 7; c <= 10; c++) risk.getColumn(c).numFmt = '0.0';
  risk.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 10 } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function child(which) {
  const require = createRequire(path.join(API, 'package.json'));
  const ExcelJS = require('exceljs');
  const exported = require(path.join(API, 'dist/modules/record/compliance-export.js'));
  const { complianceWorkbook } = exported;
  // The server sends the workbook's bytes on as they come; here they are gathered, as the file's size is printed.
  const streamed = async (e) => {
    const chunks = [];
    await complianceWorkbook(
      e,
      new Writable({
        write(chunk, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      }),
    );
    return Buffer.concat(chunks);
  };
  const build = which === 'baseline' ? (e) => baseline(ExcelJS, exported, e) : streamed;
  // A small build first, so that loading exceljs and compiling its code is not counted.
  await build(data(10));
  const inputs = Array.from({ length: CONCURRENT }, () => data(ROWS));
  global.gc();
  global.gc();
  const before = process.memoryUsage();
  // RSS is read every few milliseconds while the workbooks are made, and once at the end.
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  const files = await Promise.all(inputs.map(build));
  clearInterval(sampler);
  const after = process.memoryUsage();
  peak = Math.max(peak, after.rss);
  const MB = 1024 * 1024;
  process.stdout.write(
    JSON.stringify({
      rss: (peak - before.rss) / MB,
      heapTotal: (after.heapTotal - before.heapTotal) / MB,
      heapUsed: (after.heapUsed - before.heapUsed) / MB,
      kB: files[0].length / 1024,
    }),
  );
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  const run = (which) =>
    JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', SELF, '--child', which, '--rows', String(ROWS), '--concurrent', String(CONCURRENT)], {
        encoding: 'utf8',
      }),
    );
  const results = { baseline: [], now: [] };
  for (let r = 0; r < RUNS; r++) for (const which of r % 2 ? ['now', 'baseline'] : ['baseline', 'now']) results[which].push(run(which));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (n) => n.toFixed(1).padStart(7);
  console.log(
    `${ROWS} people at risk, ${CONCURRENT} workbook(s) at once, median of ${RUNS} fresh processes each (MB over a collected heap)`,
  );
  console.log('               peak RSS  heap size  heap used   file kB');
  for (const which of ['baseline', 'now']) {
    const m = (k) => median(results[which].map((x) => x[k]));
    console.log(`${which.padEnd(12)} ${fmt(m('rss'))}    ${fmt(m('heapTotal'))}    ${fmt(m('heapUsed'))}   ${fmt(m('kB'))}`);
  }
  const ratio = (k) => (median(results.baseline.map((x) => x[k])) / Math.max(0.1, median(results.now.map((x) => x[k])))).toFixed(1);
  console.log(`baseline ÷ now: peak RSS ${ratio('rss')}, heap size ${ratio('heapTotal')}, heap used ${ratio('heapUsed')}`);
}
