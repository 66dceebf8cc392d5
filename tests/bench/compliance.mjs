#!/usr/bin/env node
/**
 * OPD compliance at the size of a real regency: seeds N generated employees (default 12,000) into
 * a fresh database, gives them a year of approved and pending JP records (deterministic, 0 to 5
 * each, so some reach 20 JP, some are on pace and some at risk), and times `opdCompliance` for
 * the whole regency and one OPD's drill-down as a client sends them: over HTTP to the running
 * GraphQL server, logged in with a bearer token. Prints p50/p95 in milliseconds and the ratio to
 * a baseline measured in the same run (the employee directory's first page).
 *
 *   node scripts/ensure-built.mjs api && node tests/bench/compliance.mjs -- --scale 12000 --runs 40
 *   BENCH_DATABASE_URL=postgres://… to use another server (default: 127.0.0.1:5432); where no
 *   server answers, embedded PostgreSQL (PGlite, in memory) stands in, as for `npm start`.
 */
import { performance } from 'node:perf_hooks';
import { arg, loadConfig, openBench, seedAll, time } from './support/harness.mjs';

const SCALE = arg('--scale', 12000);
const RUNS = arg('--runs', 40);

const bench = await openBench({ poolMax: 4 });
const { orm } = bench;
try {
  await bench.migrate();
  const config = { ...loadConfig(), logLevel: 'silent', demo: true };
  let started = performance.now();
  await seedAll(orm.em.fork(), config, { scale: SCALE });
  const seedMs = performance.now() - started;
  const employees = await orm.em.fork().count('Employee', {});

  const { logIn, post } = await bench.serve(config);
  const adminUser = await logIn('admin');
  const gql = (user, query, variables) => post({ query, variables }, user.token);
  const LIST = `query($filter: EmployeeFilter, $page: PageInput) { employees(filter: $filter, page: $page) { total items { id nip name opd { name } position { name } } } }`;

  // A year of learning for everyone: 0–5 records per employee, 1–8 JP each, ending between
  // 1 January and today, about one in eight pending; deterministic (hashes of the employee id).
  const year = new Date().getFullYear();
  started = performance.now();
  await orm.em.getConnection().execute(
    `insert into learning_record (employee_id, source, source_id, form_id, title, start_date, end_date, minutes, sessions, jp, year, status, credit_steps)
     select e.id, 'EXTERNAL', null, 3, 'Pelatihan ' || n, d, d, jp * 45, 1, jp, ?, case when (h + n) % 8 = 0 then 'PENDING' else 'APPROVED' end, '[]'
       from (select id, (hashtext(id::text) & 2147483647) as h from employee) e
       cross join lateral generate_series(1, ((hashtext(e.id::text || 'n') & 2147483647) % 6)) as n
       cross join lateral (select (1 + ((hashtext(e.id::text || n) & 2147483647) % 71) / 10.0)::numeric(6,1) as jp) j
       cross join lateral (select (make_date(?, 1, 1) + ((hashtext(n || e.id::text) & 2147483647) % greatest(1, (current_date - make_date(?, 1, 1)))))::date as d) dd`,
    [year, year, year],
  );
  await orm.em.getConnection().execute('analyze learning_record');
  const recordsMs = performance.now() - started;
  const records = Number((await orm.em.getConnection().execute('select count(*) as n from learning_record'))[0].n);
  const [largest] = await orm.em
    .getConnection()
    .execute('select opd_id, count(*) as n from employee where active group by opd_id order by 2 desc limit 1');

  const COMPLIANCE = `query($input: OpdComplianceInput!) { opdCompliance(input: $input) { total { pns { employees reached percentage averageJp atRisk } pppk { employees atRisk } }
    opds { opd { code } pns { employees reached percentage averageJp atRisk } pppk { employees reached atRisk } } } }`;
  const MEMBERS = `query($input: OpdComplianceMembersInput!) { opdComplianceMembers(input: $input) { members { employee { name } countedJp pendingJp expectedJp atRisk recommendations { kind title } } } }`;
  const results = [];
  results.push(await time('employees: first page, no filter (baseline)', RUNS, () => gql(adminUser, LIST, { page: { limit: 20 } })));
  results.push(await time('opdCompliance: every OPD and the total', RUNS, () => gql(adminUser, COMPLIANCE, { input: { year } })));
  results.push(
    await time(`opdComplianceMembers: the largest OPD (${largest.n})`, Math.max(5, Math.floor(RUNS / 4)), () =>
      gql(adminUser, MEMBERS, { input: { year, opdId: largest.opd_id } }),
    ),
  );
  const report = (await gql(adminUser, COMPLIANCE, { input: { year } })).opdCompliance;

  const base = results[0].p50;
  console.log(
    `\nOPD compliance benchmark: ${employees} employees (seeded ${SCALE} in ${(seedMs / 1000).toFixed(1)} s), ${records} JP records (${(recordsMs / 1000).toFixed(1)} s), ${RUNS} runs each`,
  );
  console.log(
    `regency ${year}: ${report.total.pns.employees} PNS, ${report.total.pns.reached} at 20 JP (${report.total.pns.percentage}%), average ${report.total.pns.averageJp} JP, ${report.total.pns.atRisk} at risk; ${report.total.pppk.employees} PPPK\n`,
  );
  console.log('query'.padEnd(52), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p50/baseline'.padStart(13));
  for (const r of results) {
    console.log(r.label.padEnd(52), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), (r.p50 / base).toFixed(2).padStart(13));
  }
  const load = (await import('node:os')).loadavg()[0];
  console.log(`\nload average ${load.toFixed(1)}`);
} finally {
  await bench.close();
}
