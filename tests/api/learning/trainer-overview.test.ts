import { Role } from '../../../api/src/common/role';
import { Enrollment } from '../../../api/src/modules/learning/enrollment.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE, ENROLL, publishedModule } from './support';

const OVERVIEW = `query TrainerOverview {
  trainerOverview { stuckAfterDays modules { module { code } enrolled inProgress completed stuck averageProgress } stuckLearners { employee { name } module { code } progress } }
}`;

let t: TestApp;
let trainer: TestUser;
let moduleId: string;
let lessonIds: string[];

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  moduleId = await publishedModule(t, trainer.actor, 'TRN-OVR-1');
  await publishedModule(t, trainer.actor, 'TRN-OVR-2');
  const other = await makeUser(t.em(), [Role.TRAINER]);
  await publishedModule(t, other.actor, 'BUKAN-MILIK');
  const module = await t.gql(
    `query M($id: ID!) { courseModule(id: $id) { sections { lessons { id } } } }`,
    { id: moduleId },
    trainer.actor,
  );
  lessonIds = module.data!.courseModule.sections.flatMap((s: { lessons: { id: string }[] }) => s.lessons.map((l) => l.id));
});
afterAll(() => t.close());

async function learner(name: string): Promise<TestUser> {
  const user = await makeUser(t.em(), [Role.LEARNER]);
  await t.em().nativeUpdate('Employee', { id: user.user.employee!.id }, { name });
  const enrolled = await t.gql(ENROLL, { input: { moduleId } }, user.actor);
  if (enrolled.errors) throw new Error(JSON.stringify(enrolled.errors));
  return user;
}

describe("a trainer's modules and learners", () => {
  it('is refused when logged out and to learners', async () => {
    expect(errorCode(await t.gql(OVERVIEW))).toBe('UNAUTHENTICATED');
    const someone = await makeUser(t.em(), [Role.LEARNER], { withEmployee: false });
    expect(errorCode(await t.gql(OVERVIEW, {}, someone.actor))).toBe('FORBIDDEN');
  });

  it('counts who enrolled, progresses, finished and is stuck in each of their own modules, and names the stuck learners', async () => {
    const finisher = await learner('Fajar Selesai');
    for (const lessonId of lessonIds) {
      const done = await t.gql(COMPLETE, { input: { lessonId } }, finisher.actor);
      if (done.errors) throw new Error(JSON.stringify(done.errors));
    }
    const halfway = await learner('Gita Setengah');
    await t.gql(COMPLETE, { input: { lessonId: lessonIds[0] } }, halfway.actor);
    const stuck = await learner('Hadi Macet');
    await t.gql(COMPLETE, { input: { lessonId: lessonIds[0] } }, stuck.actor);
    const longAgo = new Date(Date.now() - 20 * 86_400_000);
    await t.em().nativeUpdate(Enrollment, { employee: stuck.user.employee!.id }, { lastActivityAt: longAgo, createdAt: longAgo });

    const result = await t.gql(OVERVIEW, {}, trainer.actor);
    expect(result.errors).toBeUndefined();
    const overview = result.data!.trainerOverview;
    expect(overview.stuckAfterDays).toBe(14);
    expect(overview.modules).toEqual([
      { module: { code: 'TRN-OVR-1' }, enrolled: 3, inProgress: 1, completed: 1, stuck: 1, averageProgress: 66 },
      { module: { code: 'TRN-OVR-2' }, enrolled: 0, inProgress: 0, completed: 0, stuck: 0, averageProgress: 0 },
    ]);
    expect(overview.stuckLearners).toEqual([{ employee: { name: 'Hadi Macet' }, module: { code: 'TRN-OVR-1' }, progress: 50 }]);
  });

  it('runs a fixed number of statements however many learners there are', async () => {
    const before = await t.countQueries(() => t.gql(OVERVIEW, {}, trainer.actor));
    await learner('Indra Baru');
    await learner('Joko Baru');
    const after = await t.countQueries(() => t.gql(OVERVIEW, {}, trainer.actor));
    expect(after).toBe(before);
  });
});
