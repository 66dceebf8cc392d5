#!/usr/bin/env node
/**
 * Benchmark at the size of a real regency: seeds N generated employees (default 12,000) into a
 * fresh database and times the employee directory and competency queries as a client sends them:
 * over HTTP to the running GraphQL server, logged in with a bearer token. Prints p50/p95 in
 * milliseconds and ratios against a baseline measured in the same run (the unfiltered first
 * page, and the name search without its trigram index).
 *
 *   npm run bench -- --scale 12000 --runs 40
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
  const [adminUser, learner] = [await logIn('admin'), await logIn('peserta')];
  const gql = (user, query, variables) => post({ query, variables }, user.token);
  const LIST = `query($filter: EmployeeFilter, $page: PageInput) { employees(filter: $filter, page: $page) { total items { id nip name opd { name } position { name } } } }`;
  const names = ['agus', 'siti', 'wulandari', 'hidayat', 'dewi l', 'pratiwi'];
  const nipPrefixes = ['1980', '19920315', '1975'];
  const learnerEmployee = learner.user.employee.id;

  const results = [];
  results.push(await time('employees: first page, no filter (baseline)', RUNS, () => gql(adminUser, LIST, { page: { limit: 20 } })));
  results.push(
    await time('employees: name search (trigram index)', RUNS, (i) =>
      gql(adminUser, LIST, { filter: { search: names[i % names.length] } }),
    ),
  );
  results.push(
    await time('employees: NIP prefix search', RUNS, (i) =>
      gql(adminUser, LIST, { filter: { search: nipPrefixes[i % nipPrefixes.length] } }),
    ),
  );
  results.push(
    await time('employees: last page (offset)', RUNS, () => gql(adminUser, LIST, { page: { offset: employees - 20, limit: 20 } })),
  );
  await orm.em.getConnection().execute('drop index employee_name_trgm_idx');
  results.push(
    await time('employees: name search WITHOUT the trigram index', RUNS, (i) =>
      gql(adminUser, LIST, { filter: { search: names[i % names.length] } }),
    ),
  );
  await orm.em.getConnection().execute('create index "employee_name_trgm_idx" on "employee" using gin ("name" gin_trgm_ops)');
  const GAP = `query($input: CompetencyGapInput!) { competencyGap(input: $input) { summary { score } items { gap evidence { method } } recommendedModules { closesLevels } } }`;
  results.push(await time('competencyGap of the demo learner', RUNS, () => gql(learner, GAP, { input: { employeeId: learnerEmployee } })));
  const DASH = `query { myLearning { enrollments { progressPercent } jp { approvedJp reached } } }`;
  results.push(await time('myLearning dashboard', RUNS, () => gql(learner, DASH, {})));

  const base = results[0].p50;
  console.log(
    `\nKomunitas Pintar benchmark: ${employees} employees (seeded ${SCALE} in ${(seedMs / 1000).toFixed(1)} s), ${RUNS} runs each\n`,
  );
  console.log('query'.padEnd(52), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p50/baseline'.padStart(13));
  for (const r of results) {
    console.log(r.label.padEnd(52), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), (r.p50 / base).toFixed(2).padStart(13));
  }
  const withIdx = results[1].p50;
  const without = results[4].p50;
  console.log(
    `\nname search: trigram index ${withIdx.toFixed(1)} ms vs sequential scan ${without.toFixed(1)} ms (×${(without / withIdx).toFixed(2)})`,
  );
} finally {
  await bench.close();
}
