import { fixedClock, localDate } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { completeLesson } from '../../../api/src/modules/learning/complete-lesson';
import { Enrollment } from '../../../api/src/modules/learning/enrollment.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { RecordStatus } from '../../../api/src/modules/record/record.enums';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE, CREATE, ENROLL, MODULE, measure, moduleInput, PUBLISH, publishedModule, textLesson, UPDATE } from './support';

/**
 * What a module earns when it is completed: its stated JP, by the rule of its form, per day of
 * learning. A form crediting actual time (e-learning) credits the minutes measured on the lessons
 * (`lesson-heartbeat.test.ts`); here each lesson is given its stated two hours, measured on the day it
 * was done, unless a test says otherwise.
 */
const dayOf = (instant: string | Date) => localDate(new Date(instant), 'Asia/Jakarta');

let t: TestApp;
let trainer: TestUser;
let admin: TestUser;

const UPDATE_FORM = `mutation UpdateLearningForm($input: UpdateLearningFormInput!) { updateLearningForm(input: $input) { id creditMode forModules } }`;
const FORMS = `query LearningForms { learningForms { id forModules } }`;
const UPDATE_SETTING = `mutation UpdateSetting($input: UpdateSettingInput!) { updateSetting(input: $input) { key value } }`;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
});
afterAll(() => t.close());

/** A published module of two lessons of two hours each (up to 5.3 JP of actual time); returns its id and lesson ids. */
async function twoLessonModule(code: string, extra: object = {}): Promise<{ id: string; lessons: string[] }> {
  const lessons = [textLesson('Satu', undefined, { durationMinutes: 120 }), textLesson('Dua', undefined, { durationMinutes: 120 })];
  const id = await publishedModule(t, trainer.actor, code, { sections: [{ title: 'A', lessons }], ...extra });
  const module = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule;
  return { id, lessons: module.sections[0].lessons.map((l: { id: string }) => l.id) };
}

/** A learner joins the module and does its lessons at the given instants; returns the credited record. */
async function takeModule(module: { id: string; lessons: string[] }, instants: string[]) {
  const student = await makeUser(t.em(), [Role.LEARNER]);
  await t.gql(ENROLL, { input: { moduleId: module.id } }, student.actor);
  let result;
  for (const [i, instant] of instants.entries()) {
    await measure(t, student.user.employee!.id, module.lessons[i], dayOf(instant), 120);
    result = await completeLesson(t.em(), student.actor, { lessonId: module.lessons[i], how: 'MANUAL' }, fixedClock(instant));
  }
  return { student, record: result!.record! };
}

async function setRule(input: object): Promise<void> {
  const result = await t.gql(UPDATE_FORM, { input }, admin.actor);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

describe('forms of learning a module may have', () => {
  it('learningForms marks the forms that credit a module’s stated JP: curriculum or actual JP, no learning report', async () => {
    const forms = (await t.gql(FORMS, {}, trainer.actor)).data!.learningForms;
    expect(forms.filter((f: { forModules: boolean }) => f.forModules).map((f: { id: number }) => f.id)).toEqual([
      1, 2, 3, 5, 6, 7, 8, 11, 12, 13, 16, 17, 19, 23,
    ]);
  });

  it('createCourseModule and updateCourseModule refuse other forms, naming formId', async () => {
    for (const formId of [4, 9, 10, 14, 20, 22, 25]) {
      const result = await t.gql(CREATE, { input: moduleInput(`FRM-${formId}`, { formId }) }, trainer.actor);
      expect({ formId, code: errorCode(result), errors: fieldErrors(result) }).toEqual({
        formId,
        code: 'BAD_USER_INPUT',
        errors: [{ field: 'formId', rule: 'FORM_NOT_FOR_MODULES' }],
      });
    }
    const id = (await t.gql(CREATE, { input: moduleInput('FRM-OK') }, trainer.actor)).data!.createCourseModule.id;
    expect(fieldErrors(await t.gql(UPDATE, { input: { id, formId: 22 } }, trainer.actor))).toEqual([
      { field: 'formId', rule: 'FORM_NOT_FOR_MODULES' },
    ]);
    expect((await t.gql(UPDATE, { input: { id, formId: 3 } }, trainer.actor)).data!.updateCourseModule.form.id).toBe(3);
  });

  it('publishCourseModule refuses a draft whose form an administrator has since changed to another rule', async () => {
    const id = (await t.gql(CREATE, { input: moduleInput('FRM-PUB', { formId: 19, jpValue: 1 }) }, trainer.actor)).data!.createCourseModule
      .id;
    await setRule({ id: 19, creditMode: 'PER_ACTIVITY', creditValue: 20 });
    try {
      const result = await t.gql(PUBLISH, { input: { id } }, trainer.actor);
      expect([errorCode(result), fieldErrors(result)]).toEqual(['BAD_USER_INPUT', [{ field: 'formId', rule: 'FORM_NOT_FOR_MODULES' }]]);
      expect((await t.gql(UPDATE, { input: { id, formId: 16 } }, trainer.actor)).errors).toBeUndefined();
      expect((await t.gql(PUBLISH, { input: { id } }, trainer.actor)).data!.publishCourseModule.status).toBe('PUBLISHED');
    } finally {
      await setRule({ id: 19, creditMode: 'CURRICULUM', creditValue: null });
    }
  });
});

describe('JP a completed module credits', () => {
  it('e-learning (3 JP a day at most): a 5 JP module done in one day credits 3 JP, done over two days 5 JP', async () => {
    const module = await twoLessonModule('CRD-1', { formId: 16, jpValue: 5 });
    // 09:00 and 15:00 WIB on 2 March
    const oneDay = await takeModule(module, ['2026-03-02T02:00:00Z', '2026-03-02T08:00:00Z']);
    expect(oneDay.record).toMatchObject({ jp: 3, startDate: '2026-03-02', endDate: '2026-03-02' });
    // 23:30 WIB on 2 March, then 00:30 WIB on 3 March: two dates in the regency's calendar
    const twoDays = await takeModule(module, ['2026-03-02T16:30:00Z', '2026-03-02T17:30:00Z']);
    expect(twoDays.record).toMatchObject({ jp: 5, startDate: '2026-03-02', endDate: '2026-03-03' });
  });

  it('the days between joining and learning earn nothing', async () => {
    const module = await twoLessonModule('CRD-2', { formId: 16, jpValue: 5 });
    const student = await makeUser(t.em(), [Role.LEARNER]);
    await t.gql(ENROLL, { input: { moduleId: module.id } }, student.actor);
    // Joined on 1 January, learned everything on 2 March.
    await t.em().nativeUpdate(Enrollment, { employee: student.user.employee!.id }, { createdAt: new Date('2026-01-01T02:00:00Z') });
    let result;
    for (const lessonId of module.lessons) await measure(t, student.user.employee!.id, lessonId, '2026-03-02', 120);
    for (const lessonId of module.lessons)
      result = await completeLesson(t.em(), student.actor, { lessonId, how: 'MANUAL' }, fixedClock('2026-03-02T03:00:00Z'));
    expect(result!.record).toMatchObject({ jp: 3, startDate: '2026-03-02', endDate: '2026-03-02' });
  });

  it('whatever rule an administrator later gives the form, a module never credits more than its stated JP', async () => {
    const module = await twoLessonModule('CRD-3', { formId: 13, jpValue: 2 });
    try {
      await setRule({ id: 13, creditMode: 'PER_DAY', creditValue: 4 });
      const perDay = await takeModule(module, ['2026-04-06T02:00:00Z', '2026-04-07T02:00:00Z']);
      expect(perDay.record.jp).toBe(2); // not 4 JP × 2 days
      expect(perDay.record.creditSteps).toEqual([
        { code: 'PER_DAY', value: 4, days: 2 },
        { code: 'STATED_MAX', jp: 2 },
      ]);

      await setRule({ id: 13, creditMode: 'PER_ACTIVITY', creditValue: 20 });
      expect((await takeModule(module, ['2026-04-08T02:00:00Z', '2026-04-08T03:00:00Z'])).record.jp).toBe(2);

      await setRule({ id: 13, creditMode: 'PER_DAY', creditValue: 1 });
      expect((await takeModule(module, ['2026-04-09T02:00:00Z', '2026-04-09T03:00:00Z'])).record.jp).toBe(1); // the rule gives less
    } finally {
      await setRule({ id: 13, creditMode: 'CURRICULUM', creditValue: null });
    }
  });

  it('through the API: a 5 JP e-learning module with 4 hours measured today credits 3 JP', async () => {
    const module = await twoLessonModule('CRD-4', { formId: 16, jpValue: 5 });
    const student = await makeUser(t.em(), [Role.LEARNER]);
    await t.gql(ENROLL, { input: { moduleId: module.id } }, student.actor);
    for (const lessonId of module.lessons) await measure(t, student.user.employee!.id, lessonId, dayOf(new Date()), 120);
    await t.gql(COMPLETE, { input: { lessonId: module.lessons[0] } }, student.actor);
    const done = (await t.gql(COMPLETE, { input: { lessonId: module.lessons[1] } }, student.actor)).data!.completeLesson;
    expect(done).toMatchObject({ moduleCompleted: true, record: { jp: 3, status: 'APPROVED', form: { id: 16 } } });
  });
});

describe('modules learned on the same days share the daily cap', () => {
  /** One learner doing lessons of several modules at the given instants, in order; returns the records of the modules completed. */
  async function learn(steps: [{ id: string; lessons: string[] }, number, string][]) {
    const student = await makeUser(t.em(), [Role.LEARNER]);
    const records = new Map<string, LearningRecord>();
    for (const [module, lesson, instant] of steps) {
      await t.gql(ENROLL, { input: { moduleId: module.id } }, student.actor);
      await measure(t, student.user.employee!.id, module.lessons[lesson], dayOf(instant), 120);
      const result = await completeLesson(t.em(), student.actor, { lessonId: module.lessons[lesson], how: 'MANUAL' }, fixedClock(instant));
      if (result.record) records.set(module.id, result.record);
    }
    return { student, records };
  }

  it('interleaved days without a shared day: each 5 JP e-learning module gets its 5 JP', async () => {
    const [a, b] = [await twoLessonModule('DAY-1', { formId: 16, jpValue: 5 }), await twoLessonModule('DAY-2', { formId: 16, jpValue: 5 })];
    // A on 2 and 4 March, B on 3 and 5 March (09:00 WIB): 2.5 JP a day, within 3 JP/day.
    const { records } = await learn([
      [a, 0, '2026-03-02T02:00:00Z'],
      [b, 0, '2026-03-03T02:00:00Z'],
      [a, 1, '2026-03-04T02:00:00Z'],
      [b, 1, '2026-03-05T02:00:00Z'],
    ]);
    expect([records.get(a.id)!.jp, records.get(b.id)!.jp]).toEqual([5, 5]);
  });

  it('a module finished later gets less when a day it was learned on is already full', async () => {
    const [a, b] = [await twoLessonModule('DAY-3', { formId: 16, jpValue: 5 }), await twoLessonModule('DAY-4', { formId: 16, jpValue: 5 })];
    // A's first lesson on 2 March; B on 2 and 3 March (credited 3 + 2 JP); A's last lesson on 4 March.
    const { records } = await learn([
      [a, 0, '2026-03-02T02:00:00Z'],
      [b, 0, '2026-03-02T03:00:00Z'],
      [b, 1, '2026-03-03T02:00:00Z'],
      [a, 1, '2026-03-04T02:00:00Z'],
    ]);
    expect(records.get(b.id)!.jp).toBe(5);
    // B's two measured hours put 2.6 JP on 2 March, which leaves A 0.4 JP there (its own two hours
    // would earn 2.6) and 2.6 JP on 4 March: 3 JP, not 5 (it used to get 5, as only its last day was checked).
    expect(records.get(a.id)!).toMatchObject({ jp: 3, startDate: '2026-03-02', endDate: '2026-03-04' });
    expect(records.get(a.id)!.creditSteps).toEqual([
      { code: 'MINUTES_PER_DATE', minutes: 240, minutesPerJp: 45, days: 2 },
      { code: 'DAY_CAP', cap: 3, days: 2, held: 2.6, full: 0 },
    ]);
  });

  it('a rejected module credit leaves its days free for the next module', async () => {
    const [a, b] = [await twoLessonModule('DAY-5', { formId: 16, jpValue: 5 }), await twoLessonModule('DAY-6', { formId: 16, jpValue: 5 })];
    const first = await learn([
      [a, 0, '2026-03-09T02:00:00Z'],
      [a, 1, '2026-03-10T02:00:00Z'],
    ]);
    expect(first.records.get(a.id)!.jp).toBe(5);
    // No service rejects a module credit yet; a supervisor's rejection is marked directly.
    await t.em().nativeUpdate(LearningRecord, { id: first.records.get(a.id)!.id }, { status: RecordStatus.REJECTED });
    await t.gql(ENROLL, { input: { moduleId: b.id } }, first.student.actor);
    await measure(t, first.student.user.employee!.id, b.lessons[0], '2026-03-09', 120);
    await measure(t, first.student.user.employee!.id, b.lessons[1], '2026-03-10', 120);
    await completeLesson(t.em(), first.student.actor, { lessonId: b.lessons[0], how: 'MANUAL' }, fixedClock('2026-03-09T03:00:00Z'));
    const done = await completeLesson(
      t.em(),
      first.student.actor,
      { lessonId: b.lessons[1], how: 'MANUAL' },
      fixedClock('2026-03-10T03:00:00Z'),
    );
    expect(done.record!.jp).toBe(5);
  });
});

describe('the JP a module states, when its form credits actual time', () => {
  const lesson = (title: string, durationMinutes: number | null, required = true) => ({
    title,
    kind: 'TEXT',
    body: `Isi ${title}`,
    durationMinutes,
    required,
  });
  const draft = async (code: string, extra: object) =>
    (await t.gql(CREATE, { input: moduleInput(code, extra) }, trainer.actor)).data!.createCourseModule.id as string;
  const publish = (id: string) => t.gql(PUBLISH, { input: { id } }, trainer.actor);

  it('publishCourseModule refuses e-learning stating more JP than its required lessons last, naming both', async () => {
    // Two required lessons of 30 minutes: 1.3 JP; an optional one and one without a duration add nothing.
    const sections = [{ title: 'A', lessons: [lesson('Satu', 30), lesson('Dua', 30), lesson('Tiga', null), lesson('Bacaan', 120, false)] }];
    const id = await draft('DUR-1', { formId: 16, jpValue: 2, sections });
    const refused = await publish(id);
    expect([errorCode(refused), fieldErrors(refused)]).toEqual(['BAD_USER_INPUT', [{ field: 'jpValue', rule: 'JP_ABOVE_DURATION' }]]);
    expect(refused.errors![0].extensions!.fields[0].message).toBe(
      'Form 16 (E-learning) credits actual time: the module states 2 JP, but its required lessons last 60 minutes, which is 1.3 JP at 45 minutes per JP',
    );
    // People read the client's wording of the rule, from its parameters.
    expect(refused.errors![0].extensions!.fields[0].params).toEqual({
      formId: 16,
      formName: 'E-learning',
      statedJp: 2,
      minutes: 60,
      durationJp: 1.3,
      minutesPerJp: 45,
    });
    expect((await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule.status).toBe('DRAFT');
    // Stating what the lessons last, or making them last what it states, publishes it.
    expect((await t.gql(UPDATE, { input: { id, jpValue: 1.3 } }, trainer.actor)).errors).toBeUndefined();
    expect((await publish(id)).data!.publishCourseModule.status).toBe('PUBLISHED');
    const longer = await draft('DUR-2', { formId: 16, jpValue: 2, sections });
    const fixed = [{ title: 'A', lessons: [lesson('Satu', 45), lesson('Dua', 45)] }];
    expect((await t.gql(UPDATE, { input: { id: longer, sections: fixed } }, trainer.actor)).errors).toBeUndefined();
    expect((await publish(longer)).data!.publishCourseModule.status).toBe('PUBLISHED');
  });

  it('holds for komunitas belajar and for a new version; curriculum forms keep their stated JP', async () => {
    const short = [{ title: 'A', lessons: [lesson('Satu', 30)] }];
    expect(fieldErrors(await publish(await draft('DUR-3', { formId: 23, jpValue: 1, sections: short })))).toEqual([
      { field: 'jpValue', rule: 'JP_ABOVE_DURATION' },
    ]);
    const curriculum = await draft('DUR-4', { formId: 3, jpValue: 8, sections: short });
    expect((await publish(curriculum)).data!.publishCourseModule).toMatchObject({ status: 'PUBLISHED', jpValue: 8 });
    // A new version moved to e-learning keeps the 8 JP of 30 minutes: it cannot be published.
    const v2 = (await t.gql(UPDATE, { input: { id: curriculum, formId: 16 } }, trainer.actor)).data!.updateCourseModule.id;
    expect(fieldErrors(await publish(v2))).toEqual([{ field: 'jpValue', rule: 'JP_ABOVE_DURATION' }]);
  });

  it('uses the minutes-per-JP setting', async () => {
    const id = await draft('DUR-5', {
      formId: 16,
      jpValue: 2,
      sections: [{ title: 'A', lessons: [lesson('Satu', 30), lesson('Dua', 30)] }],
    });
    expect(fieldErrors(await publish(id))).toEqual([{ field: 'jpValue', rule: 'JP_ABOVE_DURATION' }]);
    const set = async (value: number) =>
      expect((await t.gql(UPDATE_SETTING, { input: { key: 'jp.minutesPerJp', value } }, admin.actor)).errors).toBeUndefined();
    await set(30);
    try {
      expect((await publish(id)).data!.publishCourseModule.status).toBe('PUBLISHED'); // 60 minutes = 2 JP of 30 minutes
    } finally {
      await set(45);
    }
  });
});
