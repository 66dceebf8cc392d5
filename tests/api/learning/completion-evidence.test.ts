import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { CompetencyEvidenceProposal } from '../../../api/src/modules/competency/evidence-proposal.entity';
import { EvidenceProposalService } from '../../../api/src/modules/competency/evidence-proposal.service';
import { systemClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { ENROLL, MODULE, publishedModule, textLesson } from './support';

/** Completing a lesson, with what the completion proposed as competency evidence. */
const COMPLETE = `mutation CompleteLesson($input: CompleteLessonInput!) {
  completeLesson(input: $input) { moduleCompleted evidenceProposed { level method status sourceId competency { code name } } }
}`;
const RECORD = `mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`;

let t: TestApp;
let trainer: TestUser;
let committee: TestUser;
let buildsTwo: string; // a module that builds M.01 level 3 and M.02 level 2
let buildsNone: string;
let buildsM02: string; // a module that builds M.02 level 2 only
let m01: Competency;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER]);
  committee = await makeUser(em, [Role.COMMITTEE], { withEmployee: false });
  m01 = await em.findOneOrFail(Competency, { code: 'M.01' });
  const m02 = await em.findOneOrFail(Competency, { code: 'M.02' });
  const sections = [{ title: 'Bagian 1', lessons: [textLesson('Pengantar'), textLesson('Materi inti')] }];
  buildsTwo = await publishedModule(t, trainer.actor, 'CEV-1', {
    formId: 3,
    sections,
    competencies: [
      { competencyId: m01.id, level: 3 },
      { competencyId: m02.id, level: 2 },
    ],
  });
  buildsNone = await publishedModule(t, trainer.actor, 'CEV-2', { formId: 3, sections });
  buildsM02 = await publishedModule(t, trainer.actor, 'CEV-3', { formId: 3, sections, competencies: [{ competencyId: m02.id, level: 2 }] });
});
afterAll(() => t.close());

async function aLearner(): Promise<TestUser> {
  return makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
}

async function lessonsOf(moduleId: string): Promise<string[]> {
  const module = (await t.gql(MODULE, { id: moduleId }, trainer.actor)).data!.courseModule;
  return module.sections.flatMap((s: { lessons: { id: string }[] }) => s.lessons.map((l) => l.id));
}

/** Enrols `learner` and does every lesson; returns each completion's answer. */
async function finish(learner: TestUser, moduleId: string) {
  expect((await t.gql(ENROLL, { input: { moduleId } }, learner.actor)).errors).toBeUndefined();
  const answers = [];
  for (const lessonId of await lessonsOf(moduleId)) {
    const done = await t.gql(COMPLETE, { input: { lessonId, how: 'MANUAL' } }, learner.actor);
    expect(done.errors).toBeUndefined();
    answers.push(done.data!.completeLesson as { moduleCompleted: boolean; evidenceProposed: { competency: { code: string } }[] });
  }
  return answers;
}

describe('completeLesson: the competency evidence a finished module proposed', () => {
  it('refuses a visitor who is not logged in', async () => {
    const [lessonId] = await lessonsOf(buildsTwo);
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId, how: 'MANUAL' } }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a user without an employee record, who takes no modules', async () => {
    const [lessonId] = await lessonsOf(buildsTwo);
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId, how: 'MANUAL' } }, committee.actor))).toBe('FORBIDDEN');
  });

  it('refuses a lesson id that is not one', async () => {
    const learner = await aLearner();
    const bad = await t.gql(COMPLETE, { input: { lessonId: 'nope', how: 'MANUAL' } }, learner.actor);
    expect([errorCode(bad), fieldErrors(bad).map((f) => f.field)]).toEqual(['BAD_USER_INPUT', ['lessonId']]);
  });

  it('names each level the module proposed, waiting for a decision, only on the completion that finished it', async () => {
    const learner = await aLearner();
    const [first, last] = await finish(learner, buildsTwo);
    expect(first).toEqual({ moduleCompleted: false, evidenceProposed: [] });
    expect(last.moduleCompleted).toBe(true);
    expect(last.evidenceProposed).toEqual([
      { level: 3, method: 'TRAINING', status: 'PROPOSED', sourceId: buildsTwo, competency: { code: 'M.01', name: m01.name } },
      { level: 2, method: 'TRAINING', status: 'PROPOSED', sourceId: buildsTwo, competency: expect.objectContaining({ code: 'M.02' }) },
    ]);
  });

  it('names nothing for a level the learner already holds, nor for a module that builds no competency', async () => {
    const learner = await aLearner();
    const held = await t.gql(
      RECORD,
      { input: { employeeId: learner.user.employee!.id, competencyId: m01.id, level: 4, method: 'SELF' } },
      learner.actor,
    );
    expect(held.errors).toBeUndefined();
    const [, last] = await finish(learner, buildsTwo);
    expect(last.evidenceProposed.map((p) => p.competency.code)).toEqual(['M.02']);
    const [, none] = await finish(learner, buildsNone);
    expect(none).toEqual({ moduleCompleted: true, evidenceProposed: [] });
  });

  it('names nothing for a level another module proposed that still waits for a decision', async () => {
    const learner = await aLearner();
    const [, earlier] = await finish(learner, buildsM02);
    expect(earlier.evidenceProposed.map((p) => p.competency.code)).toEqual(['M.02']);
    const [, last] = await finish(learner, buildsTwo);
    expect(last.evidenceProposed.map((p) => p.competency.code)).toEqual(['M.01']);
  });

  it('tells only the learner whose completion made them which proposals were made', async () => {
    const learner = await aLearner();
    await finish(learner, buildsTwo);
    const made = await t.em().find(CompetencyEvidenceProposal, { employee: learner.user.employee!.id });
    const ids = made.map((p) => p.id);
    const service = new EvidenceProposalService(t.em(), systemClock(t.config.timeZone));
    expect((await service.made(learner.actor, ids)).map((p) => p.level)).toEqual([3, 2]);
    expect(await service.made((await aLearner()).actor, ids)).toEqual([]);
    expect(await service.made(trainer.actor, ids)).toEqual([]);
  });
});
