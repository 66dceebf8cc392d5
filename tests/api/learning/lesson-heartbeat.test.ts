import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { completeLesson } from '../../../api/src/modules/learning/complete-lesson';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE, ENROLL, MODULE, measure, publishedModule, textLesson } from './support';

/** Honest time on task: the lesson page's heartbeats, what they count, and what a module credits from them. */

const BEAT = `mutation Beat($input: LessonHeartbeatInput!) {
  recordLessonHeartbeat(input: $input) { counting lesson { id myMinutesCounted } enrollment { minutesCounted completedAt } }
}`;
const COUNTED = `query Counted($id: ID!) {
  courseModule(id: $id) { creditsMeasuredTime sections { lessons { id myMinutesCounted } } myEnrollment { minutesCounted completionCredit { jp statedJp reason measuredMinutes } } }
}`;

let t: TestApp;
let trainer: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
});
afterAll(() => t.close());

const T0 = Date.parse('2026-03-10T02:00:00Z'); // 09:00 in Jakarta

/** A published module of lessons of the given minutes (form 16, e-learning, unless `extra` says otherwise). */
async function module(code: string, minutes: (number | null)[], extra: object = {}): Promise<{ id: string; lessons: string[] }> {
  const lessons = minutes.map((m, i) => textLesson(`Pelajaran ${i + 1}`, undefined, { durationMinutes: m }));
  const stated = Math.max(0.1, Math.floor((minutes.reduce<number>((s, m) => s + (m ?? 0), 0) * 10) / 45) / 10);
  const id = await publishedModule(t, trainer.actor, code, {
    formId: 16,
    jpValue: Math.min(2, stated),
    sections: [{ title: 'A', lessons }],
    ...extra,
  });
  const found = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule;
  return { id, lessons: found.sections[0].lessons.map((l: { id: string }) => l.id) };
}

async function learnerIn(moduleId: string): Promise<TestUser> {
  const learner = await makeUser(t.em(), [Role.LEARNER]);
  await t.gql(ENROLL, { input: { moduleId } }, learner.actor);
  return learner;
}

/** Sends a heartbeat `seconds` after T0. */
async function beat(learner: TestUser, lessonId: string, seconds: number, flags: { visible?: boolean; active?: boolean } = {}) {
  const result = await t.gql(
    BEAT,
    { input: { lessonId, visible: flags.visible ?? true, active: flags.active ?? true } },
    learner.actor,
    fixedClock(new Date(T0 + seconds * 1000)),
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.recordLessonHeartbeat;
}

/** Heartbeats every 30 s from `from` seconds, `count` of them. */
async function beats(
  learner: TestUser,
  lessonId: string,
  from: number,
  count: number,
  flags: { visible?: boolean; active?: boolean } = {},
) {
  let last;
  for (let i = 0; i < count; i++) last = await beat(learner, lessonId, from + i * 30, flags);
  return last;
}

async function counted(learner: TestUser, moduleId: string) {
  const m = (await t.gql(COUNTED, { id: moduleId }, learner.actor)).data!.courseModule;
  return {
    lessons: m.sections[0].lessons.map((l: { myMinutesCounted: number }) => l.myMinutesCounted),
    module: m.myEnrollment.minutesCounted,
    credit: m.myEnrollment.completionCredit,
  };
}

describe('recordLessonHeartbeat: who may send one', () => {
  let m: { id: string; lessons: string[] };
  beforeAll(async () => {
    m = await module('HB-AUTH', [45]);
  });

  it('refuses logged-out callers', async () => {
    expect(errorCode(await t.gql(BEAT, { input: { lessonId: m.lessons[0], visible: true, active: true } }, null))).toBe('UNAUTHENTICATED');
  });

  it('refuses accounts without an employee record (they take no modules)', async () => {
    const admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
    expect(errorCode(await t.gql(BEAT, { input: { lessonId: m.lessons[0], visible: true, active: true } }, admin.actor))).toBe('FORBIDDEN');
  });

  it('refuses bad input: a malformed id, an unknown lesson, a missing flag', async () => {
    const learner = await learnerIn(m.id);
    expect(errorCode(await t.gql(BEAT, { input: { lessonId: 'nope', visible: true, active: true } }, learner.actor))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await t.gql(BEAT, { input: { lessonId: '00000000-0000-4000-8000-000000000000', visible: true, active: true } }, learner.actor),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(BEAT, { input: { lessonId: m.lessons[0], visible: true } }, learner.actor))).toBe('BAD_USER_INPUT');
  });

  it('refuses a learner who has not joined the module', async () => {
    const stranger = await makeUser(t.em(), [Role.LEARNER]);
    expect(errorCode(await t.gql(BEAT, { input: { lessonId: m.lessons[0], visible: true, active: true } }, stranger.actor))).toBe(
      'CONFLICT',
    );
  });
});

describe('what heartbeats count', () => {
  it('ten minutes of heartbeats every 30 s count ten minutes, shown on the lesson and the enrolment', async () => {
    const m = await module('HB-1', [45, 45]);
    const learner = await learnerIn(m.id);
    const last = await beats(learner, m.lessons[0], 0, 21);
    expect(last).toEqual({
      counting: true,
      lesson: { id: m.lessons[0], myMinutesCounted: 10 },
      enrollment: { minutesCounted: 10, completedAt: null },
    });
    expect(await counted(learner, m.id)).toMatchObject({ lessons: [10, 0], module: 10 });
  });

  it('a hidden tab, an idle learner and a gap above 60 s count nothing', async () => {
    const m = await module('HB-2', [45]);
    const learner = await learnerIn(m.id);
    await beats(learner, m.lessons[0], 0, 3); // 60 s
    await beats(learner, m.lessons[0], 90, 3, { visible: false }); // hidden
    await beats(learner, m.lessons[0], 180, 3, { active: false }); // idle
    await beats(learner, m.lessons[0], 400, 5); // after 160 s away: 120 s
    expect((await counted(learner, m.id)).lessons).toEqual([3]);
  });

  it('one lesson at a time: two lessons open in two tabs count wall-clock time once', async () => {
    const m = await module('HB-3', [45, 45]);
    const learner = await learnerIn(m.id);
    for (let i = 0; i < 21; i++) {
      await beat(learner, m.lessons[0], i * 30);
      await beat(learner, m.lessons[1], i * 30 + 15);
    }
    const { lessons, module: total } = await counted(learner, m.id);
    // 0 s to 615 s in all: 10 whole minutes, not 20.
    expect(total).toBe(10);
    expect(lessons[0] + lessons[1]).toBeLessThanOrEqual(10);
  });

  it('time above the lesson’s stated duration is not counted', async () => {
    const m = await module('HB-4', [2, 45]);
    const learner = await learnerIn(m.id);
    await beats(learner, m.lessons[0], 0, 21);
    expect((await counted(learner, m.id)).lessons).toEqual([2, 0]);
  });

  it('time is put on the local date it was spent: 23:59 to 00:01 in Jakarta is a minute on each day', async () => {
    const m = await module('HB-5', [45]);
    const learner = await learnerIn(m.id);
    for (let i = 0; i < 5; i++) {
      await t.gql(
        BEAT,
        { input: { lessonId: m.lessons[0], visible: true, active: true } },
        learner.actor,
        fixedClock(new Date(Date.parse('2026-03-10T16:59:00Z') + i * 30_000)),
      );
    }
    const rows: { date: string; ms: number }[] = await t
      .em()
      .getConnection()
      .execute(`select to_char(date, 'YYYY-MM-DD') as date, ms from lesson_time where lesson_id = ? order by date`, [m.lessons[0]]);
    expect(rows.map((r) => [r.date, Number(r.ms)])).toEqual([
      ['2026-03-10', 60_000],
      ['2026-03-11', 60_000],
    ]);
  });

  it('two heartbeats at the same moment count the time once', async () => {
    const m = await module('HB-6', [45]);
    const learner = await learnerIn(m.id);
    await beat(learner, m.lessons[0], 0);
    await Promise.all([beat(learner, m.lessons[0], 60), beat(learner, m.lessons[0], 60)]);
    expect((await counted(learner, m.id)).lessons).toEqual([1]);
  });

  it('after the module is finished, heartbeats are answered but no longer counted', async () => {
    const m = await module('HB-7', [45]);
    const learner = await learnerIn(m.id);
    await beats(learner, m.lessons[0], 0, 5);
    await completeLesson(t.em(), learner.actor, { lessonId: m.lessons[0], how: 'MANUAL' }, fixedClock(new Date(T0 + 150_000)));
    const after = await beats(learner, m.lessons[0], 180, 5);
    expect(after).toMatchObject({ counting: false, lesson: { myMinutesCounted: 2 } });
  });
});

describe('what a module crediting actual time credits: the minutes measured, capped', () => {
  it('a 45-minute e-learning lesson finished after 12 measured minutes credits 0.2 JP, and says so before', async () => {
    const m = await module('MT-1', [45], { jpValue: 1 });
    const learner = await learnerIn(m.id);
    await beats(learner, m.lessons[0], 0, 25); // 12 minutes
    const before = await counted(learner, m.id);
    expect(before.credit).toEqual({ jp: 0.2, statedJp: 1, reason: 'MEASURED_TIME', measuredMinutes: 12 });
    const done = await completeLesson(
      t.em(),
      learner.actor,
      { lessonId: m.lessons[0], how: 'MANUAL' },
      fixedClock(new Date(T0 + 12 * 60_000)),
    );
    expect(done.record).toMatchObject({ jp: 0.2, minutes: 12 });
  });

  it('finished without any measured time: completed, 0 JP', async () => {
    const m = await module('MT-2', [45], { jpValue: 1 });
    const learner = await learnerIn(m.id);
    const done = (await t.gql(COMPLETE, { input: { lessonId: m.lessons[0] } }, learner.actor)).data!.completeLesson;
    expect(done).toMatchObject({ moduleCompleted: true, record: { jp: 0 } });
  });

  it('never more than the stated JP, whatever was measured', async () => {
    const m = await module('MT-3', [90, 90], { jpValue: 1.5 });
    const learner = await learnerIn(m.id);
    await measure(t, learner.user.employee!.id, m.lessons[0], '2026-03-10', 90);
    await measure(t, learner.user.employee!.id, m.lessons[1], '2026-03-11', 90);
    const done = await completeLesson(t.em(), learner.actor, { lessonId: m.lessons[0], how: 'MANUAL' }, fixedClock('2026-03-11T03:00:00Z'));
    expect(done.moduleCompleted).toBe(false);
    const last = await completeLesson(t.em(), learner.actor, { lessonId: m.lessons[1], how: 'MANUAL' }, fixedClock('2026-03-11T04:00:00Z'));
    expect(last.record).toMatchObject({ jp: 1.5, startDate: '2026-03-10', endDate: '2026-03-11', minutes: 180 });
  });

  it('the daily cap counts the dates the time was measured on: 4 hours in one day credit 3 JP of e-learning', async () => {
    const m = await module('MT-4', [120, 120], { jpValue: 5 });
    const learner = await learnerIn(m.id);
    for (const lessonId of m.lessons) await measure(t, learner.user.employee!.id, lessonId, '2026-03-10', 120);
    for (const lessonId of m.lessons)
      await completeLesson(t.em(), learner.actor, { lessonId, how: 'MANUAL' }, fixedClock('2026-03-12T03:00:00Z'));
    const record = (
      await t
        .em()
        .getConnection()
        .execute(`select jp, start_date, end_date from learning_record where source_id = ? and employee_id = ?`, [
          m.id,
          learner.user.employee!.id,
        ])
    )[0];
    expect(Number(record.jp)).toBe(3);
  });

  it('komunitas belajar (form 23) credits measured time too, at most 2 JP a day', async () => {
    const m = await module('MT-5', [120], { formId: 23, jpValue: 2 });
    const learner = await learnerIn(m.id);
    await measure(t, learner.user.employee!.id, m.lessons[0], '2026-03-10', 60);
    const done = await completeLesson(t.em(), learner.actor, { lessonId: m.lessons[0], how: 'MANUAL' }, fixedClock('2026-03-10T09:00:00Z'));
    expect(done.record).toMatchObject({ jp: 1.3, minutes: 60 });
  });

  it('a curriculum form (3, teknis) credits its stated JP without measured time', async () => {
    const m = await module('MT-6', [45], { formId: 3, jpValue: 4 });
    const learner = await learnerIn(m.id);
    expect((await counted(learner, m.id)).credit).toMatchObject({ jp: 4, reason: 'FULL', measuredMinutes: null });
    const done = await completeLesson(t.em(), learner.actor, { lessonId: m.lessons[0], how: 'MANUAL' }, fixedClock('2026-03-10T09:00:00Z'));
    expect(done.record).toMatchObject({ jp: 4 });
    expect((await t.gql(COUNTED, { id: m.id }, learner.actor)).data!.courseModule.creditsMeasuredTime).toBe(false);
  });
});
