#!/usr/bin/env node
/**
 * Benchmark of the career committee's reads at the size of a regency: N generated employees
 * (default 12,000) with Y years (default 5) of history, about 8 approved learning records a year
 * each and assessments in 14 competencies (about 500,000 records at 12,000 × 5). Times over HTTP,
 * as a client sends them, with a bearer token:
 *
 *   - talentSearch with three competency conditions and a JP condition (≥ 20 JP in each of the
 *     last three years), page of 50, and
 *   - talentSearch with the JP condition alone (about every employee matches; page of 50), and
 *   - talentPool for one position (limit 20),
 *
 * each at 1 and at 16 concurrent clients, against one hand-written SQL statement answering the
 * same question in the same run (sent with node-postgres, no HTTP), reading the same tables the API
 * reads (approved JP per year from `employee_jp_year`). The API runs in a process of its own, as
 * `npm start` runs it (this checkout's build, on the benchmark's database, a free loopback port, its
 * own pool of 10 connections; `support/server-process.mjs`), so the benchmark's client (fetch and
 * gunzip of each answer) does not share its event loop; the hand-written statements get a pool of
 * the same 10 connections. Prints p50/p95 in ms, the ratio to the hand-written statement, the
 * server process's CPU time per request, and the SQL statements each request runs (counted by the
 * probe preloaded into the server at its `pg` driver, audit insert and transaction included).
 *
 *   npm run bench:committee -- --scale 12000 --years 5 --runs 40
 *
 * With `--database NAME` the seeded database is kept under that name and reused by the next run
 * with the same `--scale` and `--years` (in the same calendar year): it is seeded only when it does
 * not exist or was seeded for other numbers, and migrated each run (pending migrations only), so
 * runs before and after a change compare on the same data. `--only talentPool` times one query.
 *
 * Before the timed series the server answers `--warm N` (default 200) untimed requests of each
 * query, 4 at a time: V8 compiles the hot paths on its worker threads over the first few hundred
 * requests of a new process, and without this the first series (1 client) paid for it, in time and
 * in CPU per request. Besides the process's CPU per request the table shows its main thread's (the
 * event loop) and how often that thread slept and was woken per request: at 1 client the loop
 * goes idle between the steps of each request (read, statements, answer), at 16 it rarely does.
 * `--api-root DIR` times the API built in another checkout (say, the build before a change) with
 * this script and the same database, for runs of two builds taken in turn. `--rounds N` takes each
 * series in N parts, the API's and the hand-written statement's in turn, and pools their samples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { arg, argText, graphqlClient, loadConfig, machine, openBench, percentile, seedAll } from './support/harness.mjs';
import { ROOT, startOurs } from './support/server-process.mjs';
import { mainThread } from './support/system.mjs';

const SCALE = arg('--scale', 12000);
const YEARS = arg('--years', 5);
const RUNS = arg('--runs', 40);
const KEEP = argText('--database', null);
/** `--only talentPool` (or `talentSearch`, `'talentSearch JP only'`): time that query alone. */
const ONLY = argText('--only', null);
const WARM = arg('--warm', 200);
/**
 * `--rounds N`: each series in N parts, the API's and the hand-written statement's taken in turn,
 * their samples pooled, so a change in the machine's load during the run weighs on both sides alike.
 */
const ROUNDS = Math.max(1, arg('--rounds', 1));
/** `--api-root DIR`: time the API built in another checkout (the build before a change), with this script. */
const API_ROOT = path.resolve(argText('--api-root', ROOT));
const year = new Date().getFullYear();
/** The numbers a kept database was seeded for, in a table of its own, written once the seed is complete. */
const SEEDED = 'bench_committee_seed';
/** Raised whenever the generated history changes, so a kept database seeded the old way is seeded again. */
const SEED_VERSION = 2;
async function seededAlike(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query(`select scale, years, year, version from ${SEEDED}`);
    const [r] = rows;
    return rows.length === 1 && r.scale === SCALE && r.years === YEARS && r.year === year && r.version === SEED_VERSION;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
/**
 * p50/p95 of `runs` calls spread over `clients` concurrent loops (after a warm-up call each), and
 * how many calls failed (their time counts too; the first error is kept to be printed).
 */
async function time(label, runs, clients, fn) {
  const samples = [];
  let errors = 0;
  let firstError = null;
  const call = async () => {
    try {
      await fn();
    } catch (error) {
      errors++;
      firstError ??= error;
    }
  };
  await Promise.all(Array.from({ length: clients }, call));
  errors = 0;
  firstError = null;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < runs) {
        next++;
        const start = performance.now();
        await call();
        samples.push(performance.now() - start);
      }
    }),
  );
  if (firstError) console.log(`  ${label.trim()} at ${clients}: ${errors} of ${runs} failed, e.g. ${firstError.message.slice(0, 200)}`);
  return { label, clients, samples, errors };
}

/** The percentiles of series' pooled samples, and their errors. */
function pooled(series) {
  const samples = series.flatMap((s) => s.samples).sort((a, b) => a - b);
  const { label, clients } = series[0];
  return { label, clients, p50: percentile(samples, 50), p95: percentile(samples, 95), errors: series.reduce((n, s) => n + s.errors, 0) };
}

// On a PostgreSQL server only, with no embedded stand-in. This process's ORM creates, migrates
// and seeds the database; the API that is timed runs in a child process.
const bench = await openBench({
  prefix: 'kp_bench_committee',
  embedded: false,
  ...(KEEP ? { keep: { name: KEEP, matches: seededAlike } } : {}),
});
const { orm, clientUrl } = bench;
// As many connections as the API's pool, so at 16 clients both sides queue for 10.
const raw = new pg.Pool({ connectionString: clientUrl, max: 10 });
const resultsDir = path.join(ROOT, 'tests', 'bench', 'results');
const logFile = path.join(resultsDir, `committee-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
let server = null;
/** The generated regency and its history, then the numbers it was seeded for (in a kept database). */
async function seed(orm, config) {
  await seedAll(orm.em.fork(), config, { scale: SCALE });
  // History: per employee and year, about 8 approved records of 2–5 JP (some below the target),
  // and per employee 1–3 assessments in each of 14 competencies spread over the years. Every random
  // value is drawn per row: in a subquery kept apart by `offset 0` (a volatile expression in a
  // lateral subquery that does not refer to its row is drawn once, which gave every assessment the
  // same date, long expired, and every record of a year the same day).
  await raw.query('select setseed(0.2026)');
  await raw.query(`insert into learning_record (employee_id, source, form_id, title, start_date, end_date, minutes, jp, year, status, credit_steps)
    select id, 'EXTERNAL', 5, 'Pelatihan ' || n, d, d, 180, (2 + floor(random() * 4))::numeric, extract(year from d)::int, 'APPROVED', '[]'
    from (select e.id, n, make_date(${year} - y, 1 + floor(random() * 11)::int, 1 + floor(random() * 27)::int) as d
      from employee e
      cross join generate_series(0, ${YEARS} - 1) y
      cross join generate_series(1, 8) n
      offset 0) r`);
  await raw.query(`insert into competency_assessment (employee_id, competency_id, level, method, assessed_on, valid_until)
    select employee_id, competency_id, 1 + floor(random() * 5)::int, (array['SELF','SUPERVISOR','TRAINER','CERTIFICATE','ASSESSMENT_CENTER'])[1 + floor(random() * 5)::int],
      d, d + interval '3 years'
    from (select e.id as employee_id, c.id as competency_id,
        make_date(${year} - floor(random() * ${YEARS})::int, 1 + floor(random() * 11)::int, 1 + floor(random() * 27)::int) as d
      from employee e
      cross join (select id from competency order by code limit 14) c
      cross join generate_series(1, 3) k
      where k = 1 or random() < 0.5
      offset 0) r`);
  await raw.query('analyze');
  if (KEEP)
    await raw.query(
      `create table ${SEEDED} as select ${SCALE}::int as scale, ${YEARS}::int as years, ${year}::int as year, ${SEED_VERSION}::int as version`,
    );
}

try {
  await bench.migrate();
  const config = { ...loadConfig(), logLevel: 'silent', demo: true };
  const started = performance.now();
  if (!bench.reused) await seed(orm, config);
  const seedMs = performance.now() - started;
  const counts = (
    await raw.query(
      `select (select count(*) from employee) e, (select count(*) from learning_record) r, (select count(*) from competency_assessment) a`,
    )
  ).rows[0];

  fs.mkdirSync(resultsDir, { recursive: true });
  server = await startOurs({ databaseUrl: clientUrl, logFile, root: API_ROOT });
  console.log(
    `API: a process of its own (pid ${server.pid}) at ${server.url}, built in ${API_ROOT}; its log in ${path.relative(ROOT, logFile)}`,
  );
  const { logIn, post } = graphqlClient(`${server.url}/graphql`);
  const { token } = await logIn('komite', 'token');
  /** The server's statements and CPU time over `fn`'s requests, once every request it started has ended. */
  const serverWork = async (fn) => {
    const before = await server.idle();
    const mainBefore = mainThread(server.pid);
    const result = await fn();
    const after = await server.idle();
    const mainAfter = mainThread(server.pid);
    if (!before || !after) throw new Error(`The API stopped; see ${path.relative(ROOT, logFile)}`);
    const served = after.requests.ended - before.requests.ended;
    const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
    return {
      result,
      served,
      statements: after.statements - before.statements,
      cpuMsPerRequest: cpuMs / served,
      mainMsPerRequest: mainBefore && mainAfter ? (mainAfter.cpuMs - mainBefore.cpuMs) / served : undefined,
      wakeupsPerRequest: mainBefore && mainAfter ? (mainAfter.wakeups - mainBefore.wakeups) / served : undefined,
    };
  };

  const comps = (await raw.query(`select id, code from competency where code in ('M.01', 'M.02', 'M.03') order by code`)).rows;
  const position = (
    await raw.query(
      `select p.id from position p join position_competency s on s.position_id = p.id group by p.id order by count(*) desc, p.id limit 1`,
    )
  ).rows[0].id;
  const today = new Date().toISOString().slice(0, 10);
  const jp = { fromYear: year - 2, toYear: year, minJp: 20 };
  const searchInput = { purpose: 'Pengukuran kinerja', competencies: comps.map((c) => ({ competencyId: c.id, minLevel: 2 })), jp };
  const SEARCH = `query($input: TalentSearchInput!, $page: PageInput) { talentSearch(input: $input, page: $page) { total items {
    employee { id nip name rank opd { name } position { name } } competencies { competency { code } level method assessedOn } jpByYear { year jp reached } } } }`;
  const POOL = `query($input: TalentPoolInput!) { talentPool(input: $input) { considered candidates { rank score fitPercent employee { name nip }
    reasons { code value of points } competencies { competency { code } requiredLevel currentLevel } jpByYear { year jp } rating { box } } } }`;
  const search = () => post({ query: SEARCH, variables: { input: searchInput, page: { limit: 50 } } }, token);
  const jpOnlyInput = { purpose: 'Pengukuran kinerja', jp };
  const searchJp = () => post({ query: SEARCH, variables: { input: jpOnlyInput, page: { limit: 50 } } }, token);
  const pool = () => post({ query: POOL, variables: { input: { positionId: position, limit: 20, purpose: 'Pengukuran kinerja' } } }, token);

  // The level rule's order of methods, spelt as the index of deciding evidence spells it (an index
  // serves a statement only for the same expression), so each side reads the deciding evidence in
  // that index's order rather than sorting it.
  const PRECEDENCE = `array_position(array['ASSESSMENT_CENTER','CERTIFICATE','TRAINER','TRAINING','SUPERVISOR','SELF']::text[], a.method)`;
  // The same question in one statement: the page of 50 with the total, the deciding evidence of
  // each condition and the JP of each year, as JSON. The facts of the 50 listed, their OPD and
  // position included, are read for them alone, through the indexes (reading them from the CTEs of
  // the search would scan every match once per person listed).
  const SEARCH_SQL = `with ev as (
      select distinct on (a.competency_id, a.employee_id) a.employee_id, a.competency_id, a.level
      from competency_assessment a where a.competency_id = any($1::uuid[]) and a.valid_until >= $2
      order by a.competency_id, a.employee_id, ${PRECEDENCE}, a.assessed_on desc, a.created_at desc),
    ok as (select employee_id from ev where level >= 2 group by employee_id having count(*) = 3),
    jp_ok as (select j.employee_id from employee_jp_year j
      where j.year between $3 and $4 and j.jp >= 20 and j.employee_id in (select employee_id from ok)
      group by 1 having count(*) = $4 - $3 + 1),
    page as (select e.id, e.nip, e.name, e.rank, e.opd_id, e.position_id, count(*) over () total from employee e
      where e.active and e.id in (select employee_id from jp_ok) order by e.name, e.nip, e.id limit 50)
    select page.id, page.nip, page.name, page.rank, o.name opd, p.name pos, page.total,
      (select json_agg(json_build_object('c', x.competency_id, 'l', x.level, 'm', x.method, 'd', x.assessed_on)) from (
        select distinct on (a.competency_id) a.competency_id, a.level, a.method, a.assessed_on
        from competency_assessment a where a.employee_id = page.id and a.competency_id = any($1::uuid[]) and a.valid_until >= $2
        order by a.competency_id, ${PRECEDENCE}, a.assessed_on desc, a.created_at desc) x) ev,
      (select json_agg(json_build_object('y', j.year, 'jp', j.jp)) from employee_jp_year j
        where j.employee_id = page.id and j.year between $3 and $4) jp
    from page join opd o on o.id = page.opd_id left join position p on p.id = page.position_id
    order by page.name, page.nip, page.id`;
  const searchSql = () => raw.query(SEARCH_SQL, [comps.map((c) => c.id), today, year - 2, year]);
  const SEARCH_JP_SQL = `with jp_ok as (select employee_id from employee_jp_year where year between $1 and $2 and jp >= 20
      group by 1 having count(*) = $2 - $1 + 1),
    page as (select e.id, e.nip, e.name, e.rank, e.opd_id, e.position_id, count(*) over () total from employee e
      where e.active and e.id in (select employee_id from jp_ok) order by e.name, e.nip, e.id limit 50)
    select page.id, page.nip, page.name, page.rank, o.name opd, p.name pos, page.total,
      (select json_agg(json_build_object('y', j.year, 'jp', j.jp)) from employee_jp_year j
        where j.employee_id = page.id and j.year between $1 and $2) jp
    from page join opd o on o.id = page.opd_id left join position p on p.id = page.position_id
    order by page.name, page.nip, page.id`;
  const searchJpSql = () => raw.query(SEARCH_JP_SQL, [year - 2, year]);
  const POOL_SQL = `with std as (select competency_id, required_level from position_competency where position_id = $1),
    ev as (select distinct on (a.competency_id, a.employee_id) a.employee_id, a.competency_id, a.level, a.assessed_on
      from competency_assessment a where a.competency_id = any(array(select competency_id from std)) and a.valid_until >= $2
      order by a.competency_id, a.employee_id, ${PRECEDENCE}, a.assessed_on desc, a.created_at desc),
    fit as (select ev.employee_id id, sum(least(ev.level, std.required_level)) reached, count(*) filter (where ev.assessed_on >= $3) fresh
      from ev join std on std.competency_id = ev.competency_id group by 1),
    comp as (select employee_id, count(*) filter (where jp >= 20) n from employee_jp_year where year between $4 and $5 group by 1),
    scored as (select e.id, e.name, e.nip, coalesce(f.reached, 0) reached, round(60 * coalesce(f.reached, 0)::numeric / (select sum(required_level) from std)
      + 25 * coalesce(c.n, 0)::numeric / 3 + 15 * coalesce(f.fresh, 0)::numeric / (select count(*) from std), 1) score
      from employee e left join fit f on f.id = e.id left join comp c on c.employee_id = e.id
      where e.active and e.position_id is distinct from $1)
    select id, name, nip, score from scored order by score desc, reached desc, id limit 20`;
  const freshSince = new Date(Date.now() - 730 * 86_400_000).toISOString().slice(0, 10);
  const poolSql = () => raw.query(POOL_SQL, [position, today, freshSince, year - 3, year - 1]);

  const found = await search();
  const sqlFound = await searchSql();
  console.log(`\ntalentSearch finds ${found.talentSearch.total} employees; the hand-written statement ${sqlFound.rows[0]?.total ?? 0}`);
  const foundJp = await searchJp();
  const sqlFoundJp = await searchJpSql();
  console.log(`with the JP condition alone ${foundJp.talentSearch.total}; the hand-written statement ${sqlFoundJp.rows[0]?.total ?? 0}`);
  const perRequest = async (fn) => (await serverWork(fn)).statements;
  const searchStatements = await perRequest(search);
  const searchStatements10 = await perRequest(() => post({ query: SEARCH, variables: { input: searchInput, page: { limit: 10 } } }, token));
  const poolStatements = await perRequest(pool);

  const queries = [
    ['talentSearch', search, searchSql],
    ['talentSearch JP only', searchJp, searchJpSql],
    ['talentPool', pool, poolSql],
  ].filter(([label]) => !ONLY || label === ONLY);
  for (const [, api] of queries) await time('warm-up', WARM, 4, api);

  const rows = [];
  for (const clients of [1, 16]) {
    const runs = clients === 1 ? RUNS : RUNS * 4;
    for (const [label, api, sql] of queries) {
      const apiSeries = [];
      const sqlSeries = [];
      const spent = { served: 0, cpuMs: 0, mainMs: 0, wakeups: 0, mainKnown: true };
      for (let round = 0; round < ROUNDS; round++) {
        const work = await serverWork(() => time(`${label} (HTTP)`, Math.ceil(runs / ROUNDS), clients, api));
        apiSeries.push(work.result);
        spent.served += work.served;
        spent.cpuMs += work.cpuMsPerRequest * work.served;
        if (work.mainMsPerRequest === undefined) spent.mainKnown = false;
        else {
          spent.mainMs += work.mainMsPerRequest * work.served;
          spent.wakeups += work.wakeupsPerRequest * work.served;
        }
        sqlSeries.push(await time('  hand-written SQL', Math.ceil(runs / ROUNDS), clients, sql));
      }
      const row = [
        {
          ...pooled(apiSeries),
          cpu: spent.cpuMs / spent.served,
          main: spent.mainKnown ? spent.mainMs / spent.served : undefined,
          wakeups: spent.mainKnown ? spent.wakeups / spent.served : undefined,
        },
        pooled(sqlSeries),
      ];
      console.log(
        `${label} at ${clients}: p50 ${row[0].p50.toFixed(1)} / ${row[1].p50.toFixed(1)} ms, p95 ${row[0].p95.toFixed(1)} / ${row[1].p95.toFixed(1)} ms (API / SQL), server CPU ${row[0].cpu.toFixed(1)} ms per request, ${row[0].errors} errors`,
      );
      rows.push(row);
    }
  }

  console.log(`\n${machine()}`);
  console.log(
    `Committee benchmark: ${counts.e} employees, ${counts.r} learning records, ${counts.a} assessments over ${YEARS} years (${bench.reused ? `kept database ${KEEP}, reused` : `seeded in ${(seedMs / 1000).toFixed(1)} s`})`,
  );
  console.log(
    `statements per request: talentSearch ${searchStatements} (page of 50; ${searchStatements10} for a page of 10), talentPool ${poolStatements}`,
  );
  console.log(
    `server CPU: the API process's CPU time over a series divided by the requests it served (its first call per client included), after ${WARM} untimed requests of each query; main: its main thread's; wake-ups: the main thread's voluntary context switches per request\n`,
  );
  console.log(
    'query'.padEnd(28),
    'clients'.padStart(8),
    'p50 ms'.padStart(9),
    'p95 ms'.padStart(9),
    'p50 ×SQL'.padStart(9),
    'p95 ×SQL'.padStart(9),
    'errors'.padStart(7),
    'CPU ms/req'.padStart(11),
    'main ms'.padStart(8),
    'wake-ups'.padStart(9),
  );
  for (const [api, sql] of rows) {
    for (const r of [api, sql]) {
      const ratio = r === api ? [(api.p50 / sql.p50).toFixed(2), (api.p95 / sql.p95).toFixed(2)] : ['', ''];
      console.log(
        r.label.padEnd(28),
        String(r.clients).padStart(8),
        r.p50.toFixed(1).padStart(9),
        r.p95.toFixed(1).padStart(9),
        ratio[0].padStart(9),
        ratio[1].padStart(9),
        String(r.errors).padStart(7),
        (r.cpu === undefined ? '' : r.cpu.toFixed(1)).padStart(11),
        (r.main === undefined ? '' : r.main.toFixed(1)).padStart(8),
        (r.wakeups === undefined ? '' : r.wakeups.toFixed(1)).padStart(9),
      );
    }
  }
} finally {
  await server?.stop();
  await raw.end();
  await bench.close();
}
