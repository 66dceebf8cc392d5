/**
 * What mapping one page of the employee directory's answer (JSON arrays, one statement) into
 * employees costs, in µs per page: the earlier mapping, which made a Date of every creation and
 * update stamp of each employee, OPD and position, next to the current one, which keeps the text
 * and makes a Date only when a field reads it. Both map the same synthetic pages in this run,
 * interleaved; "reading every stamp" is the current mapping when a query asks for all of them.
 *
 *   npm run build && node tests/bench/directory-mapping.mjs [-- --rows 50 --rounds 20 --pages 2000]
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { arg } from './support/harness.mjs';

const require = createRequire(import.meta.url);
const { employeesOfAnswer } = require('../../api/dist/modules/organisation/employee-directory.js');
const { instant, preloaded, lazyReference } = require('../../api/dist/common/read-model.js');
const { Opd } = require('../../api/dist/modules/organisation/opd.entity.js');

const ROWS = arg('--rows', 50);
const ROUNDS = arg('--rounds', 20);
const PAGES = arg('--pages', 2000);

/** The earlier mapping, as it was before the stamps were kept as text. */
function eagerEmployeesOfAnswer(em, answer) {
  const opds = new Map();
  for (const [id, code, name, kind, createdAt, updatedAt] of answer.opds) {
    opds.set(id, { id, code, name, kind, createdAt: instant(createdAt), updatedAt: instant(updatedAt) });
  }
  const positions = new Map();
  for (const [id, code, name, positionType, governmentAffair, summary, requirements, opdId, createdAt, updatedAt] of answer.positions) {
    const opd = opdId === null ? null : opds.get(opdId);
    const position = {
      id,
      code,
      name,
      positionType,
      governmentAffair,
      summary,
      requirements,
      opd: opdId === null ? null : opd ? preloaded(opd) : lazyReference(em, Opd, opdId),
      createdAt: instant(createdAt),
      updatedAt: instant(updatedAt),
    };
    positions.set(position.id, preloaded(position));
  }
  const opdRefs = new Map([...opds].map(([id, opd]) => [id, preloaded(opd)]));
  return answer.items.map(
    ([id, nip, name, employeeType, rank, email, phone, active, createdAt, updatedAt, positionSince, opdId, positionId]) => ({
      id,
      nip,
      name,
      employeeType,
      rank,
      email,
      phone,
      active,
      createdAt: instant(createdAt),
      updatedAt: instant(updatedAt),
      opd: opdRefs.get(opdId),
      position: positionId === null ? null : positions.get(positionId),
      positionSince,
    }),
  );
}

/** A page as PostgreSQL's json_agg answers it (stamps as JSON text), parsed afresh, as the driver hands it over. */
function pageText(page) {
  const uuid = (kind, i) => `00000000-0000-4000-8000-${kind}${String(i).padStart(11, '0')}`;
  const stamp = (i) => `2026-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:12:34.${String(100 + i).slice(-3)}+07:00`;
  const opdCount = Math.max(1, Math.ceil(ROWS / 5));
  const positionCount = Math.max(1, Math.ceil(ROWS / 3));
  const opds = Array.from({ length: opdCount }, (_, i) => [uuid(1, i), `OPD${i}`, `Dinas ${i}`, 'DINAS', stamp(i), stamp(i + 1)]);
  const positions = Array.from({ length: positionCount }, (_, i) => [
    uuid(2, i),
    `POS-${i}`,
    `Jabatan ${i}`,
    'PELAKSANA',
    null,
    'Ringkasan',
    [],
    i % 2 ? uuid(1, i % opdCount) : null,
    stamp(i + 2),
    stamp(i + 3),
  ]);
  const items = Array.from({ length: ROWS }, (_, i) => [
    uuid(3, page * ROWS + i),
    `19850${i}`.padEnd(18, '1'),
    `Pegawai ${i}`,
    'PNS',
    'III/a',
    null,
    null,
    true,
    stamp(i + 4),
    stamp(i + 5),
    '2024-01-02',
    uuid(1, i % opdCount),
    i % 4 ? uuid(2, i % positionCount) : null,
  ]);
  return JSON.stringify({ total: '1234', items, opds, positions });
}

const texts = Array.from({ length: 16 }, (_, i) => pageText(i));
const answers = Array.from({ length: PAGES }, (_, i) => JSON.parse(texts[i % texts.length]));
let sink = 0;
const readStamps = (employees) => {
  for (const e of employees) {
    sink += e.createdAt.getTime() + e.updatedAt.getTime() + e.opd.unwrap().createdAt.getTime();
    if (e.position) sink += e.position.unwrap().updatedAt.getTime();
  }
};
const variants = {
  'earlier: every stamp a Date': (a) => (sink += eagerEmployeesOfAnswer(null, a).length),
  'now: stamps read when asked': (a) => (sink += employeesOfAnswer(null, a).length),
  'now, reading every stamp': (a) => readStamps(employeesOfAnswer(null, a)),
};
const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, map] of Object.entries(variants)) {
    const start = performance.now();
    for (const answer of answers) map(answer);
    if (round >= 2) times[name].push(((performance.now() - start) * 1000) / answers.length);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = median(times['earlier: every stamp a Date']);
console.log(`Directory page mapping, ${ROWS} employees a page, ${PAGES} pages x ${ROUNDS - 2} timed rounds (median µs per page)`);
for (const name of Object.keys(variants)) {
  const us = median(times[name]);
  console.log(`  ${name.padEnd(30)} ${us.toFixed(1).padStart(8)} µs   x${(us / baseline).toFixed(2)} of the earlier mapping`);
}
if (Number.isNaN(sink)) console.log(sink);
