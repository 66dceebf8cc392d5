import { systemClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { User } from '../../../api/src/modules/identity/user.entity';
import { canReadFile } from '../../../api/src/modules/file/file.policy';
import { StoredFile } from '../../../api/src/modules/file/stored-file.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { CREATE, UPDATE } from '../learning/support';
import { CREATE_QUESTION, join, ok, quizModule, START, UPDATE_QUIZ } from './support';

/** Questions shared between a module's authors, and pictures in questions that learners must see. */

let t: TestApp;
let trainer: TestUser;
let coAuthor: TestUser;
let stranger: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  [trainer, coAuthor, stranger] = [
    await makeUser(t.em(), [Role.TRAINER]),
    await makeUser(t.em(), [Role.TRAINER]),
    await makeUser(t.em(), [Role.TRAINER]),
  ];
  admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
});
afterAll(() => t.close());

const question = (text: string, extra: object = {}) => ({
  type: 'SINGLE_CHOICE',
  text,
  points: 1,
  options: [
    { id: 'a', text: 'Ya', fraction: 1 },
    { id: 'b', text: 'Tidak', fraction: 0 },
  ],
  ...extra,
});

describe('updateQuiz: questions from the banks of the module’s authors', () => {
  it('a co-author places the other author’s questions; a trainer who is not an author cannot have theirs placed', async () => {
    const created = await ok(
      t,
      CREATE,
      {
        input: {
          code: 'BANK-CO',
          title: 'Modul BANK-CO',
          formId: 3,
          jpValue: 1,
          sections: [{ title: 'A', lessons: [{ title: 'Kuis', kind: 'QUIZ', durationMinutes: 30 }] }],
        },
      },
      trainer.actor,
    );
    const moduleId = created.createCourseModule.id;
    const lessonId = created.createCourseModule.sections[0].lessons[0].id;
    await ok(t, UPDATE, { input: { id: moduleId, authorIds: [trainer.user.id, coAuthor.user.id] } }, admin.actor);
    const mine = (await ok(t, CREATE_QUESTION, { input: question('Soal penulis pertama') }, trainer.actor)).createQuestion.id;
    const theirs = (await ok(t, CREATE_QUESTION, { input: question('Soal penulis kedua') }, coAuthor.actor)).createQuestion.id;
    const outsider = (await ok(t, CREATE_QUESTION, { input: question('Soal pelatih lain') }, stranger.actor)).createQuestion.id;

    const both = await t.gql(UPDATE_QUIZ, { input: { lessonId, slots: [{ questionId: mine }, { questionId: theirs }] } }, coAuthor.actor);
    expect(both.errors).toBeUndefined();
    expect(both.data!.updateQuiz.slots.map((s: { question: { id: string } }) => s.question.id)).toEqual([mine, theirs]);
    // The first author saves the quiz again with the co-author's question in it.
    expect(
      (
        await t.gql(
          UPDATE_QUIZ,
          { input: { lessonId, slots: [{ questionId: theirs }, { questionId: mine }], passMarkPercent: 50 } },
          trainer.actor,
        )
      ).errors,
    ).toBeUndefined();

    const refused = await t.gql(
      UPDATE_QUIZ,
      { input: { lessonId, slots: [{ questionId: mine }, { questionId: outsider }] } },
      coAuthor.actor,
    );
    expect([errorCode(refused), fieldErrors(refused)]).toEqual(['BAD_USER_INPUT', [{ field: 'slots.1.questionId', rule: 'NOT_FOUND' }]]);
    expect(errorCode(await t.gql(UPDATE_QUIZ, { input: { lessonId, slots: [{ questionId: mine }] } }, stranger.actor))).toBe('FORBIDDEN');
  });
});

describe('files in questions', () => {
  async function file(who: TestUser, name: string): Promise<StoredFile> {
    const em = t.em();
    const stored = Object.assign(new StoredFile(), {
      name,
      mimeType: 'image/png',
      size: 10,
      storageKey: `test/${name}-${Date.now()}`,
      sha256: 'x',
      uploadedBy: em.getReference(User, who.user.id),
    });
    await em.persist(stored).flush();
    return stored;
  }
  const canRead = (who: TestUser, f: StoredFile) => canReadFile(t.em().fork(), who.actor, f, systemClock('Asia/Jakarta'));

  it('a picture in a question’s text or options is readable by a learner once it is on their attempt; one in feedback is not', async () => {
    const [map, option, hint] = [await file(trainer, 'peta.png'), await file(trainer, 'opsi.png'), await file(trainer, 'kunci.png')];
    const questions = [
      question(`Di mana Sidoarjo? ![peta](/files/${map.id})`, { generalFeedback: `Lihat ![kunci](/files/${hint.id})` }),
      question('Gambar mana yang benar?', {
        options: [
          { id: 'a', text: `![opsi](/files/${option.id})`, fraction: 1 },
          { id: 'b', text: 'Tidak ada', fraction: 0 },
        ],
      }),
    ];
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'BANK-IMG', { questions });
    const learner = await makeUser(t.em(), [Role.LEARNER]);
    const other = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, learner.actor, moduleId);

    expect(await canRead(learner, map)).toBe(false); // not before the learner has the question
    await ok(t, START, { input: { lessonId: quizLessonId } }, learner.actor);
    expect(await canRead(learner, map)).toBe(true);
    expect(await canRead(learner, option)).toBe(true);
    expect(await canRead(learner, hint)).toBe(false); // feedback is not what the learner was shown
    expect(await canRead(other, map)).toBe(false);
    // The owner of the question reads it; another trainer does not.
    expect(await canRead(trainer, hint)).toBe(true);
    expect(await canRead(stranger, map)).toBe(false);
  });
});
