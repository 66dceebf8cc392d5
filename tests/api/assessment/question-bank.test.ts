import { Role } from '../../../api/src/modules/identity/role';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import {
  CATEGORIES,
  CREATE_CATEGORY,
  CREATE_QUESTION,
  DELETE_CATEGORY,
  DELETE_QUESTION,
  EXPORT_GIFT,
  IMPORT_GIFT,
  ok,
  QUESTION,
  QUESTIONS,
  quizModule,
  sampleQuestions,
  UPDATE_CATEGORY,
  UPDATE_QUESTION,
} from './support';

let t: TestApp;
let trainer: TestUser;
let otherTrainer: TestUser;
let admin: TestUser;
let learner: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER, Role.LEARNER]);
  otherTrainer = await makeUser(t.em(), [Role.TRAINER]);
  admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

const single = sampleQuestions('bank')[0];

describe('guards: logged out and learners are refused every bank operation', () => {
  const operations: [string, string, Record<string, unknown>][] = [
    ['questionCategories', CATEGORIES, {}],
    ['bankQuestions', QUESTIONS, {}],
    ['bankQuestion', QUESTION, { id: '00000000-0000-4000-8000-000000000000' }],
    ['giftExport', EXPORT_GIFT, {}],
    ['createQuestionCategory', CREATE_CATEGORY, { input: { name: 'X' } }],
    ['updateQuestionCategory', UPDATE_CATEGORY, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'X' } }],
    ['deleteQuestionCategory', DELETE_CATEGORY, { input: { id: '00000000-0000-4000-8000-000000000000' } }],
    ['createQuestion', CREATE_QUESTION, { input: single }],
    ['updateQuestion', UPDATE_QUESTION, { input: { ...single, id: '00000000-0000-4000-8000-000000000000' } }],
    ['deleteQuestion', DELETE_QUESTION, { input: { id: '00000000-0000-4000-8000-000000000000' } }],
    ['importGiftQuestions', IMPORT_GIFT, { input: { text: 'Q{T}' } }],
  ];
  it.each(operations)('%s', async (_name, query, variables) => {
    expect(errorCode(await t.gql(query, variables))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(query, variables, learner.actor))).toBe('FORBIDDEN');
  });
});

describe('questions', () => {
  it('createQuestion keeps a question of each type with its key, for its trainer', async () => {
    for (const input of sampleQuestions('create')) {
      const created = (await ok(t, CREATE_QUESTION, { input }, trainer.actor)).createQuestion;
      expect(created).toMatchObject({ type: input.type, text: input.text, points: input.points });
    }
    const essay = (
      await ok(
        t,
        CREATE_QUESTION,
        { input: { type: 'ESSAY', text: 'Jelaskan SKP Anda', points: 5, graderNotes: 'Cari contoh nyata' } },
        trainer.actor,
      )
    ).createQuestion;
    expect(essay).toMatchObject({ type: 'ESSAY', graderNotes: 'Cari contoh nyata', options: null, answers: null });
    const page = (await ok(t, QUESTIONS, { filter: { search: 'create' } }, trainer.actor)).bankQuestions;
    expect(page.total).toBe(5);
    expect(page.items.find((q: { type: string }) => q.type === 'SINGLE_CHOICE').options).toEqual([
      { id: 'a', text: 'Surabaya', fraction: 1, feedback: 'RAHASIA benar' },
      { id: 'b', text: 'Malang', fraction: 0, feedback: 'RAHASIA salah' },
      { id: 'c', text: 'Sidoarjo', fraction: 0, feedback: null },
    ]);
  });

  it('refuses bad questions naming the field and rule', async () => {
    const cases: [object, { field: string; rule: string }][] = [
      [
        { ...single, text: '  ' },
        { field: 'text', rule: 'REQUIRED' },
      ],
      [
        { ...single, points: 0 },
        { field: 'points', rule: 'POINTS_RANGE' },
      ],
      [
        {
          ...single,
          options: [
            { text: 'A', fraction: 0 },
            { text: 'B', fraction: 0 },
          ],
        },
        { field: 'options', rule: 'NO_FULL_CREDIT' },
      ],
      [
        {
          type: 'MULTIPLE_CHOICE',
          text: 'x',
          points: 1,
          options: [
            { text: 'A', fraction: 0.5 },
            { text: 'B', fraction: 0.2 },
          ],
        },
        { field: 'options', rule: 'FRACTIONS_SUM' },
      ],
      [
        {
          type: 'SHORT_ANSWER',
          text: 'x',
          points: 1,
          answers: [
            { text: 'Jum’at', fraction: 1 },
            { text: "jum'at", fraction: 1 },
          ],
        },
        { field: 'answers.1.text', rule: 'DUPLICATE_ANSWER' },
      ],
      [
        { type: 'NUMERIC', text: 'x', points: 1, answers: [] },
        { field: 'answers', rule: 'ANSWERS_COUNT' },
      ],
      [
        { ...single, categoryId: '00000000-0000-4000-8000-000000000000' },
        { field: 'categoryId', rule: 'NOT_FOUND' },
      ],
    ];
    for (const [input, expected] of cases) {
      const result = await t.gql(CREATE_QUESTION, { input }, trainer.actor);
      expect([errorCode(result), fieldErrors(result)]).toEqual(['BAD_USER_INPUT', expect.arrayContaining([expected])]);
    }
  });

  it('a trainer sees and changes only their own questions; an administrator sees every bank', async () => {
    const mine = (await ok(t, CREATE_QUESTION, { input: { ...single, text: 'Milik pelatih satu' } }, trainer.actor)).createQuestion;
    expect(errorCode(await t.gql(QUESTION, { id: mine.id }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE_QUESTION, { input: { ...single, id: mine.id } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DELETE_QUESTION, { input: { id: mine.id } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect((await ok(t, QUESTIONS, { filter: { search: 'Milik pelatih satu' } }, otherTrainer.actor)).bankQuestions.total).toBe(0);
    expect((await ok(t, QUESTIONS, { filter: { search: 'Milik pelatih satu' } }, admin.actor)).bankQuestions.total).toBe(1);
    expect(errorCode(await t.gql(QUESTION, { id: '00000000-0000-4000-8000-000000000000' }, trainer.actor))).toBe('NOT_FOUND');
  });

  it('updateQuestion changes the question and its category; deleteQuestion removes one no quiz uses', async () => {
    const category = (await ok(t, CREATE_CATEGORY, { input: { name: 'Nilai dasar' } }, trainer.actor)).createQuestionCategory;
    const q = (await ok(t, CREATE_QUESTION, { input: single }, trainer.actor)).createQuestion;
    const updated = (
      await ok(t, UPDATE_QUESTION, { input: { ...single, id: q.id, text: 'Teks baru', categoryId: category.id, level: 2 } }, trainer.actor)
    ).updateQuestion;
    expect(updated).toMatchObject({ text: 'Teks baru', category: { name: 'Nilai dasar' }, level: 2 });
    expect(
      (await ok(t, QUESTIONS, { filter: { categoryId: category.id } }, trainer.actor)).bankQuestions.items.map((i: { id: string }) => i.id),
    ).toEqual([q.id]);
    await ok(t, DELETE_QUESTION, { input: { id: q.id } }, trainer.actor);
    expect(errorCode(await t.gql(QUESTION, { id: q.id }, trainer.actor))).toBe('NOT_FOUND');
  });

  it('deleteQuestion is refused while a quiz uses the question', async () => {
    const { questionIds } = await quizModule(t, trainer.actor, 'BANK-DEL');
    expect(errorCode(await t.gql(DELETE_QUESTION, { input: { id: questionIds[0] } }, trainer.actor))).toBe('CONFLICT');
  });
});

describe('categories', () => {
  it('create, rename and delete; names are unique per trainer; others cannot touch them', async () => {
    const c = (await ok(t, CREATE_CATEGORY, { input: { name: 'Kepegawaian' } }, trainer.actor)).createQuestionCategory;
    expect(fieldErrors(await t.gql(CREATE_CATEGORY, { input: { name: 'Kepegawaian' } }, trainer.actor))).toEqual([
      { field: 'name', rule: 'NAME_TAKEN' },
    ]);
    expect(fieldErrors(await t.gql(CREATE_CATEGORY, { input: { name: '  ' } }, trainer.actor))).toEqual([
      { field: 'name', rule: 'REQUIRED' },
    ]);
    expect((await ok(t, CREATE_CATEGORY, { input: { name: 'Kepegawaian' } }, otherTrainer.actor)).createQuestionCategory.name).toBe(
      'Kepegawaian',
    );
    expect(errorCode(await t.gql(UPDATE_CATEGORY, { input: { id: c.id, name: 'Diambil' } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect((await ok(t, UPDATE_CATEGORY, { input: { id: c.id, name: 'Manajemen ASN' } }, trainer.actor)).updateQuestionCategory.name).toBe(
      'Manajemen ASN',
    );
    expect((await ok(t, CATEGORIES, {}, otherTrainer.actor)).questionCategories.map((x: { name: string }) => x.name)).toEqual([
      'Kepegawaian',
    ]);
    expect(errorCode(await t.gql(DELETE_CATEGORY, { input: { id: c.id } }, otherTrainer.actor))).toBe('FORBIDDEN');
    await ok(t, DELETE_CATEGORY, { input: { id: c.id } }, trainer.actor);
    expect((await ok(t, CATEGORIES, {}, trainer.actor)).questionCategories.map((x: { name: string }) => x.name)).not.toContain(
      'Manajemen ASN',
    );
  });
});

describe('GIFT', () => {
  const gift = [
    '$CATEGORY: $course$/top/Pelayanan Publik',
    '',
    '::Maklumat::Maklumat pelayanan wajib dipasang? {T}',
    '',
    '::Hari::Berapa hari kerja dalam seminggu? {#5}',
    '',
    '::Rusak::Pertanyaan tanpa jawaban benar {~a ~b}',
    '',
    '// points: 3',
    '::Esai::Jelaskan standar pelayanan {}',
  ].join('\n');

  it('importGiftQuestions adds what reads well, into the file’s categories, and names each bad question’s line', async () => {
    const result = (await ok(t, IMPORT_GIFT, { input: { text: gift } }, otherTrainer.actor)).importGiftQuestions;
    expect(result.imported).toBe(3);
    expect(result.categoriesCreated).toEqual([{ name: 'Pelayanan Publik' }]);
    expect(result.errors).toEqual([{ line: 7, code: 'FRACTIONS_SUM', title: 'Rusak' }]);
    const page = (await ok(t, QUESTIONS, { filter: { search: 'pelayanan' } }, otherTrainer.actor)).bankQuestions;
    expect(
      page.items.map((q: { title: string; points: number; category: { name: string } }) => [q.title, q.points, q.category.name]).sort(),
    ).toEqual([
      ['Esai', 3, 'Pelayanan Publik'],
      ['Maklumat', 1, 'Pelayanan Publik'],
    ]);
  });

  it('giftExport writes the trainer’s bank so that importing it gives the same questions back', async () => {
    const exported = (await ok(t, EXPORT_GIFT, {}, otherTrainer.actor)).giftExport as string;
    expect(exported).toContain('$CATEGORY: $course$/top/Pelayanan Publik');
    const again = await makeUser(t.em(), [Role.TRAINER]);
    const reimport = (await ok(t, IMPORT_GIFT, { input: { text: exported } }, again.actor)).importGiftQuestions;
    expect(reimport.errors).toEqual([]);
    const strip = (items: Record<string, unknown>[]) =>
      items.map(({ id: _id, ...rest }) => rest).sort((a, b) => String(a.text).localeCompare(String(b.text)));
    const before = (await ok(t, QUESTIONS, {}, otherTrainer.actor)).bankQuestions.items;
    const after = (await ok(t, QUESTIONS, {}, again.actor)).bankQuestions.items;
    expect(strip(after).map((q) => ({ ...q, category: (q.category as { name: string } | null)?.name ?? null }))).toEqual(
      strip(before).map((q) => ({ ...q, category: (q.category as { name: string } | null)?.name ?? null })),
    );
  });

  it('a category that is not the trainer’s is bad input', async () => {
    const other = (await ok(t, CREATE_CATEGORY, { input: { name: 'Orang lain' } }, otherTrainer.actor)).createQuestionCategory;
    expect(fieldErrors(await t.gql(IMPORT_GIFT, { input: { text: 'Q{T}', categoryId: other.id } }, trainer.actor))).toEqual([
      { field: 'categoryId', rule: 'NOT_FOUND' },
    ]);
    expect(fieldErrors(await t.gql(EXPORT_GIFT, { categoryId: other.id }, trainer.actor))).toEqual([
      { field: 'categoryId', rule: 'NOT_FOUND' },
    ]);
  });
});
