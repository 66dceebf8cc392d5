import { Competency } from '../../api/src/modules/competency/competency.entity';
import { Role } from '../../api/src/common/role';
import { makeEmployee, makeUser, type TestUser } from '../support/factories';
import { setupTestApp, type TestApp } from '../support/test-app';
import { ENROLL, publishedModule, textLesson } from './learning/support';

/**
 * DESIGN.md rule 6: the SQL statements a request runs must not grow with the rows it returns.
 * Each list is read with a small and a large page and must cost the same number of queries.
 */
let t: TestApp;
let admin: TestUser;
let trainer: TestUser;
let learner: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN]);
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
  for (let i = 0; i < 12; i++) await makeEmployee(t.em());
  const m01 = await t.em().findOneOrFail(Competency, { code: 'M.01' });
  for (let i = 0; i < 8; i++) {
    const id = await publishedModule(t, trainer.actor, `QC-${i}`, {
      competencies: [{ competencyId: m01.id, level: 2 }],
      sections: [{ title: 'A', lessons: [textLesson('Satu'), textLesson('Dua')] }],
    });
    await t.gql(ENROLL, { input: { moduleId: id } }, learner.actor);
  }
});
afterAll(() => t.close());

async function sameCost(query: string, small: Record<string, unknown>, large: Record<string, unknown>, actor: TestUser) {
  const run = (variables: Record<string, unknown>) =>
    t.countQueries(async () => {
      const result = await t.gql(query, variables, actor.actor);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    });
  const [a, b] = [await run(small), await run(large)];
  expect(a).toBeGreaterThan(0);
  expect({ small: a, large: b }).toEqual({ small: a, large: a });
  return a;
}

describe('list queries cost the same at any page size', () => {
  it('employees with OPD and position', async () => {
    const q = `query($page: PageInput) { employees(page: $page) { total items { name opd { name } position { name standard { requiredLevel competency { name } } } viewerCan { update } account { username } } } }`;
    await sameCost(q, { page: { limit: 2 } }, { page: { limit: 12 } }, admin);
  });

  it('the module catalog with forms, competencies, authors, lesson counts and enrolment', async () => {
    const q = `query($page: PageInput) { courseModules(page: $page) { items { title form { name } authors { name } competencies { level competency { code } }
      lessonCount totalMinutes viewerCan { edit enroll } myEnrollment { progressPercent nextLessonId } } } }`;
    await sameCost(q, { page: { limit: 2 } }, { page: { limit: 8 } }, learner);
  });

  it('the competency dictionary with levels', async () => {
    const q = `query($page: PageInput) { competencies(page: $page) { items { code levels { level indicators } } } }`;
    await sameCost(q, { page: { limit: 3 } }, { page: { limit: 40 } }, learner);
  });

  it('the learner dashboard', async () => {
    const q = `query { myLearning { enrollments { progressPercent doneLessonIds nextLessonId module { title form { name } } } jp { approvedJp entries { form { name } } } } }`;
    const cost = await t.countQueries(() => t.gql(q, {}, learner.actor));
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(12);
  });
});
