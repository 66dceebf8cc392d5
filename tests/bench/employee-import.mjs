#!/usr/bin/env node
/**
 * The SIASN employee import at the size of the regency: seeds N generated employees (default
 * 12,000) into a fresh database and imports a CSV of all of them over HTTP, as an administrator
 * sends it: once as they are (every row an update, no placement changes) and once with one
 * employee in ten moved to another position (and back the same day on the next run). The import locks
 * the file's employees (one statement, by id) and reads their records of the positions held before it
 * checks the rows; the baseline, measured in the same run, is those two statements alone in
 * hand-written SQL (in a transaction rolled back), next to each of them alone and to the statement
 * that locked the records instead before. Prints p50/p95 in milliseconds and ratios against the
 * baseline. Run it with another build's `api/dist` in turn to compare the builds.
 *
 *   node scripts/ensure-built.mjs api && node tests/bench/employee-import.mjs -- --scale 12000 --runs 5
 */
import { performance } from 'node:perf_hooks';
import { arg, loadConfig, machine, openBench, seedAll, time } from './support/harness.mjs';

const SCALE = arg('--scale', 12000);
const RUNS = arg('--runs', 5);

const bench = await openBench({ poolMax: 4 });
const { orm } = bench;
try {
  await bench.migrate();
  const config = { ...loadConfig(), logLevel: 'silent', demo: true };
  const started = performance.now();
  await seedAll(orm.em.fork(), config, { scale: SCALE });
  const seedMs = performance.now() - started;
  const db = orm.em.getConnection();

  const { logIn, post } = await bench.serve(config);
  const { token } = await logIn('admin');
  const people = await db.execute(
    `select e.id, e.nip, e.name, o.code as opd, p.code as position, e.employee_type as type, e.rank,
            p.opd_id is null as movable
       from employee e join opd o on o.id = e.opd_id left join position p on p.id = e.position_id
      order by e.nip`,
  );
  const [spare] = await db.execute(`select code from position where opd_id is null order by code limit 1`);
  /** The file of every employee; with `moved`, one in ten (of those whose position fits any OPD) to the spare position. */
  const csv = (moved) =>
    [
      'nip;nama;kode_opd;kode_jabatan;golongan;jenis_pegawai',
      ...people.map((p, i) => {
        const position = moved && p.movable && i % 10 === 0 && p.position !== spare.code ? spare.code : (p.position ?? '');
        return [p.nip, p.name, p.opd, position, p.rank ?? '', p.type].join(';');
      }),
    ].join('\n');
  const IMPORT = `mutation($input: ImportEmployeesInput!) { importEmployees(input: $input) { ok rows created updated errors { line rule } } }`;
  const importFile = async (text) => {
    const { importEmployees: result } = await post({ query: IMPORT, variables: { input: { csv: text } } }, token);
    if (!result.ok) throw new Error(`The import was refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
  };
  const ids = people.map((p) => p.id);
  const knex = orm.em.getKnex();
  const inTransaction =
    (...statements) =>
    async () => {
      const tx = await knex.transaction();
      try {
        for (const sql of statements) await tx.raw(sql, [ids]);
      } finally {
        await tx.rollback();
      }
    };
  const LOCK = 'select id from employee where id = any(?::uuid[]) order by id for no key update';
  const READ = 'select * from position_held where employee_id = any(?::uuid[])';

  const results = [];
  results.push(await time('employees locked, records read, SQL (baseline)', RUNS, inTransaction(LOCK, READ)));
  results.push(await time('the employees locked alone', RUNS, inTransaction(LOCK)));
  results.push(await time('the records read alone', RUNS, inTransaction(READ)));
  results.push(
    await time(
      'the records locked newest first (the lock before)',
      RUNS,
      inTransaction(`${READ} order by employee_id, from_date desc for update`),
    ),
  );
  const unchanged = csv(false);
  results.push(await time('import, every row as it is', RUNS, () => importFile(unchanged)));
  const moving = csv(true);
  // Moved today, then back the same day (the day's record is replaced and the earlier one open again).
  results.push(await time('import, one in ten moved (and back)', RUNS, (i) => importFile(i % 2 === 0 ? unchanged : moving)));

  const base = results[0].p50;
  console.log(
    `\nSIASN import: ${people.length} rows (seeded ${SCALE} in ${(seedMs / 1000).toFixed(1)} s, ${(unchanged.length / 1024).toFixed(0)} KB), ${RUNS} runs each; ${machine()}\n`,
  );
  console.log('step'.padEnd(52), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p50/baseline'.padStart(13));
  for (const r of results) {
    console.log(r.label.padEnd(52), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), (r.p50 / base).toFixed(2).padStart(13));
  }
} finally {
  await bench.close();
}
