import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/modules/identity/role';
import { completeLesson } from '../../../api/src/modules/learning/complete-lesson';
import { Enrollment } from '../../../api/src/modules/learning/enrollment.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE, CREATE, ENROLL, MODULE, moduleInput, PUBLISH, publishedModule, textLesson, UPDATE } from './support';

/** What a module earns when it is completed: its stated JP, by the rule of its form, per day of learning. */

let t: TestApp;
let trainer: TestUser;
let admin: TestUser;

const UPDATE_FORM = `mutation UpdateLearningForm($input: UpdateLearningFormInput!) { updateLearningForm(input: $input) { id creditMode forModules } }`;
const FORMS = `query LearningForms { learningForms { id forModules } }`;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
});
afterAll(() => t.close());

/** A published module of two lessons; returns its id and lesson ids. */
async function twoLessonModule(code: string, extra: object = {}): Promise<{ id: string; lessons: string[] }> {
  const id = await publishedModule(t, trainer.actor, code, { sections: [{ title: 'A', lessons: [textLesson('Satu'), textLesson('Dua')] }], ...extra });
  const module = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule;
  return { id, lessons: module.sections[0].lessons.map((l: { id: string }) => l.id) };
}

/** A learner joins the module and does its lessons at the given instants; returns the credited record. */
async function takeModule(module: { id: string; lessons: string[] }, instants: string[]) {
  const student = await makeUser(t.em(), [Role.LEARNER]);
  await t.gql(ENROLL, { input: { moduleId: module.id } }, student.actor);
  let result;
  for (const [i, instant] of instants.entries()) {
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
    expect(forms.filter((f: { forModules: boolean }) => f.forModules).map((f: { id: number }) => f.id)).toEqual([1, 2, 3, 5, 6, 7, 8, 11, 12, 13, 16, 17, 19, 23]);
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
    expect(fieldErrors(await t.gql(UPDATE, { input: { id, formId: 22 } }, trainer.actor))).toEqual([{ field: 'formId', rule: 'FORM_NOT_FOR_MODULES' }]);
    expect((await t.gql(UPDATE, { input: { id, formId: 3 } }, trainer.actor)).data!.updateCourseModule.form.id).toBe(3);
  });

  it('publishCourseModule refuses a draft whose form an administrator has since changed to another rule', async () => {
    const id = (await t.gql(CREATE, { input: moduleInput('FRM-PUB', { formId: 19 }) }, trainer.actor)).data!.createCourseModule.id;
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
    for (const lessonId of module.lessons) result = await completeLesson(t.em(), student.actor, { lessonId, how: 'MANUAL' }, fixedClock('2026-03-02T03:00:00Z'));
    expect(result!.record).toMatchObject({ jp: 3, startDate: '2026-03-02', endDate: '2026-03-02' });
  });

  it('whatever rule an administrator later gives the form, a module never credits more than its stated JP', async () => {
    const module = await twoLessonModule('CRD-3', { formId: 13, jpValue: 2 });
    try {
      await setRule({ id: 13, creditMode: 'PER_DAY', creditValue: 4 });
      const perDay = await takeModule(module, ['2026-04-06T02:00:00Z', '2026-04-07T02:00:00Z']);
      expect(perDay.record.jp).toBe(2); // not 4 JP × 2 days
      expect(perDay.record.creditNote).toBe('4 JP/day × 2 day(s); at most the 2 JP stated');

      await setRule({ id: 13, creditMode: 'PER_ACTIVITY', creditValue: 20 });
      expect((await takeModule(module, ['2026-04-08T02:00:00Z', '2026-04-08T03:00:00Z'])).record.jp).toBe(2);

      await setRule({ id: 13, creditMode: 'PER_DAY', creditValue: 1 });
      expect((await takeModule(module, ['2026-04-09T02:00:00Z', '2026-04-09T03:00:00Z'])).record.jp).toBe(1); // the rule gives less
    } finally {
      await setRule({ id: 13, creditMode: 'CURRICULUM', creditValue: null });
    }
  });

  it('through the API: a 5 JP e-learning module finished today credits 3 JP', async () => {
    const module = await twoLessonModule('CRD-4', { formId: 16, jpValue: 5 });
    const student = await makeUser(t.em(), [Role.LEARNER]);
    await t.gql(ENROLL, { input: { moduleId: module.id } }, student.actor);
    await t.gql(COMPLETE, { input: { lessonId: module.lessons[0] } }, student.actor);
    const done = (await t.gql(COMPLETE, { input: { lessonId: module.lessons[1] } }, student.actor)).data!.completeLesson;
    expect(done).toMatchObject({ moduleCompleted: true, record: { jp: 3, status: 'APPROVED', form: { id: 16 } } });
  });
});
