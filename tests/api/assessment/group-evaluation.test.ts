import { DEFAULT_EVALUATION_STATEMENTS } from '@komunitas-pintar/domain';
import { Migration20261205234120_GroupEvaluations as GroupEvaluations } from '../../../api/src/db/migrations/Migration20261205234120_GroupEvaluations';
import { Migration20261206120000_NeutralEvaluationWording as NeutralWording } from '../../../api/src/db/migrations/Migration20261206120000_NeutralEvaluationWording';
import { CompletedGroup, EvaluationResponse, EvaluationSubmission } from '../../../api/src/modules/assessment/evaluation.entity';
import { Role } from '../../../api/src/modules/identity/role';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { ADD_MEMBER, groupIn } from '../community/support';
import { publishedModule } from '../learning/support';
import { join, ok, prePostTests, takeQuiz } from './support';

const VIEW = `query GroupEvaluation($groupId: ID!) { groupEvaluation(groupId: $groupId) {
  groupId title evaluated viewerCan { evaluate readResults } items { id text } commentMax } }`;
const SUBMIT = `mutation SubmitGroupEvaluation($input: SubmitGroupEvaluationInput!) { submitGroupEvaluation(input: $input) {
  groupId evaluated viewerCan { evaluate readResults } items { id } } }`;
const RESULTS = `query GroupEvaluationResults($groupId: ID!) { groupEvaluationResults(groupId: $groupId) {
  groupId title participants responses minResponses released items { itemId text answers mean distribution } comments
  learningGain { moduleId title summary { learners meanPre meanPost meanAbsoluteGain classGain meanNormalisedGain } } } }`;
const SKIP = `mutation SkipGroupEvaluation($input: GroupEvaluationInput!) { skipGroupEvaluation(input: $input) {
  groupId evaluated viewerCan { evaluate readResults } items { id } } }`;
const PROPOSE_RESULT = `mutation ProposeMemberResult($input: MemberResultInput!) { proposeMemberResult(input: $input) { result } }`;
const COMPLETE = `mutation CompleteCommunityGroup($input: GroupIdInput!) { completeCommunityGroup(input: $input) { id status } }`;
const MY_EVALUATIONS = `query MyEvaluations { myEvaluations { due { moduleId } dueGroups { groupId title completedAt } } }`;
const EVALUATED_MODULES = `query EvaluatedModules { evaluatedModules { moduleId responses } }`;

const ZERO = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let admin: TestUser;
let trainer: TestUser;
let monitor: TestUser;
let supervisor: TestUser;
let outsider: TestUser;
/** Members of the group: the last one's result is NOT_COMPLETED. */
let members: TestUser[];
let tested: Awaited<ReturnType<typeof prePostTests>>;
let untestedModuleId: string;
let groupId: string;
let itemIds: string[];

const people = () => ({ trainer: trainer.actor, monitorEmployeeId: monitor.user.employee!.id, admin: admin.actor });
const answersFor = (value: number) => itemIds.map((itemId) => ({ itemId, value }));

/** A running group with the given members and material; returns its id. */
async function runningGroup(withMembers: TestUser[], materialModuleIds: string[] = []): Promise<string> {
  const id = await groupIn(t, 'RUNNING', people(), { capacity: 10, materialModuleIds });
  for (const m of withMembers) await ok(t, ADD_MEMBER, { input: { groupId: id, employeeId: m.actor.employeeId } }, trainer.actor);
  return id;
}

/** The trainer proposes results (the last member not completed), the monitor completes the group. */
async function complete(id: string, withMembers: TestUser[]): Promise<void> {
  for (const [i, m] of withMembers.entries()) {
    const result = i === withMembers.length - 1 ? 'NOT_COMPLETED' : 'COMPLETED';
    await ok(t, PROPOSE_RESULT, { input: { groupId: id, employeeId: m.actor.employeeId, result } }, trainer.actor);
  }
  await ok(t, COMPLETE, { input: { groupId: id } }, monitor.actor);
}

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  admin = await makeUser(em, [Role.ADMIN], { withEmployee: false });
  trainer = await makeUser(em, [Role.TRAINER]);
  monitor = await makeUser(em, [Role.LEARNER]);
  supervisor = await makeUser(em, [Role.SUPERVISOR]);
  outsider = await makeUser(em, [Role.TRAINER]);
  members = [];
  for (let i = 0; i < 5; i++)
    members.push(await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { name: `Anggota ${i + 1}` }) }));
  tested = await prePostTests(t, trainer.actor, 'KLP-GAIN');
  untestedModuleId = await publishedModule(t, trainer.actor, 'KLP-BACA');
  groupId = await runningGroup(members, [tested.moduleId, untestedModuleId]);
});
afterAll(() => t.close());

describe('before the group completes', () => {
  it('there is nothing to evaluate or read: no part for anyone, a CONFLICT to submit, no results', async () => {
    for (const who of [members[0], trainer, monitor, admin]) expect((await ok(t, VIEW, { groupId }, who.actor)).groupEvaluation).toBeNull();
    const early = await t.gql(SUBMIT, { input: { groupId, answers: [{ itemId: 'relevan', value: 4 }] } }, members[0].actor);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions!.reason).toBe('NOT_COMPLETED');
    const earlySkip = await t.gql(SKIP, { input: { groupId } }, members[0].actor);
    expect(earlySkip.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_COMPLETED' });
    expect(errorCode(await t.gql(RESULTS, { groupId }, trainer.actor))).toBe('NOT_FOUND');
    expect((await ok(t, MY_EVALUATIONS, {}, members[0].actor)).myEvaluations.dueGroups).toEqual([]);
  });
});

describe('a completed group', () => {
  beforeAll(async () => {
    // Pre-test and post-test in the group's material: two members take both, one only the pre-test, and an outsider both.
    for (const who of [members[0], members[1], members[2], outsider]) await join(t, who.actor, tested.moduleId);
    await takeQuiz(t, members[0].actor, tested.preLessonId, [true, false, false]); // 33.33
    await takeQuiz(t, members[0].actor, tested.postLessonId, [true, true, true]); // 100
    await takeQuiz(t, members[1].actor, tested.preLessonId, [false, false, false]); // 0
    await takeQuiz(t, members[1].actor, tested.postLessonId, [true, true, false]); // 66.67
    await takeQuiz(t, members[2].actor, tested.preLessonId, [true, true, false]);
    await takeQuiz(t, outsider.actor, tested.preLessonId, [false, false, false]);
    await takeQuiz(t, outsider.actor, tested.postLessonId, [false, false, false]);
    await complete(groupId, members);
  });

  it('is kept for its evaluation as community completed it: every active member a participant, its material', async () => {
    const kept = await t.em().findOneOrFail(CompletedGroup, groupId);
    expect(kept.name).toBe('Kelompok Analisis Data');
    expect(kept.groupTrainer.id).toBe(trainer.actor.employeeId);
    expect(kept.groupMonitor.id).toBe(monitor.actor.employeeId);
    expect([...kept.participantIds].sort()).toEqual(members.map((m) => m.actor.employeeId).sort());
    expect([...kept.materialModuleIds].sort()).toEqual([tested.moduleId, untestedModuleId].sort());
  });

  it('tells each viewer what they may do: participants evaluate, its trainer, monitor and administrators read', async () => {
    const participant = (await ok(t, VIEW, { groupId }, members[0].actor)).groupEvaluation;
    itemIds = participant.items.map((i: { id: string }) => i.id);
    expect(participant).toMatchObject({
      groupId,
      title: 'Kelompok Analisis Data',
      evaluated: false,
      viewerCan: { evaluate: true, readResults: false },
      commentMax: 2000,
    });
    expect(itemIds).toEqual(['relevan', 'tujuan', 'pelatih-menguasai', 'pelatih-jelas', 'waktu', 'rekomendasi']);
    // The shared form's statements fit a group as well as a module: none speaks of a module.
    expect(participant.items).toEqual(DEFAULT_EVALUATION_STATEMENTS);
    for (const item of participant.items) expect(item.text).not.toMatch(/modul/i);
    // The member whose result was NOT_COMPLETED took part too.
    expect((await ok(t, VIEW, { groupId }, members[4].actor)).groupEvaluation.viewerCan).toEqual({ evaluate: true, readResults: false });
    for (const who of [trainer, monitor, admin]) {
      const view = (await ok(t, VIEW, { groupId }, who.actor)).groupEvaluation;
      expect(view).toMatchObject({ evaluated: false, viewerCan: { evaluate: false, readResults: true }, items: [] });
    }
    for (const who of [outsider, supervisor]) expect((await ok(t, VIEW, { groupId }, who.actor)).groupEvaluation).toBeNull();
    // Each participant finds it among the evaluations due on her home page; nobody else does.
    for (const who of [members[0], members[4]])
      expect((await ok(t, MY_EVALUATIONS, {}, who.actor)).myEvaluations.dueGroups).toEqual([
        { groupId, title: 'Kelompok Analisis Data', completedAt: expect.any(String) },
      ]);
    for (const who of [trainer, monitor, outsider, supervisor])
      expect((await ok(t, MY_EVALUATIONS, {}, who.actor)).myEvaluations.dueGroups).toEqual([]);
    for (const who of [admin, members[0]]) expect(errorCode(await t.gql(VIEW, { groupId: ZERO }, who.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(VIEW, { groupId }, null))).toBe('UNAUTHENTICATED');
    expect(fieldErrors(await t.gql(VIEW, { groupId: 'bukan-id' }, members[0].actor))).toEqual([{ field: 'groupId', rule: 'isUuid' }]);
  });

  it('refuses logged-out visitors, accounts without an employee, those who did not take part, and bad answers', async () => {
    const input = { groupId, answers: answersFor(4) };
    expect(errorCode(await t.gql(SUBMIT, { input }, null))).toBe('UNAUTHENTICATED');
    for (const who of [admin, trainer, monitor, outsider, supervisor])
      expect(errorCode(await t.gql(SUBMIT, { input }, who.actor))).toBe('FORBIDDEN');
    const learner = members[0].actor;
    const submit = (answers: object[], comment?: string) => t.gql(SUBMIT, { input: { groupId, answers, comment } }, learner);
    expect(fieldErrors(await submit([{ itemId: itemIds[0], value: 6 }]))).toEqual([{ field: 'answers.0.value', rule: 'max' }]);
    expect(fieldErrors(await submit([{ itemId: itemIds[0], value: 0 }]))).toEqual([{ field: 'answers.0.value', rule: 'min' }]);
    expect(fieldErrors(await submit([{ itemId: 'tidak-ada', value: 3 }]))).toEqual([{ field: 'answers.0.itemId', rule: 'UNKNOWN' }]);
    expect(fieldErrors(await submit([...answersFor(3), { itemId: itemIds[0], value: 5 }]))).toEqual([
      { field: `answers.${itemIds.length}.itemId`, rule: 'DUPLICATE' },
    ]);
    expect(fieldErrors(await submit([], '   '))).toEqual([{ field: 'answers', rule: 'REQUIRED' }]);
    expect(fieldErrors(await submit([], 'x'.repeat(2001)))).toEqual([{ field: 'comment', rule: 'maxLength' }]);
    expect(errorCode(await t.gql(SUBMIT, { input: { groupId: 'bukan-id', answers: [] } }, learner))).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(SUBMIT, { input: { groupId: ZERO, answers: answersFor(3) } }, learner);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(await t.em().count(EvaluationSubmission, { group: groupId })).toBe(0);
  });

  it('keeps one evaluation per participant: a second one is a CONFLICT, also when two arrive at once', async () => {
    const sent = await ok(
      t,
      SUBMIT,
      { input: { groupId, answers: answersFor(5), comment: 'Pelatih sabar menjelaskan' } },
      members[0].actor,
    );
    expect(sent.submitGroupEvaluation).toEqual({ groupId, evaluated: true, viewerCan: { evaluate: false, readResults: false }, items: [] });
    const again = await t.gql(SUBMIT, { input: { groupId, answers: answersFor(1) } }, members[0].actor);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EVALUATED' });
    expect((await ok(t, VIEW, { groupId }, members[0].actor)).groupEvaluation).toMatchObject({
      evaluated: true,
      viewerCan: { evaluate: false },
    });
    const both = await Promise.all(
      [0, 1].map(() =>
        t.gql(SUBMIT, { input: { groupId, answers: answersFor(4), comment: 'Contohnya dari OPD sendiri' } }, members[1].actor),
      ),
    );
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await t.em().count(EvaluationResponse, { group: groupId })).toBe(2);
    expect(await t.em().count(EvaluationSubmission, { group: groupId })).toBe(2);
  });

  it('lets a participant decline: not asked again, not shown as evaluated, no response kept, and refused as an answer is', async () => {
    const input = { groupId };
    expect(errorCode(await t.gql(SKIP, { input }, null))).toBe('UNAUTHENTICATED');
    for (const who of [admin, trainer, monitor, outsider, supervisor])
      expect(errorCode(await t.gql(SKIP, { input }, who.actor))).toBe('FORBIDDEN');
    const decliner = members[2].actor;
    expect(fieldErrors(await t.gql(SKIP, { input: { groupId: 'bukan-id' } }, decliner))).toEqual([{ field: 'groupId', rule: 'isUuid' }]);
    expect(errorCode(await t.gql(SKIP, { input: { groupId: ZERO } }, decliner))).toBe('NOT_FOUND');
    expect((await ok(t, SKIP, { input }, decliner)).skipGroupEvaluation).toEqual({
      groupId,
      evaluated: false,
      viewerCan: { evaluate: false, readResults: false },
      items: [],
    });
    expect((await ok(t, MY_EVALUATIONS, {}, decliner)).myEvaluations.dueGroups).toEqual([]);
    const late = await t.gql(SUBMIT, { input: { groupId, answers: answersFor(2) } }, decliner);
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EVALUATED' });
    const again = await t.gql(SKIP, { input }, decliner);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EVALUATED' });
    expect(await t.em().count(EvaluationResponse, { group: groupId })).toBe(2);
  });

  it('results refuse logged-out visitors, participants, unrelated trainers and supervisors, and unknown groups', async () => {
    expect(errorCode(await t.gql(RESULTS, { groupId }, null))).toBe('UNAUTHENTICATED');
    for (const who of [members[0], members[3], outsider, supervisor])
      expect(errorCode(await t.gql(RESULTS, { groupId }, who.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(RESULTS, { groupId: 'bukan-id' }, trainer.actor))).toEqual([{ field: 'groupId', rule: 'isUuid' }]);
    expect(errorCode(await t.gql(RESULTS, { groupId: ZERO }, admin.actor))).toBe('NOT_FOUND');
  });

  it('with fewer than 3 responses show the count only; the learning gain counts the participants who took both tests', async () => {
    const results = (await ok(t, RESULTS, { groupId }, trainer.actor)).groupEvaluationResults;
    expect(results).toEqual({
      groupId,
      title: 'Kelompok Analisis Data',
      participants: 5,
      responses: 2,
      minResponses: 3,
      released: false,
      items: [],
      comments: [],
      learningGain: [
        {
          moduleId: tested.moduleId,
          title: 'Modul KLP-GAIN',
          // Members 1 and 2 (33.33 → 100, 0 → 66.67); member 3 took only the pre-test, the outsider is no participant.
          summary: { learners: 2, meanPre: 16.67, meanPost: 83.34, meanAbsoluteGain: 66.67, classGain: 0.8, meanNormalisedGain: 0.834 },
        },
      ],
    });
  });

  it('from 3 responses show each item’s mean and distribution and the comments without names, to the trainer, monitor and administrators', async () => {
    await ok(
      t,
      SUBMIT,
      { input: { groupId, answers: [{ itemId: itemIds[0], value: 3 }], comment: 'Aula terlalu panas' } },
      members[4].actor,
    );
    const seen = [];
    for (const who of [trainer, monitor, admin]) seen.push((await ok(t, RESULTS, { groupId }, who.actor)).groupEvaluationResults);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    const results = seen[0];
    expect(results).toMatchObject({ responses: 3, released: true });
    expect(results.items[0]).toEqual({ itemId: itemIds[0], text: expect.any(String), answers: 3, mean: 4, distribution: [0, 0, 1, 1, 1] });
    // Answered by two only: the count, no mean.
    expect(results.items[1]).toEqual({ itemId: itemIds[1], text: expect.any(String), answers: 2, mean: null, distribution: null });
    expect(results.comments).toEqual(['Aula terlalu panas', 'Contohnya dari OPD sendiri', 'Pelatih sabar menjelaskan']);
    expect(JSON.stringify(results)).not.toMatch(/Anggota|employee/i);
  });

  it('keeps the answers apart from who gave them, and apart from the modules’ evaluations', async () => {
    const rows = await t.em().getConnection().execute(`select * from evaluation_response where group_id = ?`, [groupId]);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['answers', 'comment', 'group_id', 'id', 'module_key']);
      expect(row.module_key).toBeNull();
    }
    expect((await ok(t, EVALUATED_MODULES, {}, admin.actor)).evaluatedModules).toEqual([]);
    // A group's evaluation is no module's: the modules' own lists are as before.
    const mine = (await ok(t, MY_EVALUATIONS, {}, members[0].actor)).myEvaluations;
    expect(mine.due).toEqual([]);
    // Evaluated: no longer due.
    expect(mine.dueGroups).toEqual([]);
  });
});

describe('groups completed before evaluations existed', () => {
  it('are kept by the migration as the completion would have kept them', async () => {
    const three = [members[2], members[3], members[4]];
    const id = await runningGroup(three, [untestedModuleId]);
    await complete(id, three);
    const em = t.em();
    const plain = (g: CompletedGroup) => ({
      id: g.id,
      name: g.name,
      groupTrainer: g.groupTrainer.id,
      groupMonitor: g.groupMonitor.id,
      participantIds: [...g.participantIds].sort(),
      materialModuleIds: [...g.materialModuleIds].sort(),
      completedAt: g.completedAt.toISOString(),
    });
    const expected = plain(await em.findOneOrFail(CompletedGroup, id));
    await em.getConnection().execute(`delete from completed_group where id = ?`, [id]);
    const migration = new GroupEvaluations(t.orm.em.getDriver(), t.orm.config);
    await migration.up();
    const backfill = migration
      .getQueries()
      .map((q: unknown) => (typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery()))
      .find((q) => q.startsWith('insert into "completed_group"'))!;
    // Only the missing row: the others are there already.
    await em.getConnection().execute(`${backfill.replace(/;\s*$/, '')} and g."id" = '${id}'`);
    expect(plain(await t.em().findOneOrFail(CompletedGroup, id))).toEqual(expected);
  });
});

describe('the form worded for modules before', () => {
  it('is reworded by the migration to fit groups too, keeping the statements an administrator reworded', async () => {
    const em = t.em();
    const read = async () =>
      (await em.getConnection().execute(`select items from evaluation_template where key = 'default'`))[0]?.items as
        { id: string; text: string }[] | undefined;
    const current = await read();
    const old = [
      { id: 'relevan', text: 'Materi modul relevan dengan pekerjaan saya.' },
      { id: 'tujuan', text: 'Tujuan pembelajaran modul dan kelompok kami jelas.' },
      { id: 'pelatih-menguasai', text: 'Pelatih menguasai materi.' },
      { id: 'i-1234abcd', text: 'Fasilitas belajar daring memadai.' },
      { id: 'rekomendasi', text: 'Saya akan merekomendasikan modul ini kepada rekan kerja.' },
    ];
    await em
      .getConnection()
      .execute(
        `insert into evaluation_template (key, items) values ('default', ?::jsonb) on conflict (key) do update set items = excluded.items`,
        [JSON.stringify(old)],
      );
    const migration = new NeutralWording(t.orm.em.getDriver(), t.orm.config);
    await migration.up();
    for (const q of migration.getQueries())
      await em.getConnection().execute(typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery());
    expect(await read()).toEqual([
      { id: 'relevan', text: 'Materi kegiatan belajar ini relevan dengan pekerjaan saya.' },
      old[1],
      old[2],
      old[3],
      { id: 'rekomendasi', text: 'Saya akan merekomendasikan kegiatan belajar ini kepada rekan kerja.' },
    ]);
    if (current)
      await em.getConnection().execute(`update evaluation_template set items = ?::jsonb where key = 'default'`, [JSON.stringify(current)]);
    else await em.getConnection().execute(`delete from evaluation_template where key = 'default'`);
  });
});
