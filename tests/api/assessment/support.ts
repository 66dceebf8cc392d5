import type { Actor } from '../../../api/src/common/actor';
import type { Clock } from '../../../api/src/common/dates';
import type { TestApp } from '../../support/test-app';
import { CREATE, ENROLL, MODULE, PUBLISH, textLesson } from '../learning/support';

export const BANK_FIELDS = `id type title text points generalFeedback options { id text fraction feedback } correct trueFeedback falseFeedback
  answers { text value tolerance fraction feedback } otherFeedback graderNotes category { id name } competencies { code } level`;

export const CATEGORIES = `query QuestionCategories { questionCategories { id name } }`;
export const CREATE_CATEGORY = `mutation CreateQuestionCategory($input: QuestionCategoryInput!) { createQuestionCategory(input: $input) { id name } }`;
export const UPDATE_CATEGORY = `mutation UpdateQuestionCategory($input: UpdateQuestionCategoryInput!) { updateQuestionCategory(input: $input) { id name } }`;
export const DELETE_CATEGORY = `mutation DeleteQuestionCategory($input: IdInput!) { deleteQuestionCategory(input: $input) { id } }`;
export const QUESTIONS = `query BankQuestions($filter: QuestionFilter, $page: PageInput) { bankQuestions(filter: $filter, page: $page) { total items { ${BANK_FIELDS} } } }`;
export const QUESTION = `query BankQuestion($id: ID!) { bankQuestion(id: $id) { ${BANK_FIELDS} } }`;
export const CREATE_QUESTION = `mutation CreateQuestion($input: QuestionInput!) { createQuestion(input: $input) { ${BANK_FIELDS} } }`;
export const UPDATE_QUESTION = `mutation UpdateQuestion($input: UpdateQuestionInput!) { updateQuestion(input: $input) { ${BANK_FIELDS} } }`;
export const DELETE_QUESTION = `mutation DeleteQuestion($input: IdInput!) { deleteQuestion(input: $input) { id } }`;
export const IMPORT_GIFT = `mutation ImportGiftQuestions($input: ImportGiftInput!) { importGiftQuestions(input: $input) { imported errors { line code title } categoriesCreated { name } } }`;
export const EXPORT_GIFT = `query GiftExport($categoryId: ID) { giftExport(categoryId: $categoryId) }`;

export const SETTINGS_FIELDS = `lessonId moduleId lessonTitle editable role opensAt closesAt timeLimitMinutes attemptsAllowed passMarkPercent shuffleQuestions shuffleOptions gradingMethod
  review { score rightAnswers feedback } slots { count question { id title } category { id name } }`;
export const QUIZ_SETTINGS = `query QuizSettings($lessonId: ID!) { quizSettings(lessonId: $lessonId) { ${SETTINGS_FIELDS} } }`;
export const UPDATE_QUIZ = `mutation UpdateQuiz($input: QuizSettingsInput!) { updateQuiz(input: $input) { ${SETTINGS_FIELDS} } }`;

export const ATTEMPT_FIELDS = `id number status lessonId moduleId title role startedAt deadline secondsLeft finishedAt finishedHow
  visibility { score rightAnswers feedback } total { score maxScore percent pending } passed
  questions { id number type textHtml points options { id textHtml } response { optionIds truth text } revision graded score outcome feedbackHtml
    rightAnswer { optionIds truth texts numbers { value tolerance } } }`;
export const START = `mutation StartQuizAttempt($input: StartQuizAttemptInput!) { startQuizAttempt(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const SAVE = `mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) { saveQuizAnswer(input: $input) { questionId savedAt revision } }`;
export const SUBMIT = `mutation SubmitQuizAttempt($input: AttemptIdInput!) { submitQuizAttempt(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const ATTEMPT = `query QuizAttempt($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`;
export const LESSON_QUIZ = `query LessonQuiz($id: ID!) { courseModule(id: $id) { sections { lessons { id kind quiz {
  id role opensAt closesAt timeLimitMinutes attemptsAllowed passMarkPercent gradingMethod questionCount review { score rightAnswers feedback }
  myAttempts { id number status percent pending } myGrade { percent pending passed } viewerCan { start startRefusal edit } } } }
  myEnrollment { completedAt doneLessonIds } } }`;

/** Runs an operation that must succeed; returns its data. */
export async function ok<T = Record<string, any>>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  actor: Actor,
  clock?: Clock,
): Promise<T> {
  const result = await t.gql<T>(query, variables, actor, clock);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** A question of each scored type, every secret part marked RAHASIA so a leak shows. */
export const SECRET = 'RAHASIA';
export const sampleQuestions = (tag: string) => [
  {
    type: 'SINGLE_CHOICE',
    title: `${SECRET} judul ${tag}`,
    text: `Ibu kota Jawa Timur? (${tag})`,
    points: 2,
    generalFeedback: `${SECRET} umpan balik umum`,
    options: [
      { id: 'a', text: 'Surabaya', fraction: 1, feedback: `${SECRET} benar` },
      { id: 'b', text: 'Malang', fraction: 0, feedback: `${SECRET} salah` },
      { id: 'c', text: 'Sidoarjo', fraction: 0 },
    ],
  },
  {
    type: 'MULTIPLE_CHOICE',
    text: `Pilih nilai dasar ASN (${tag})`,
    points: 2,
    options: [
      { id: 'a', text: 'Berorientasi pelayanan', fraction: 0.5 },
      { id: 'b', text: 'Akuntabel', fraction: 0.5 },
      { id: 'c', text: 'Boros', fraction: -1, feedback: `${SECRET} bukan nilai` },
    ],
  },
  {
    type: 'TRUE_FALSE',
    text: `1 JP sama dengan 45 menit (${tag})`,
    points: 1,
    correct: true,
    trueFeedback: `${SECRET} tepat`,
    falseFeedback: `${SECRET} keliru`,
  },
  {
    type: 'SHORT_ANSWER',
    text: `Singkatan Aparatur Sipil Negara? (${tag})`,
    points: 1,
    answers: [
      { text: `ASN`, fraction: 1, feedback: `${SECRET} ya` },
      { text: `${SECRET}-alternatif`, fraction: 0.5 },
    ],
  },
  {
    type: 'NUMERIC',
    text: `JP minimal setahun? (${tag})`,
    points: 1,
    answers: [{ value: 20, tolerance: 0, fraction: 1, feedback: `${SECRET} angka` }],
    otherFeedback: `${SECRET} lain`,
  },
];

/**
 * A published module of one text lesson and one quiz lesson made of `questions` (created in the
 * trainer's bank), with the quiz `settings`; returns the module, lesson and question ids.
 */
export async function quizModule(
  t: TestApp,
  trainer: Actor,
  code: string,
  options: { questions?: object[]; settings?: object; formId?: number; jpValue?: number } = {},
): Promise<{ moduleId: string; quizLessonId: string; textLessonId: string; questionIds: string[] }> {
  const questionIds: string[] = [];
  for (const q of options.questions ?? sampleQuestions(code))
    questionIds.push((await ok(t, CREATE_QUESTION, { input: q }, trainer)).createQuestion.id);
  const created = await ok(
    t,
    CREATE,
    {
      input: {
        code,
        title: `Modul ${code}`,
        formId: options.formId ?? 3,
        jpValue: options.jpValue ?? 2,
        sections: [{ title: 'Bagian 1', lessons: [textLesson('Materi'), { title: 'Kuis akhir', kind: 'QUIZ', durationMinutes: 30 }] }],
      },
    },
    trainer,
  );
  const moduleId = created.createCourseModule.id;
  const [textLessonId, quizLessonId] = created.createCourseModule.sections[0].lessons.map((l: { id: string }) => l.id);
  await ok(
    t,
    UPDATE_QUIZ,
    { input: { lessonId: quizLessonId, slots: questionIds.map((questionId) => ({ questionId })), ...options.settings } },
    trainer,
  );
  await ok(t, PUBLISH, { input: { id: moduleId } }, trainer);
  return { moduleId, quizLessonId, textLessonId, questionIds };
}

/** Joins the module as `learner`. */
export async function join(t: TestApp, learner: Actor, moduleId: string): Promise<void> {
  await ok(t, ENROLL, { input: { moduleId } }, learner);
}

export { MODULE };

/** Three true/false questions (each true), in the trainer's bank. */
async function trueFalseQuestions(t: TestApp, trainer: Actor, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const input = { type: 'TRUE_FALSE', title: `${tag} soal ${i}`, text: `Pernyataan ${i}`, points: 1, correct: true };
    ids.push((await ok(t, CREATE_QUESTION, { input }, trainer)).createQuestion.id);
  }
  return ids;
}

/** A published module: pre-test, a text lesson, post-test, the same three true/false questions in both tests. */
export async function prePostTests(t: TestApp, trainer: Actor, code: string, extra: object = {}) {
  const questionIds = await trueFalseQuestions(t, trainer, code);
  const created = await ok(
    t,
    CREATE,
    {
      input: {
        code,
        title: `Modul ${code}`,
        formId: 3,
        jpValue: 2,
        sections: [
          {
            title: 'Bagian 1',
            lessons: [{ title: 'Pre-test', kind: 'QUIZ' }, textLesson('Materi'), { title: 'Post-test', kind: 'QUIZ' }],
          },
        ],
        ...extra,
      },
    },
    trainer,
  );
  const moduleId = created.createCourseModule.id as string;
  const [preLessonId, textLessonId, postLessonId] = created.createCourseModule.sections[0].lessons.map((l: { id: string }) => l.id);
  const slots = questionIds.map((questionId) => ({ questionId }));
  await ok(t, UPDATE_QUIZ, { input: { lessonId: preLessonId, role: 'PRE_TEST', slots } }, trainer);
  await ok(t, UPDATE_QUIZ, { input: { lessonId: postLessonId, role: 'POST_TEST', slots, passMarkPercent: 60 } }, trainer);
  await ok(t, PUBLISH, { input: { id: moduleId } }, trainer);
  return { moduleId, preLessonId, textLessonId, postLessonId, questionIds };
}

/** The learner takes the quiz lesson once, answering each true/false question (in paper order) with `truths`; returns the percent. */
export async function takeQuiz(t: TestApp, learner: Actor, lessonId: string, truths: boolean[]): Promise<number | null> {
  const attempt = (await ok(t, START, { input: { lessonId } }, learner)).startQuizAttempt;
  for (const [i, q] of attempt.questions.entries())
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, truth: truths[i] } }, learner);
  return (await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, learner)).submitQuizAttempt.total.percent;
}
