import { getNamedType, GraphQLObjectType, type GraphQLOutputType, isLeafType, isObjectType } from 'graphql';
import { Role } from '../../../api/src/modules/identity/role';
import { getSchema } from '../../../api/src/schema';
import { makeUser, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { join, ok, quizModule, SAVE, sampleQuestions, SECRET } from './support';

/**
 * During an open attempt a learner can reach the quiz through `quizAttempt`, the mutations that
 * return an attempt, and the module's lessons (`Lesson.quiz`). This walks every field of those
 * types the schema offers, to a depth, and looks for any part of an answer key in the answers.
 */

let t: TestApp;
let trainer: TestUser;
let learner: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

/** A selection of every field of `type` without required arguments, `depth` levels deep. */
function everyField(type: GraphQLOutputType, depth: number, seen: string[] = []): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0 || seen.includes(named.name)) return '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields())
    .filter((f) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')))
    .map((f) => `${f.name} ${everyField(f.type, depth - 1, [...seen, named.name])}`);
  return `{ ${fields.join(' ')} }`;
}

const schema = getSchema();
const attemptSelection = everyField(schema.getType('QuizAttempt') as GraphQLOutputType, 6);
const lessonSelection = everyField(schema.getType('QuizInfo') as GraphQLOutputType, 4);

/** Every key of a sample question, as text that would show in a JSON answer. */
const KEYS = [
  SECRET,
  'fraction',
  'graderNotes',
  'generalFeedback',
  'trueFeedback',
  'falseFeedback',
  'otherFeedback',
  'tolerance',
  '"correct"',
];

function expectNoKey(answer: unknown) {
  const json = JSON.stringify(answer);
  for (const key of KEYS) expect({ key, found: json.includes(key) }).toEqual({ key, found: false });
}

/** Every value under a field named `name`, anywhere in `value` (but the policy's settings: `visibility`, `review`). */
function valuesOf(value: unknown, name: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesOf(v, name));
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([k]) => k !== 'visibility' && k !== 'review')
      .flatMap(([k, v]) => [...(k === name ? [v] : []), ...valuesOf(v, name)]);
  }
  return [];
}

it('no field a learner can reach during an open attempt carries an answer key, a score or feedback', async () => {
  const essay = { type: 'ESSAY', text: 'Jelaskan', points: 3, graderNotes: `${SECRET} model jawaban` };
  const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'LEAK', {
    settings: { shuffleQuestions: true, shuffleOptions: true, reviewRightAnswers: 'IMMEDIATELY' },
    questions: [...sampleQuestions('leak'), essay],
  });
  await join(t, learner.actor, moduleId);
  const started = await ok(
    t,
    `mutation StartQuizAttempt($input: StartQuizAttemptInput!) { startQuizAttempt(input: $input) ${attemptSelection} }`,
    { input: { lessonId: quizLessonId } },
    learner.actor,
  );
  const attempt = started.startQuizAttempt;
  // Answer everything, rightly or not, so saved responses are part of what is walked.
  for (const q of attempt.questions) {
    const response = q.options ? { optionIds: [q.options[0].id] } : q.type === 'TRUE_FALSE' ? { truth: false } : { text: '20' };
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, ...response } }, learner.actor);
  }
  const answers = [
    started,
    await ok(t, `query QuizAttempt($id: ID!) { quizAttempt(id: $id) ${attemptSelection} }`, { id: attempt.id }, learner.actor),
    await ok(
      t,
      `mutation StartQuizAttempt($input: StartQuizAttemptInput!) { startQuizAttempt(input: $input) ${attemptSelection} }`,
      { input: { lessonId: quizLessonId } },
      learner.actor,
    ),
    await ok(
      t,
      `query CourseModule($id: ID!) { courseModule(id: $id) { sections { lessons { id kind title body bodyHtml url quiz ${lessonSelection} } } } }`,
      { id: moduleId },
      learner.actor,
    ),
  ];
  expect(attemptSelection).toContain('rightAnswer');
  expect(attemptSelection).toContain('feedbackHtml');
  for (const answer of answers) {
    expectNoKey(answer);
    for (const field of ['rightAnswer', 'score', 'outcome', 'feedbackHtml', 'graded', 'total', 'passed', 'percent', 'myGrade']) {
      expect({ field, values: valuesOf(answer, field).filter((v) => v !== null) }).toEqual({ field, values: [] });
    }
  }
  // The walk reached the questions: the texts and options are there, with the learner's responses.
  expect(attempt.questions).toHaveLength(6);
  expect(JSON.stringify(answers[1])).toContain('Ibu kota Jawa Timur');
  expect(valuesOf(answers[1], 'response').filter((r) => r !== null)).toHaveLength(6);
  // Errors do not quote keys either.
  const wrong = await t.gql(
    SAVE,
    { input: { attemptId: attempt.id, questionId: attempt.questions[0].id, text: 'Surabaya', optionIds: ['zz'] } },
    learner.actor,
  );
  expectNoKey(wrong.errors);
});
