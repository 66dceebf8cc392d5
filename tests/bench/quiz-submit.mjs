#!/usr/bin/env node
/**
 * Quiz submission under a crowd: N learners (default 500) each hold an open attempt at the same
 * post-test (five true/false questions, answers saved) and submit it at once, over HTTP to the real
 * GraphQL server; one in ten sends a second submit at the same moment (a double tap). Submitting
 * scores the attempt and, since the post-test is the module's only required lesson and is passed,
 * completes the module and credits its JP. Afterwards every attempt must be finished exactly once.
 * Prints submissions per second, p50/p95/max in milliseconds, and the ratio to a baseline measured
 * in the same run: the same learners reading their attempt (`quizAttempt`, a read) at the same
 * concurrency.
 *
 *   npm run bench:quiz -- --learners 500 --concurrency 100
 *   BENCH_DATABASE_URL=postgres://… to use another server (default: 127.0.0.1:5432).
 *
 * Learners log in by bearer tokens written straight into the session table: the benchmark times
 * submitting, not password hashing.
 *
 * It also counts the SQL statements the server's `pg` driver sends and the Node CPU time of this
 * process (the server and its HTTP client) per request of each run, and lists the statements of one
 * learner's submit sent alone before the crowd (`--trace` prints their text). A third run, the
 * same learners sending `{ __typename }`, shows what any request costs here before it does anything. Before the submits, each
 * learner autosaves one answer (`saveQuizAnswer`, a newer revision of the fifth), with its own statements and CPU per request. `--profile FILE`
 * writes a CPU profile of the submit run (read it with `tests/bench/peers/profile-summary.mjs`).
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import { createRequire } from 'node:module';
import pg from 'pg';
import { arg, bearerToken, crowd, machine, loadConfig, openBench, seedAll } from './support/harness.mjs';

const require = createRequire(import.meta.url);
const TRACE = process.argv.includes('--trace');
const PROFILE = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : null;

/** `run()` under V8's sampling profiler when `--profile` names a file. */
async function profiled(run) {
  if (!PROFILE) return run();
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await post('Profiler.stop');
    fs.writeFileSync(PROFILE, JSON.stringify(profile));
    session.disconnect();
  }
}

// Every statement the server sends passes through pg's Client.query: count them, and keep their
// text while `traced` is an array.
let statements = 0;
let traced = null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config) {
  statements++;
  if (traced) traced.push(typeof config === 'string' ? config : config.text);
  return query.apply(this, arguments);
};
/** `run()` with the statements sent and the Node CPU milliseconds spent while it ran. */
async function metered(run) {
  const [s0, cpu0] = [statements, process.cpuUsage()];
  const result = await run();
  const cpu = process.cpuUsage(cpu0);
  return { ...result, statements: statements - s0, cpuMs: (cpu.user + cpu.system) / 1000 };
}
const { CourseModuleService } = require('../../api/dist/modules/learning/course-module.service.js');
const { EnrollmentService } = require('../../api/dist/modules/learning/enrollment.service.js');
const { QuestionBankService } = require('../../api/dist/modules/assessment/question-bank.service.js');
const { QuizService } = require('../../api/dist/modules/assessment/quiz.service.js');
const { startQuizAttempt } = require('../../api/dist/modules/assessment/start-quiz-attempt.js');
const { systemClock } = require('../../api/dist/common/dates.js');

const LEARNERS = arg('--learners', 500);
const CONCURRENCY = arg('--concurrency', 100);
const POOL = arg('--pool', 0);

/** Runs `fn(item)` over `items`, `limit` at a time (in-process set-up). */
async function inBatches(items, limit, fn) {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(fn));
}

const bench = await openBench({ prefix: 'kp_bench_quiz', ...(POOL ? { poolMax: POOL, maxConnections: POOL + 4 } : {}) });
const { orm } = bench;
try {
  await bench.migrate();
  const config = { ...loadConfig(), logLevel: 'silent', demo: false };
  await seedAll(orm.em.fork(), config, { scale: LEARNERS + 2 });
  const clock = systemClock(config.timeZone);
  const db = orm.em.getConnection();
  const people = await db.execute(
    `select e.id as employee_id, u.id as user_id, u.username from employee e join app_user u on u.employee_id = e.id order by e.nip`,
  );
  if (people.length < LEARNERS + 2) throw new Error(`Only ${people.length} employees with accounts`);
  const [author, ...rest] = people;
  // One more learner submits alone first, so the statements of one submit can be listed.
  const learners = rest.slice(0, LEARNERS + 1);
  await db.execute(`update app_user set roles = array_append(roles, 'TRAINER') where id = ?`, [author.user_id]);
  const trainer = { userId: author.user_id, username: author.username, roles: ['TRAINER', 'LEARNER'], employeeId: author.employee_id };

  // A published module whose only required lesson is a post-test of five true/false questions.
  const bank = new QuestionBankService(orm.em.fork());
  const questionIds = [];
  for (let i = 1; i <= 5; i++)
    questionIds.push((await bank.create(trainer, { type: 'TRUE_FALSE', text: `Pernyataan ${i}`, points: 1, correct: true })).id);
  const modules = new CourseModuleService(orm.em.fork(), clock);
  const created = await modules.create(trainer, {
    code: 'BENCH-QUIZ',
    title: 'Modul uji kuis',
    summary: '',
    formId: 3,
    jpValue: 2,
    certifying: false,
    sections: [{ title: 'Tes', lessons: [{ title: 'Post-test', kind: 'QUIZ', durationMinutes: 30, required: true }] }],
  });
  const [{ id: lessonId }] = await db.execute(`select id from lesson where module_id = ?`, [created.id]);
  await new QuizService(orm.em.fork()).update(trainer, {
    lessonId,
    role: 'POST_TEST',
    slots: questionIds.map((questionId) => ({ questionId })),
    passMarkPercent: 60,
    shuffleQuestions: true,
    shuffleOptions: false,
    gradingMethod: 'HIGHEST',
    reviewScore: 'IMMEDIATELY',
    reviewRightAnswers: 'AFTER_CLOSE',
    reviewFeedback: 'IMMEDIATELY',
  });
  await new CourseModuleService(orm.em.fork(), clock).publish(trainer, created.id);

  // Every learner joins, starts an attempt and has four of five answers saved (80 %: passed).
  const tokens = [];
  await inBatches(learners, 8, async (l) => {
    const actor = { userId: l.user_id, username: l.username, roles: ['LEARNER'], employeeId: l.employee_id };
    await new EnrollmentService(orm.em.fork(), clock).enroll(actor, created.id);
    const attemptId = await startQuizAttempt(orm.em.fork(), actor, lessonId, clock);
    const token = await bearerToken(db, l.user_id);
    tokens.push({ token, attemptId });
  });
  await db.execute(
    `insert into quiz_answer (attempt_id, question_id, response, revision, saved_at, grade_history)
     select a.id, (q.value->>'id')::uuid, jsonb_build_object('truth', q.ord <= 4), 1, now(), '[]'::jsonb
     from quiz_attempt a, jsonb_array_elements(a.paper) with ordinality q(value, ord)`,
  );

  let failures = 0;
  const { post } = await bench.serve(config, {
    onErrors: (errors) => {
      failures++;
      if (failures <= 3) console.error(JSON.stringify(errors));
    },
  });
  const READ = `query($id: ID!) { quizAttempt(id: $id) { id status questions { id response { truth } } } }`;
  const SUBMIT = `mutation($input: AttemptIdInput!) { submitQuizAttempt(input: $input) { id status total { percent } passed } }`;
  const SAVE = `mutation($input: SaveQuizAnswerInput!) { saveQuizAnswer(input: $input) { questionId savedAt revision } }`;
  // The fifth question of each learner's paper, for the autosave run.
  const unanswered = new Map(
    (await db.execute(`select id, paper->4->>'id' as question_id from quiz_attempt`)).map((r) => [r.id, r.question_id]),
  );

  const submit = (l) => () => post({ query: SUBMIT, variables: { input: { attemptId: l.attemptId } } }, l.token);
  const lone = tokens.pop();
  await post({ query: READ, variables: { id: lone.attemptId } }, lone.token);
  traced = [];
  await submit(lone)();
  const loneStatements = traced;
  traced = null;
  const loneRead = await metered(async () => post({ query: READ, variables: { id: lone.attemptId } }, lone.token));

  const baseline = await metered(() =>
    crowd(
      tokens.map((l) => () => post({ query: READ, variables: { id: l.attemptId } }, l.token)),
      CONCURRENCY,
    ),
  );
  const floor = await metered(() =>
    crowd(
      tokens.map((l) => () => post({ query: '{ __typename }' }, l.token)),
      CONCURRENCY,
    ),
  );
  // Autosave: each learner saves their last answer again (still false: 80 % passes) with a newer revision, after reading the
  // attempt as the player does.
  failures = 0;
  const saves = await metered(() =>
    crowd(
      tokens.map(
        (l) => () =>
          post(
            {
              query: SAVE,
              variables: { input: { attemptId: l.attemptId, questionId: unanswered.get(l.attemptId), truth: false, revision: 2 } },
            },
            l.token,
          ),
      ),
      CONCURRENCY,
    ),
  );
  const jobs = tokens.map((l, i) => (i % 10 === 0 ? () => Promise.all([submit(l)(), submit(l)()]) : submit(l)));
  const submits = await profiled(() => metered(() => crowd(jobs, CONCURRENCY)));
  const requests = { baseline: LEARNERS, floor: LEARNERS, submits: LEARNERS + Math.ceil(LEARNERS / 10) };

  const [{ finished, open }] = await db.execute(
    `select count(*) filter (where finished_at is not null)::int as finished, count(*) filter (where finished_at is null)::int as open from quiz_attempt`,
  );
  const [{ n: perLearnerWrong }] = await db.execute(
    `select count(*)::int as n from (select employee_id from quiz_attempt group by employee_id having count(*) <> 1) x`,
  );
  const [{ n: savedLate }] = await db.execute(
    `select count(*)::int as n from quiz_answer where revision = 2 and response = '{"truth": false}'::jsonb`,
  );
  const [{ n: unscored }] = await db.execute(`select count(*)::int as n from quiz_answer where result is null`);
  const [{ n: completed }] = await db.execute(`select count(*)::int as n from enrollment where completed_at is not null`);

  console.log(
    `\nQuiz submit benchmark: ${LEARNERS} learners with an open attempt each, ${CONCURRENCY} requests in flight, a pool of ${POOL || 10} connections`,
  );
  console.log(`${machine()}\n`);
  console.log(
    'run'.padEnd(50),
    'requests'.padStart(9),
    'wall s'.padStart(8),
    'per s'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'max ms'.padStart(8),
    'stmts/req'.padStart(10),
    'CPU ms/req'.padStart(11),
  );
  const line = (label, r, n) =>
    console.log(
      label.padEnd(50),
      String(r.n).padStart(9),
      (r.wall / 1000).toFixed(2).padStart(8),
      (r.n / (r.wall / 1000)).toFixed(0).padStart(8),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.max.toFixed(1).padStart(8),
      (r.statements / n).toFixed(1).padStart(10),
      (r.cpuMs / n).toFixed(2).padStart(11),
    );
  line('baseline: quizAttempt (a read)', baseline, requests.baseline);
  line('{ __typename } (what any request costs)', floor, requests.floor);
  line('saveQuizAnswer (autosave, one answer each)', saves, LEARNERS);
  line('submitQuizAttempt (1 in 10 sends two at once)', submits, requests.submits);
  const throughput = LEARNERS / (submits.wall / 1000);
  console.log(
    `\nthroughput: ${throughput.toFixed(0)} submissions/s (${(throughput / (LEARNERS / (baseline.wall / 1000))).toFixed(2)} of the read's rate); p95 submit / p95 baseline: ${(submits.p95 / baseline.p95).toFixed(2)}`,
  );
  console.log(
    `Node CPU per submitted attempt: ${(submits.cpuMs / LEARNERS).toFixed(2)} ms (${(submits.cpuMs / LEARNERS / (baseline.cpuMs / LEARNERS)).toFixed(2)} × a read's); statements per submitted attempt: ${(submits.statements / LEARNERS).toFixed(1)}`,
  );
  console.log(`one submit alone: ${loneStatements.length} statements (the finished attempt read alone afterwards: ${loneRead.statements})`);
  if (TRACE) loneStatements.forEach((text, i) => console.log(`  ${String(i + 1).padStart(3)} ${text.replace(/\s+/g, ' ').slice(0, 220)}`));
  console.log(
    `attempts finished: ${finished} of ${LEARNERS + 1} (open: ${open}); learners without exactly one attempt: ${perLearnerWrong}; unscored answers: ${unscored}; modules completed: ${completed}; answers saved by the autosave run: ${savedLate} of ${LEARNERS}; failed requests: ${failures}`,
  );
  if (
    savedLate !== LEARNERS ||
    finished !== LEARNERS + 1 ||
    open ||
    perLearnerWrong ||
    unscored ||
    completed !== LEARNERS + 1 ||
    failures
  ) {
    console.error('FAILED: not every attempt was submitted exactly once');
    process.exitCode = 1;
  }
} finally {
  await bench.close();
}
