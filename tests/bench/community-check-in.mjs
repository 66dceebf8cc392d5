#!/usr/bin/env node
/**
 * Check-in under a crowd: N members (default 500) of M running groups (default 25) check in to
 * their group's open session at once, over HTTP to the real GraphQL server, each with the code
 * the trainer's screen shows this minute; one in ten sends a second check-in at the same moment
 * (a second device, a double tap). Afterwards every member must hold exactly one attendance.
 * Prints p50/p95/max in milliseconds, the wall time for all of them, and the ratio to a baseline
 * measured in the same run: the same members asking for their open sessions (`myOpenGroupSessions`,
 * a read) at the same concurrency.
 *
 *   npm run bench:community -- --members 500 --groups 25 --concurrency 50
 *   BENCH_DATABASE_URL=postgres://… to use another server (default: 127.0.0.1:5432); where no
 *   server answers, embedded PostgreSQL (PGlite, in memory) stands in.
 *
 * Members log in by bearer tokens written straight into the session table: the benchmark times
 * check-in, not password hashing.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { arg, bearerToken, crowd, machine, loadConfig, openBench, seedAll } from './support/harness.mjs';

const require = createRequire(import.meta.url);
const { codeFor, codeWindow } = require('../../api/dist/modules/community/check-in-code.js');

const MEMBERS = arg('--members', 500);
const GROUPS = arg('--groups', 25);
const CONCURRENCY = arg('--concurrency', 50);

const bench = await openBench({ prefix: 'kp_bench_community' });
const { orm } = bench;
try {
  await bench.migrate();
  const config = { ...loadConfig(), logLevel: 'silent', demo: false };
  // Members, plus a trainer and a monitor per group, with learner accounts.
  await seedAll(orm.em.fork(), config, { scale: MEMBERS + 2 * GROUPS });
  const db = orm.em.getConnection();
  const people = await db.execute(
    `select e.id as employee_id, e.opd_id, u.id as user_id from employee e join app_user u on u.employee_id = e.id order by e.nip`,
  );
  if (people.length < MEMBERS + 2 * GROUPS) throw new Error(`Only ${people.length} employees with accounts`);
  const leaders = people.slice(0, 2 * GROUPS);
  const members = people.slice(2 * GROUPS, 2 * GROUPS + MEMBERS);

  // Running groups, each with one session open from half an hour ago, and members spread over them.
  const now = Date.now();
  const sessions = [];
  for (let g = 0; g < GROUPS; g++) {
    const trainer = leaders[2 * g];
    const monitor = leaders[2 * g + 1];
    const [{ id: groupId }] = await db.execute(
      `insert into community_group (name, purpose, mode, join_policy, capacity, planned_start, planned_end, planned_sessions, funding, cost_per_participant, status, group_trainer_id, group_monitor_id, opd_id, created_by_id)
       values (?, 'Beban absen', 'OFFLINE', 'ANY_OPD', ?, current_date, current_date + 30, 4, 'MANDIRI', 0, 'RUNNING', ?, ?, ?, ?) returning id`,
      [`Kelompok uji ${g + 1}`, Math.ceil(MEMBERS / GROUPS) + 1, trainer.employee_id, monitor.employee_id, trainer.opd_id, trainer.user_id],
    );
    const secret = randomBytes(32).toString('hex');
    const [{ id: sessionId }] = await db.execute(
      `insert into group_session (group_id, topic, starts_at, ends_at, place_name, latitude, longitude, radius_meters, status, code_secret, evidence_links, opened_at)
       values (?, 'Sesi uji', ?, ?, 'Aula', -7.4478, 112.7183, 150, 'OPEN', ?, '[]', ?) returning id`,
      [groupId, new Date(now - 30 * 60_000), new Date(now + 2 * 3_600_000), secret, new Date(now - 30 * 60_000)],
    );
    sessions.push({ groupId, sessionId, secret });
  }
  const tokens = [];
  for (const [i, m] of members.entries()) {
    const s = sessions[i % GROUPS];
    await db.execute(`insert into group_member (group_id, employee_id, status, joined_at) values (?, ?, 'ACTIVE', now())`, [
      s.groupId,
      m.employee_id,
    ]);
    const token = await bearerToken(db, m.user_id);
    tokens.push({ token, session: s, employeeId: m.employee_id });
  }

  // A failed request is counted (the first three are printed) and the crowd goes on.
  let failures = 0;
  const { post } = await bench.serve(config, {
    onErrors: (errors) => {
      failures++;
      if (failures <= 3) console.error(JSON.stringify(errors));
    },
  });
  const OPEN = `query { myOpenGroupSessions { id topic myAttendance { id } } }`;
  const CHECK_IN = `mutation($input: CheckInInput!) { checkInToSession(input: $input) { id checkInAt flag } }`;
  const near = { latitude: -7.4479, longitude: 112.7184 };

  // Warm up: one of each.
  await post({ query: OPEN }, tokens[0].token);
  const baseline = await crowd(
    tokens.map((m) => () => post({ query: OPEN }, m.token)),
    CONCURRENCY,
  );
  failures = 0;
  const checkIn = (m) => () => {
    const code = codeFor(m.session.secret, m.session.sessionId, codeWindow(new Date()));
    return post({ query: CHECK_IN, variables: { input: { sessionId: m.session.sessionId, code, ...near } } }, m.token);
  };
  // Every tenth member checks in twice at the same moment.
  const jobs = tokens.flatMap((m, i) => (i % 10 === 0 ? [() => Promise.all([checkIn(m)(), checkIn(m)()])] : [checkIn(m)]));
  const checkIns = await crowd(jobs, CONCURRENCY);
  const [{ n: rows }] = await db.execute(`select count(*)::int as n from attendance`);
  const [{ n: distinct }] = await db.execute(`select count(distinct (session_id, employee_id))::int as n from attendance`);
  const perMember = await db.execute(`select employee_id, count(*)::int as n from attendance group by employee_id having count(*) <> 1`);

  console.log(
    `\nCommunity check-in benchmark: ${MEMBERS} members in ${GROUPS} groups with an open session each, ${CONCURRENCY} requests in flight`,
  );
  console.log(`${machine()}\n`);
  console.log(
    'run'.padEnd(58),
    'requests'.padStart(9),
    'wall s'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'max ms'.padStart(8),
  );
  const line = (label, r) =>
    console.log(
      label.padEnd(58),
      String(r.n).padStart(9),
      (r.wall / 1000).toFixed(2).padStart(8),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.max.toFixed(1).padStart(8),
    );
  line('baseline: myOpenGroupSessions (a read)', baseline);
  line('checkInToSession (1 in 10 sends two at once)', checkIns);
  console.log(
    `\np95 check-in / p95 baseline: ${(checkIns.p95 / baseline.p95).toFixed(2)}; all ${MEMBERS} members checked in within ${(checkIns.wall / 1000).toFixed(2)} s`,
  );
  console.log(
    `attendance rows: ${rows} for ${MEMBERS} members (${distinct} distinct member-sessions); members without exactly one: ${perMember.length}; failed requests: ${failures}`,
  );
  if (rows !== MEMBERS || distinct !== MEMBERS || perMember.length || failures) {
    console.error('FAILED: not every member holds exactly one attendance');
    process.exitCode = 1;
  }
} finally {
  await bench.close();
}
