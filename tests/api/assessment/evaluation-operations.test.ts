import { Role } from '../../../api/src/modules/identity/role';
import { EvaluationResponse, EvaluationSubmission } from '../../../api/src/modules/assessment/evaluation.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE, ENROLL, MODULE, publishedModule } from '../learning/support';
import { ok } from './support';

const MINE = `query MyEvaluations { myEvaluations { items { id text } commentMax due { moduleId title completedAt } } }`;
const SUBMIT = `mutation SubmitEvaluation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) { due { moduleId } } }`;
const SKIP = `mutation SkipEvaluation($input: EvaluationModuleInput!) { skipEvaluation(input: $input) { due { moduleId } } }`;
const RESULTS = `query EvaluationResults($moduleId: ID!) { evaluationResults(moduleId: $moduleId) {
  moduleId title responses minResponses released items { itemId text answers mean distribution } comments } }`;
const MODULES = `query EvaluatedModules { evaluatedModules { moduleId code title responses } }`;
const TEMPLATE = `query EvaluationTemplate { evaluationTemplate { items { id text } itemsMax itemTextMax } }`;
const UPDATE_TEMPLATE = `mutation UpdateEvaluationTemplate($input: EvaluationTemplateInput!) { updateEvaluationTemplate(input: $input) { items { id text } itemsMax itemTextMax } }`;

const ZERO = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let admin: TestUser;
let trainer: TestUser;
let otherTrainer: TestUser;
let supervisor: TestUser;
let learners: TestUser[];
let moduleId: string;
let itemIds: string[];

/** Enrols `learner` in the module and completes every lesson. */
async function complete(learner: TestUser, id: string): Promise<void> {
  await ok(t, ENROLL, { input: { moduleId: id } }, learner.actor);
  const module = await ok(t, MODULE, { id }, learner.actor);
  for (const section of module.courseModule.sections)
    for (const lesson of section.lessons) await ok(t, COMPLETE, { input: { lessonId: lesson.id } }, learner.actor);
}

const answersFor = (value: number) => itemIds.map((itemId) => ({ itemId, value }));

beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  otherTrainer = await makeUser(t.em(), [Role.TRAINER]);
  supervisor = await makeUser(t.em(), [Role.SUPERVISOR], { withEmployee: false });
  learners = [];
  for (let i = 0; i < 5; i++) learners.push(await makeUser(t.em()));
  moduleId = await publishedModule(t, trainer.actor, 'EVAL-1');
  itemIds = (await ok(t, MINE, {}, learners[0].actor)).myEvaluations.items.map((i: { id: string }) => i.id);
});
afterAll(() => t.close());

describe('the evaluation form', () => {
  it('is seeded with Likert statements the administrator reads and edits', async () => {
    const form = (await ok(t, TEMPLATE, {}, admin.actor)).evaluationTemplate;
    expect({ itemsMax: form.itemsMax, itemTextMax: form.itemTextMax }).toEqual({ itemsMax: 20, itemTextMax: 300 });
    const before = form.items;
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(before.map((i: { id: string }) => i.id)).toEqual(itemIds);
    const items = [
      ...before.map((i: { id: string }) => ({ id: i.id, text: `${i.id} (diubah)` })),
      { text: 'Fasilitas belajar daring memadai.' },
    ];
    const after = (await ok(t, UPDATE_TEMPLATE, { input: { items } }, admin.actor)).updateEvaluationTemplate.items;
    expect(after.slice(0, before.length).map((i: { id: string }) => i.id)).toEqual(itemIds);
    expect(after[0].text).toBe(`${itemIds[0]} (diubah)`);
    expect(after).toHaveLength(before.length + 1);
    expect(after[before.length].id).toMatch(/\S/);
    itemIds = after.map((i: { id: string }) => i.id);
    expect((await ok(t, MINE, {}, learners[0].actor)).myEvaluations.items.map((i: { id: string }) => i.id)).toEqual(itemIds);
  });

  it('refuses logged-out visitors and everyone but administrators, and bad items', async () => {
    const input = { items: [{ text: 'Baru' }] };
    expect(errorCode(await t.gql(TEMPLATE, {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE_TEMPLATE, { input }, null))).toBe('UNAUTHENTICATED');
    for (const who of [trainer, learners[0], supervisor]) {
      expect(errorCode(await t.gql(TEMPLATE, {}, who.actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(UPDATE_TEMPLATE, { input }, who.actor))).toBe('FORBIDDEN');
    }
    const empty = await t.gql(UPDATE_TEMPLATE, { input: { items: [] } }, admin.actor);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const blank = await t.gql(UPDATE_TEMPLATE, { input: { items: [{ text: '  ' }] } }, admin.actor);
    expect(fieldErrors(blank)).toEqual([{ field: 'items.0.text', rule: 'REQUIRED' }]);
    const unknown = await t.gql(UPDATE_TEMPLATE, { input: { items: [{ id: 'tidak-ada', text: 'Apa saja' }] } }, admin.actor);
    expect(fieldErrors(unknown)).toEqual([{ field: 'items.0.id', rule: 'UNKNOWN' }]);
    const twice = await t.gql(
      UPDATE_TEMPLATE,
      {
        input: {
          items: [
            { id: itemIds[0], text: 'A' },
            { id: itemIds[0], text: 'B' },
          ],
        },
      },
      admin.actor,
    );
    expect(fieldErrors(twice)).toEqual([{ field: 'items.1.id', rule: 'DUPLICATE' }]);
    const long = await t.gql(UPDATE_TEMPLATE, { input: { items: [{ text: 'x'.repeat(301) }] } }, admin.actor);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect((await ok(t, TEMPLATE, {}, admin.actor)).evaluationTemplate.items.map((i: { id: string }) => i.id)).toEqual(itemIds);
  });
});

describe('evaluating a completed module', () => {
  it('asks a participant once the module is completed, not before', async () => {
    const [first] = learners;
    await ok(t, ENROLL, { input: { moduleId } }, first.actor);
    expect((await ok(t, MINE, {}, first.actor)).myEvaluations.due).toEqual([]);
    const early = await t.gql(SUBMIT, { input: { moduleId, answers: answersFor(4) } }, first.actor);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions!.reason).toBe('NOT_COMPLETED');
    for (const learner of learners) await complete(learner, moduleId);
    const due = (await ok(t, MINE, {}, first.actor)).myEvaluations.due;
    expect(due).toEqual([{ moduleId, title: 'Modul EVAL-1', completedAt: expect.any(String) }]);
  });

  it('refuses logged-out visitors, accounts without an employee, and bad answers', async () => {
    const input = { moduleId, answers: answersFor(4) };
    expect(errorCode(await t.gql(MINE, {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(SUBMIT, { input }, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(SKIP, { input: { moduleId } }, null))).toBe('UNAUTHENTICATED');
    for (const who of [admin, supervisor]) {
      expect(errorCode(await t.gql(MINE, {}, who.actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(SUBMIT, { input }, who.actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(SKIP, { input: { moduleId } }, who.actor))).toBe('FORBIDDEN');
    }
    const learner = learners[0].actor;
    const high = await t.gql(SUBMIT, { input: { moduleId, answers: [{ itemId: itemIds[0], value: 6 }] } }, learner);
    expect(fieldErrors(high)).toEqual([{ field: 'answers.0.value', rule: 'max' }]);
    const low = await t.gql(SUBMIT, { input: { moduleId, answers: [{ itemId: itemIds[0], value: 0 }] } }, learner);
    expect(fieldErrors(low)).toEqual([{ field: 'answers.0.value', rule: 'min' }]);
    const unknown = await t.gql(SUBMIT, { input: { moduleId, answers: [{ itemId: 'tidak-ada', value: 3 }] } }, learner);
    expect(fieldErrors(unknown)).toEqual([{ field: 'answers.0.itemId', rule: 'UNKNOWN' }]);
    const twice = await t.gql(SUBMIT, { input: { moduleId, answers: [...answersFor(3), { itemId: itemIds[0], value: 5 }] } }, learner);
    expect(fieldErrors(twice)).toEqual([{ field: `answers.${itemIds.length}.itemId`, rule: 'DUPLICATE' }]);
    const nothing = await t.gql(SUBMIT, { input: { moduleId, answers: [], comment: '   ' } }, learner);
    expect(fieldErrors(nothing)).toEqual([{ field: 'answers', rule: 'REQUIRED' }]);
    const long = await t.gql(SUBMIT, { input: { moduleId, answers: [], comment: 'x'.repeat(2001) } }, learner);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SUBMIT, { input: { moduleId: 'bukan-id', answers: [] } }, learner))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SUBMIT, { input: { moduleId: ZERO, answers: answersFor(3) } }, learner))).toBe('NOT_FOUND');
    expect(await t.em().count(EvaluationSubmission, {})).toBe(0);
  });

  it('keeps one answer per participant and module: a second one is a CONFLICT', async () => {
    const [first] = learners;
    const left = await ok(t, SUBMIT, { input: { moduleId, answers: answersFor(5), comment: 'Pelatih sangat membantu' } }, first.actor);
    expect(left.submitEvaluation.due).toEqual([]);
    const again = await t.gql(SUBMIT, { input: { moduleId, answers: answersFor(1) } }, first.actor);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.reason).toBe('ALREADY_EVALUATED');
    expect(errorCode(await t.gql(SKIP, { input: { moduleId } }, first.actor))).toBe('CONFLICT');
    expect(await t.em().count(EvaluationResponse, {})).toBe(1);
  });

  it('two answers sent at once keep one', async () => {
    const second = learners[1];
    const results = await Promise.all([
      t.gql(SUBMIT, { input: { moduleId, answers: answersFor(4), comment: 'Materinya relevan' } }, second.actor),
      t.gql(SUBMIT, { input: { moduleId, answers: answersFor(4), comment: 'Materinya relevan' } }, second.actor),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await t.em().count(EvaluationResponse, {})).toBe(2);
    expect(await t.em().count(EvaluationSubmission, { employee: second.actor.employeeId! })).toBe(1);
  });

  it('a participant may skip, and is not asked again', async () => {
    const skipper = learners[4];
    expect((await ok(t, SKIP, { input: { moduleId } }, skipper.actor)).skipEvaluation.due).toEqual([]);
    expect((await ok(t, MINE, {}, skipper.actor)).myEvaluations.due).toEqual([]);
    expect(errorCode(await t.gql(SUBMIT, { input: { moduleId, answers: answersFor(2) } }, skipper.actor))).toBe('CONFLICT');
    expect(await t.em().count(EvaluationResponse, {})).toBe(2);
  });

  it('a response is kept apart from who gave it', async () => {
    const rows = await t.em().getConnection().execute(`select * from evaluation_response`);
    // What was evaluated (a module, or a completed group) and the answers: no person, no time.
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['answers', 'comment', 'group_id', 'id', 'module_key']);
  });
});

describe('results', () => {
  it('refuses logged-out visitors, learners, supervisors and other trainers', async () => {
    expect(errorCode(await t.gql(RESULTS, { moduleId }, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MODULES, {}, null))).toBe('UNAUTHENTICATED');
    for (const who of [learners[0], supervisor]) {
      expect(errorCode(await t.gql(RESULTS, { moduleId }, who.actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(MODULES, {}, who.actor))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(RESULTS, { moduleId }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect((await ok(t, MODULES, {}, otherTrainer.actor)).evaluatedModules).toEqual([]);
    expect(errorCode(await t.gql(RESULTS, { moduleId: 'bukan-id' }, trainer.actor))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(RESULTS, { moduleId: ZERO }, trainer.actor))).toBe('NOT_FOUND');
  });

  it('with fewer than 3 responses show the count only: no items, no comments', async () => {
    for (const who of [trainer, admin]) {
      const results = (await ok(t, RESULTS, { moduleId }, who.actor)).evaluationResults;
      expect(results).toEqual({
        moduleId,
        title: 'Modul EVAL-1',
        responses: 2,
        minResponses: 3,
        released: false,
        items: [],
        comments: [],
      });
    }
    expect((await ok(t, MODULES, {}, trainer.actor)).evaluatedModules).toEqual([
      { moduleId, code: 'EVAL-1', title: 'Modul EVAL-1', responses: 2 },
    ]);
    expect((await ok(t, MODULES, {}, admin.actor)).evaluatedModules).toEqual([
      { moduleId, code: 'EVAL-1', title: 'Modul EVAL-1', responses: 2 },
    ]);
  });

  it('from 3 responses show each item in aggregate and the comments without anyone’s name', async () => {
    const third = learners[2];
    await ok(t, SUBMIT, { input: { moduleId, answers: answersFor(3).slice(1), comment: 'Waktunya kurang' } }, third.actor);
    const results = (await ok(t, RESULTS, { moduleId }, trainer.actor)).evaluationResults;
    expect(results.released).toBe(true);
    expect(results.responses).toBe(3);
    expect(results.items[0]).toEqual({ itemId: itemIds[0], text: `${itemIds[0]} (diubah)`, answers: 2, mean: null, distribution: null });
    expect(results.items[1]).toEqual({
      itemId: itemIds[1],
      text: `${itemIds[1]} (diubah)`,
      answers: 3,
      mean: 4,
      distribution: [0, 0, 1, 1, 1],
    });
    expect(results.comments).toEqual(['Materinya relevan', 'Pelatih sangat membantu', 'Waktunya kurang']);
    const text = JSON.stringify(results);
    for (const learner of learners) {
      expect(text).not.toContain(learner.actor.employeeId);
      expect(text).not.toContain(learner.user.id);
      expect(text).not.toContain(learner.user.displayName);
      expect(text).not.toContain(learner.actor.username);
    }
    expect((await ok(t, RESULTS, { moduleId }, admin.actor)).evaluationResults).toEqual(results);
  });

  it('the result types have no field that could name a respondent', async () => {
    const result = await t.gql(`{ __type(name: "EvaluationResults") { fields { name } } }`, {}, trainer.actor);
    expect(result.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ['comments', 'items', 'minResponses', 'moduleId', 'released', 'responses', 'title'].sort(),
    );
    const item = await t.gql(`{ __type(name: "EvaluationItemResult") { fields { name } } }`, {}, trainer.actor);
    expect(item.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'answers',
      'distribution',
      'itemId',
      'mean',
      'text',
    ]);
  });
});
