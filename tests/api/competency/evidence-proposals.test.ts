import { randomUUID } from 'node:crypto';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { proposeTrainingEvidence } from '../../../api/src/modules/competency/evidence-proposal.service';
import { systemClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { anOpd, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp, untilLockWaitOr } from '../../support/test-app';
import { COMPLETE, ENROLL, MODULE, publishedModule, textLesson } from '../learning/support';

const PROPOSALS = `query CompetencyEvidenceProposals($employeeId: ID!) {
  competencyEvidenceProposals(employeeId: $employeeId) { id level method sourceId sourceTitle earnedOn status viewerCanDecide competency { code } }
}`;
const ACCEPT = `mutation AcceptCompetencyEvidence($id: ID!) {
  acceptCompetencyEvidence(id: $id) { id status viewerCanDecide assessment { level method assessedOn evidence assessorName } }
}`;
const DECLINE = `mutation DeclineCompetencyEvidence($id: ID!) { declineCompetencyEvidence(id: $id) { id status viewerCanDecide assessment { id } } }`;
const PROFILE = `query CompetencyProfile($employeeId: ID!) {
  competencyProfile(employeeId: $employeeId) { items { competency { code } currentLevel evidence { method level } } }
}`;
const RECORD = `mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`;

let t: TestApp;
let trainer: TestUser;
let supervisor: TestUser; // supervises DISKOMINFO
let admin: TestUser;
let committee: TestUser;
let outsider: TestUser; // a learner of DINKES
let moduleId: string;
let moduleTitle: string;
let lessons: string[];
let m01: Competency;
let m02: Competency;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER]);
  supervisor = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER]);
  admin = await makeUser(em, [Role.ADMIN]);
  committee = await makeUser(em, [Role.COMMITTEE]);
  outsider = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { opdCode: 'DINKES' }) });
  await supervise(em, supervisor, [await anOpd(em, 'DISKOMINFO')]);
  m01 = await em.findOneOrFail(Competency, { code: 'M.01' });
  m02 = await em.findOneOrFail(Competency, { code: 'M.02' });
  // A technical training stating its curriculum's JP that builds two competencies.
  moduleId = await publishedModule(t, trainer.actor, 'EVD-1', {
    title: 'Integritas dan Kerja Sama',
    formId: 3,
    sections: [{ title: 'Bagian 1', lessons: [textLesson('Pengantar'), textLesson('Materi inti')] }],
    competencies: [
      { competencyId: m01.id, level: 3 },
      { competencyId: m02.id, level: 2 },
    ],
  });
  const module = (await t.gql(MODULE, { id: moduleId }, trainer.actor)).data!.courseModule;
  moduleTitle = module.title;
  lessons = module.sections.flatMap((s: { lessons: { id: string }[] }) => s.lessons.map((l) => l.id));
});
afterAll(() => t.close());

const employeeId = (u: TestUser) => u.user.employee!.id;
/** Today where the app runs: the day a module finished now is completed on. */
const TODAY = () => systemClock(t.config.timeZone).today();

/** A new learner of DISKOMINFO. */
async function aLearner(): Promise<TestUser> {
  return makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
}

/** Takes the module to its end as `learner`. */
async function finish(learner: TestUser): Promise<void> {
  expect((await t.gql(ENROLL, { input: { moduleId } }, learner.actor)).errors).toBeUndefined();
  for (const lessonId of lessons) {
    const done = await t.gql(COMPLETE, { input: { lessonId, how: 'MANUAL' } }, learner.actor);
    expect(done.errors).toBeUndefined();
  }
}

async function proposals(learner: TestUser, viewer: TestUser = learner) {
  const result = await t.gql(PROPOSALS, { employeeId: employeeId(learner) }, viewer.actor);
  expect(result.errors).toBeUndefined();
  return result.data!.competencyEvidenceProposals as { id: string; competency: { code: string }; level: number; status: string }[];
}

async function levels(learner: TestUser): Promise<Record<string, number | null>> {
  const items = (await t.gql(PROFILE, { employeeId: employeeId(learner) }, learner.actor)).data!.competencyProfile.items;
  return Object.fromEntries(
    items.map((i: { competency: { code: string }; currentLevel: number | null }) => [i.competency.code, i.currentLevel]),
  );
}

describe('finishing a module that builds competencies', () => {
  it('proposes each level it builds as training evidence from the module, changing no level until accepted', async () => {
    const learner = await aLearner();
    expect(await proposals(learner)).toEqual([]);
    await finish(learner);
    const today = TODAY();
    const list = await t.gql(PROPOSALS, { employeeId: employeeId(learner) }, learner.actor);
    expect([...list.data!.competencyEvidenceProposals].sort((a: { level: number }, b: { level: number }) => b.level - a.level)).toEqual([
      expect.objectContaining({
        competency: { code: 'M.01' },
        level: 3,
        method: 'TRAINING',
        sourceId: moduleId,
        sourceTitle: moduleTitle,
        earnedOn: today,
        status: 'PROPOSED',
        // The learner sees it; her supervisor decides.
        viewerCanDecide: false,
      }),
      expect.objectContaining({ competency: { code: 'M.02' }, level: 2, method: 'TRAINING', sourceId: moduleId, status: 'PROPOSED' }),
    ]);
    const current = await levels(learner);
    expect([current['M.01'] ?? null, current['M.02'] ?? null]).toEqual([null, null]);
    const bySupervisor = await proposals(learner, supervisor);
    expect(bySupervisor.map((p) => (p as unknown as { viewerCanDecide: boolean }).viewerCanDecide)).toEqual([true, true]);
  });

  it('does not propose a level the employee already holds', async () => {
    const learner = await aLearner();
    const held = await t.gql(
      RECORD,
      { input: { employeeId: employeeId(learner), competencyId: m01.id, level: 4, method: 'SELF' } },
      learner.actor,
    );
    expect(held.errors).toBeUndefined();
    await finish(learner);
    expect((await proposals(learner)).map((p) => p.competency.code)).toEqual(['M.02']);
  });
});

describe('two modules building the same level', () => {
  /** A published module of one lesson that builds M.01 at `level`. */
  async function buildsM01(code: string, level: number): Promise<{ id: string; lessonId: string }> {
    const id = await publishedModule(t, trainer.actor, code, {
      title: `Integritas ${code}`,
      formId: 3,
      sections: [{ title: 'Bagian 1', lessons: [textLesson('Materi')] }],
      competencies: [{ competencyId: m01.id, level }],
    });
    const module = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule;
    return { id, lessonId: module.sections[0].lessons[0].id };
  }
  const enrol = async (learner: TestUser, moduleId: string) =>
    expect((await t.gql(ENROLL, { input: { moduleId } }, learner.actor)).errors).toBeUndefined();
  const complete = (learner: TestUser, lessonId: string) => t.gql(COMPLETE, { input: { lessonId, how: 'MANUAL' } }, learner.actor);
  const m01Proposals = async (learner: TestUser) => (await proposals(learner)).filter((p) => p.competency.code === 'M.01');

  it('propose it once while it waits, from the module finished first; another level is proposed on its own', async () => {
    const [first, second, higher] = [await buildsM01('EVD-SAMA-1', 2), await buildsM01('EVD-SAMA-2', 2), await buildsM01('EVD-SAMA-3', 4)];
    const learner = await aLearner();
    for (const m of [first, second, higher]) await enrol(learner, m.id);
    expect((await complete(learner, first.lessonId)).errors).toBeUndefined();
    expect((await complete(learner, second.lessonId)).errors).toBeUndefined();
    expect((await m01Proposals(learner)).map((p) => [p.level, (p as unknown as { sourceId: string }).sourceId])).toEqual([[2, first.id]]);
    expect((await complete(learner, higher.lessonId)).errors).toBeUndefined();
    expect((await m01Proposals(learner)).map((p) => p.level).sort()).toEqual([2, 4]);
  });

  it('propose it once when both are finished at the same moment, and both completions succeed', async () => {
    const [first, second] = [await buildsM01('EVD-SERENTAK-1', 3), await buildsM01('EVD-SERENTAK-2', 3)];
    const learners = await Promise.all(Array.from({ length: 4 }, () => aLearner()));
    for (const learner of learners) for (const m of [first, second]) await enrol(learner, m.id);
    const results = await Promise.all(
      learners.flatMap((learner) => [complete(learner, first.lessonId), complete(learner, second.lessonId)]),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(results.every((r) => r.data!.completeLesson.moduleCompleted)).toBe(true);
    for (const learner of learners) {
      const waiting = await m01Proposals(learner);
      expect(waiting.map((p) => p.level)).toEqual([3]);
      expect([first.id, second.id]).toContain((waiting[0] as unknown as { sourceId: string }).sourceId);
    }
  });

  it('propose it once even when nothing else holds the two apart: the second insert waits for the first and is skipped', async () => {
    // Completions of one employee also queue on the ledger's lock; this holds without it.
    const learner = await aLearner();
    const completed = (sourceId: string) => ({
      employeeId: employeeId(learner),
      sourceId,
      sourceTitle: `Modul ${sourceId.slice(0, 4)}`,
      completedOn: TODAY(),
      competencies: [{ competencyId: m01.id, level: 3 }],
    });
    const clock = systemClock(t.config.timeZone);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const first = t.em().transactional(async (tx) => {
      const made = await proposeTrainingEvidence(tx, completed(randomUUID()), clock);
      inserted();
      await gate;
      return made;
    });
    await firstInserted;
    // The second has read before the first commits, so it cannot see the first proposal.
    const second = t.em().transactional((tx) => proposeTrainingEvidence(tx, completed(randomUUID()), clock));
    let secondDone = false;
    const settle = () => (secondDone = true);
    second.then(settle, settle);
    // Without the index the second would insert at once, and finish before anything waits.
    await Promise.race([second, untilLockWaitOr(t, () => secondDone)]);
    release();
    expect((await first).length).toBe(1);
    expect(await second).toEqual([]);
    expect((await m01Proposals(learner)).map((p) => p.level)).toEqual([3]);
  });

  it('propose it again from the second module once the first proposal was declined', async () => {
    const [first, second] = [await buildsM01('EVD-LAGI-1', 2), await buildsM01('EVD-LAGI-2', 2)];
    const learner = await aLearner();
    for (const m of [first, second]) await enrol(learner, m.id);
    expect((await complete(learner, first.lessonId)).errors).toBeUndefined();
    const [proposal] = await m01Proposals(learner);
    expect((await t.gql(DECLINE, { id: proposal.id }, supervisor.actor)).errors).toBeUndefined();
    expect((await complete(learner, second.lessonId)).errors).toBeUndefined();
    expect((await m01Proposals(learner)).map((p) => (p as unknown as { sourceId: string }).sourceId)).toEqual([second.id]);
  });
});

describe('competencyEvidenceProposals', () => {
  it('refuses a visitor who is not logged in', async () => {
    const learner = await aLearner();
    expect(errorCode(await t.gql(PROPOSALS, { employeeId: employeeId(learner) }))).toBe('UNAUTHENTICATED');
  });

  it('refuses someone who may not read the employee', async () => {
    const learner = await aLearner();
    expect(errorCode(await t.gql(PROPOSALS, { employeeId: employeeId(learner) }, outsider.actor))).toBe('FORBIDDEN');
  });

  it('refuses an id that is not one', async () => {
    expect(errorCode(await t.gql(PROPOSALS, { employeeId: 'nope' }, admin.actor))).toBe('BAD_USER_INPUT');
  });

  it('shows the committee what waits, without letting them decide', async () => {
    const learner = await aLearner();
    await finish(learner);
    const seen = await t.gql(PROPOSALS, { employeeId: employeeId(learner) }, committee.actor);
    expect(seen.data!.competencyEvidenceProposals.map((p: { viewerCanDecide: boolean }) => p.viewerCanDecide)).toEqual([false, false]);
  });
});

describe('acceptCompetencyEvidence and declineCompetencyEvidence', () => {
  it('refuse a visitor who is not logged in', async () => {
    const learner = await aLearner();
    await finish(learner);
    const [p] = await proposals(learner);
    expect(errorCode(await t.gql(ACCEPT, { id: p.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(DECLINE, { id: p.id }))).toBe('UNAUTHENTICATED');
  });

  it('refuse the employee themselves, the committee, a trainer and someone of another OPD', async () => {
    const learner = await aLearner();
    await finish(learner);
    const [p] = await proposals(learner);
    for (const who of [learner, committee, trainer, outsider]) {
      expect(errorCode(await t.gql(ACCEPT, { id: p.id }, who.actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(DECLINE, { id: p.id }, who.actor))).toBe('FORBIDDEN');
    }
    expect((await proposals(learner)).every((x) => x.status === 'PROPOSED')).toBe(true);
  });

  it('refuse an id that is not one, and one of no proposal', async () => {
    expect(errorCode(await t.gql(ACCEPT, { id: 'nope' }, admin.actor))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(DECLINE, { id: 'nope' }, admin.actor))).toBe('BAD_USER_INPUT');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.gql(ACCEPT, { id: unknown }, admin.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(DECLINE, { id: unknown }, admin.actor))).toBe('NOT_FOUND');
  });

  it('accepting records the training evidence, dated when earned, and the level counts; it cannot be decided twice', async () => {
    const learner = await aLearner();
    await finish(learner);
    const m01Proposal = (await proposals(learner)).find((p) => p.competency.code === 'M.01')!;
    const accepted = await t.gql(ACCEPT, { id: m01Proposal.id }, supervisor.actor);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptCompetencyEvidence).toEqual({
      id: m01Proposal.id,
      status: 'ACCEPTED',
      viewerCanDecide: false,
      assessment: { level: 3, method: 'TRAINING', assessedOn: TODAY(), evidence: moduleTitle, assessorName: expect.any(String) },
    });
    expect((await levels(learner))['M.01']).toBe(3);
    expect((await proposals(learner)).map((p) => p.competency.code)).toEqual(['M.02']);
    expect(errorCode(await t.gql(ACCEPT, { id: m01Proposal.id }, supervisor.actor))).toBe('CONFLICT');
    expect(errorCode(await t.gql(DECLINE, { id: m01Proposal.id }, admin.actor))).toBe('CONFLICT');
  });

  it('an administrator accepts or declines too: declining records nothing', async () => {
    const learner = await aLearner();
    await finish(learner);
    const byCode = new Map((await proposals(learner, supervisor)).map((p) => [p.competency.code, p]));
    expect((await t.gql(ACCEPT, { id: byCode.get('M.01')!.id }, admin.actor)).data!.acceptCompetencyEvidence.status).toBe('ACCEPTED');
    const declined = await t.gql(DECLINE, { id: byCode.get('M.02')!.id }, admin.actor);
    expect(declined.data!.declineCompetencyEvidence).toEqual({
      id: byCode.get('M.02')!.id,
      status: 'DECLINED',
      viewerCanDecide: false,
      assessment: null,
    });
    const current = await levels(learner);
    expect([current['M.01'], current['M.02'] ?? null]).toEqual([3, null]);
    expect(await proposals(learner)).toEqual([]);
  });

  it('accepted training evidence outranks a supervisor’s and a self-assessment, but not a trainer’s evaluation', async () => {
    const learner = await aLearner();
    const record = (competencyId: string, level: number, method: string, actor = learner.actor) =>
      t.gql(RECORD, { input: { employeeId: employeeId(learner), competencyId, level, method } }, actor);
    expect((await record(m01.id, 2, 'SUPERVISOR', supervisor.actor)).errors).toBeUndefined();
    expect((await record(m02.id, 1, 'TRAINER', admin.actor)).errors).toBeUndefined();
    await finish(learner);
    for (const p of await proposals(learner)) expect((await t.gql(ACCEPT, { id: p.id }, supervisor.actor)).errors).toBeUndefined();
    const current = await levels(learner);
    expect([current['M.01'], current['M.02']]).toEqual([3, 1]);
  });
});
