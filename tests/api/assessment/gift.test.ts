import { exportGift, questionToGift } from '../../../api/src/modules/assessment/gift-export';
import { type GiftImport, importGift } from '../../../api/src/modules/assessment/gift-import';
import { type QuestionContent, QuestionType, questionProblems } from '../../../api/src/modules/assessment/question';
import { seededRandom } from '../../../api/src/modules/assessment/quiz-attempt';
import { ALL_QUESTIONS } from './questions';

const only = (gift: string): QuestionContent => {
  const result = importGift(gift);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0].question;
};

const opts = (...o: [string, number, string?][]) =>
  o.map(([text, fraction, feedback], i) => ({ id: String(i + 1), text, fraction, ...(feedback ? { feedback } : {}) }));

describe('importGift: question types', () => {
  it.each<[string, string, QuestionContent]>([
    [
      'single choice with feedback and general feedback',
      '::Ibu kota:: Ibu kota Jawa Timur? {=Surabaya#Benar! ~Malang#Bukan ~Sidoarjo ####Surabaya sejak 1950}',
      {
        title: 'Ibu kota',
        text: 'Ibu kota Jawa Timur?',
        points: 1,
        generalFeedback: 'Surabaya sejak 1950',
        type: QuestionType.SINGLE_CHOICE,
        options: opts(['Surabaya', 1, 'Benar!'], ['Malang', 0, 'Bukan'], ['Sidoarjo', 0]),
      },
    ],
    [
      'single choice with partial credit',
      'Kabupaten di Jawa Timur? {=Sidoarjo ~%50%Surabaya#itu kota ~Bandung}',
      {
        text: 'Kabupaten di Jawa Timur?',
        points: 1,
        type: QuestionType.SINGLE_CHOICE,
        options: opts(['Sidoarjo', 1], ['Surabaya', 0.5, 'itu kota'], ['Bandung', 0]),
      },
    ],
    [
      'missing word: the answers leave a blank',
      '1 JP sama dengan {~30 =45 ~60} menit.',
      {
        text: '1 JP sama dengan _____ menit.',
        points: 1,
        type: QuestionType.SINGLE_CHOICE,
        options: opts(['30', 0], ['45', 1], ['60', 0]),
      },
    ],
    [
      'multiple choice with percentages, negative for wrong options',
      'Kompetensi manajerial? {\n~%50%Integritas#ya\n~%50%Kerja Sama\n~%-100%Perekat Bangsa#sosial kultural\n}',
      {
        text: 'Kompetensi manajerial?',
        points: 1,
        type: QuestionType.MULTIPLE_CHOICE,
        options: opts(['Integritas', 0.5, 'ya'], ['Kerja Sama', 0.5], ['Perekat Bangsa', -1, 'sosial kultural']),
      },
    ],
    [
      'multiple choice with thirds',
      'Pilih tiga {~%33.33333%A ~%33.33333%B ~%33.33334%C ~%-100%D}',
      {
        text: 'Pilih tiga',
        points: 1,
        type: QuestionType.MULTIPLE_CHOICE,
        options: opts(['A', 0.3333333], ['B', 0.3333333], ['C', 0.3333334], ['D', -1]),
      },
    ],
    ['true: {T}', '1 JP = 45 menit. {T}', { text: '1 JP = 45 menit.', points: 1, type: QuestionType.TRUE_FALSE, correct: true }],
    ['true: {TRUE}', '1 JP = 45 menit. {TRUE}', { text: '1 JP = 45 menit.', points: 1, type: QuestionType.TRUE_FALSE, correct: true }],
    ['false: {F}', '1 JP = 60 menit. {F}', { text: '1 JP = 60 menit.', points: 1, type: QuestionType.TRUE_FALSE, correct: false }],
    [
      'true with feedback: wrong answer first, right answer second',
      '1 JP = 45 menit. {TRUE#Salah, 45 menit.#Betul.}',
      {
        text: '1 JP = 45 menit.',
        points: 1,
        type: QuestionType.TRUE_FALSE,
        correct: true,
        trueFeedback: 'Betul.',
        falseFeedback: 'Salah, 45 menit.',
      },
    ],
    [
      'false with feedback',
      '1 JP = 60 menit. {FALSE#Bukan, 45 menit.#Betul, 45 menit.}',
      {
        text: '1 JP = 60 menit.',
        points: 1,
        type: QuestionType.TRUE_FALSE,
        correct: false,
        trueFeedback: 'Bukan, 45 menit.',
        falseFeedback: 'Betul, 45 menit.',
      },
    ],
    [
      'short answer with several answers, partial credit and feedback',
      'Presiden pertama RI? {=Soekarno#tepat =Sukarno =%50%Bung Karno#nama lengkapnya? =%0%Hatta#wakil presiden}',
      {
        text: 'Presiden pertama RI?',
        points: 1,
        type: QuestionType.SHORT_ANSWER,
        answers: [
          { text: 'Soekarno', fraction: 1, feedback: 'tepat' },
          { text: 'Sukarno', fraction: 1 },
          { text: 'Bung Karno', fraction: 0.5, feedback: 'nama lengkapnya?' },
          { text: 'Hatta', fraction: 0, feedback: 'wakil presiden' },
        ],
      },
    ],
    [
      'short answer without =',
      'Ibu kota RI? {Jakarta}',
      { text: 'Ibu kota RI?', points: 1, type: QuestionType.SHORT_ANSWER, answers: [{ text: 'Jakarta', fraction: 1 }] },
    ],
    [
      'numerical with tolerance',
      'Nilai pi? {#3.14:0.01}',
      { text: 'Nilai pi?', points: 1, type: QuestionType.NUMERIC, answers: [{ value: 3.14, tolerance: 0.01, fraction: 1 }] },
    ],
    [
      'numerical exact',
      'Kecamatan di Sidoarjo? {#18}',
      { text: 'Kecamatan di Sidoarjo?', points: 1, type: QuestionType.NUMERIC, answers: [{ value: 18, tolerance: 0, fraction: 1 }] },
    ],
    [
      'numerical range',
      'Angka 1 sampai 5? {#1..5}',
      { text: 'Angka 1 sampai 5?', points: 1, type: QuestionType.NUMERIC, answers: [{ value: 3, tolerance: 2, fraction: 1 }] },
    ],
    [
      'numerical negative range',
      'Suhu? {#-5..-1}',
      { text: 'Suhu?', points: 1, type: QuestionType.NUMERIC, answers: [{ value: -3, tolerance: 2, fraction: 1 }] },
    ],
    [
      'numerical with a decimal comma',
      'Berapa? {#3,5:0,1}',
      { text: 'Berapa?', points: 1, type: QuestionType.NUMERIC, answers: [{ value: 3.5, tolerance: 0.1, fraction: 1 }] },
    ],
    [
      'numerical with weighted answers and feedback for others',
      'JP minimal dibagi 8? {#\n=2.5:0#tepat\n=%50%2:0.5#dekat\n~#hitung 20 / 8\n}',
      {
        text: 'JP minimal dibagi 8?',
        points: 1,
        type: QuestionType.NUMERIC,
        answers: [
          { value: 2.5, tolerance: 0, fraction: 1, feedback: 'tepat' },
          { value: 2, tolerance: 0.5, fraction: 0.5, feedback: 'dekat' },
        ],
        otherFeedback: 'hitung 20 / 8',
      },
    ],
    [
      'essay',
      '::Esai:: Jelaskan manfaat kelompok pintar. {}',
      { title: 'Esai', text: 'Jelaskan manfaat kelompok pintar.', points: 1, type: QuestionType.ESSAY },
    ],
    [
      'essay with general feedback',
      'Jelaskan. {####Sebutkan belajar sejawat.}',
      { text: 'Jelaskan.', points: 1, generalFeedback: 'Sebutkan belajar sejawat.', type: QuestionType.ESSAY },
    ],
  ])('%s', (_, gift, question) => {
    expect(only(gift)).toEqual(question);
  });
});

describe('importGift: syntax', () => {
  it('unescapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n', () => {
    const q = only(String.raw`::Rumus a\:b:: Hitung 1\{2\} \= 3 \# 4 \~ 5\nbaris baru, C\:\\data {=x\=y#tanda \= ~z\~w}`);
    expect(q).toMatchObject({
      title: 'Rumus a:b',
      text: 'Hitung 1{2} = 3 # 4 ~ 5\nbaris baru, C:\\data',
      options: opts(['x=y', 1, 'tanda ='], ['z~w', 0]),
    });
  });

  it('keeps a backslash before other characters', () => {
    expect(only(String.raw`Jalur C\Windows? {T}`).text).toBe('Jalur C\\Windows?');
  });

  it('reads format markers and keeps the text as written', () => {
    expect(only('[markdown]**Tebal** dan _miring_? {T}').text).toBe('**Tebal** dan _miring_?');
    expect(only('::T::[html]<p>Halo <b>dunia</b></p> {T}').text).toBe('<p>Halo <b>dunia</b></p>');
    expect(only('[plain]Teks biasa {T}').text).toBe('Teks biasa');
    expect(only('Pilih {=[markdown]**A** ~[html]<i>B</i>}')).toMatchObject({ options: opts(['**A**', 1], ['<i>B</i>', 0]) });
  });

  it('skips comment lines anywhere in a question, but keeps // inside a line', () => {
    const q = only('// question: 12 name: Q\n::Q:: Lihat https://bkd.sidoarjokab.go.id {\n// benar\n=ya\n// salah\n~tidak\n}');
    expect(q).toMatchObject({ text: 'Lihat https://bkd.sidoarjokab.go.id', options: opts(['ya', 1], ['tidak', 0]) });
  });

  it('reads points from a // points: comment, else the default', () => {
    expect(only('// points: 2.5\nBenar? {T}').points).toBe(2.5);
    expect(importGift('Benar? {T}', { defaultPoints: 4 }).questions[0].question.points).toBe(4);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    const result = importGift('\uFEFF::A:: Satu? {T}\r\n\r\n::B:: Dua? {\r\n=ya\r\n~tidak\r\n}\r\n');
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.question.title])).toEqual([
      [1, 'A'],
      [3, 'B'],
    ]);
  });

  it('separates questions by blank lines, even lines of spaces', () => {
    expect(importGift('Satu? {T}\n   \nDua? {F}\n\n\n\nTiga? {T}').questions).toHaveLength(3);
  });
});

describe('importGift: categories', () => {
  it('applies $CATEGORY: to the questions after it, without context and top', () => {
    const result = importGift(
      [
        'Tanpa kategori? {T}',
        '$CATEGORY: $course$/top/Kepegawaian/Cuti',
        'Cuti tahunan 12 hari? {T}',
        'Cuti besar 3 bulan? {T}',
        '$CATEGORY: Keuangan//Anggaran/APBD',
        'APBD? {T}',
        '$CATEGORY: $course$/top',
        'Lagi tanpa kategori? {T}',
      ].join('\n\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => q.category)).toEqual([
      undefined,
      ['Kepegawaian', 'Cuti'],
      ['Kepegawaian', 'Cuti'],
      ['Keuangan/Anggaran', 'APBD'],
      undefined,
    ]);
  });

  it('reads a question that follows its category line in the same block', () => {
    const result = importGift('$CATEGORY: Etika\n::E1:: Gratifikasi boleh? {F}');
    expect(result.questions).toEqual([{ line: 2, category: ['Etika'], question: expect.objectContaining({ title: 'E1' }) }]);
  });
});

describe('importGift: errors per question, with lines, never a throw', () => {
  const FILE = [
    '::Baik 1:: Benar? {T}', // 1
    '', // 2
    '::Rusak:: Kurung tidak ditutup {', // 3
    '=a', // 4
    '~b', // 5
    '', // 6
    '::Deskripsi:: Hanya teks tanpa jawaban', // 7
    '', // 8
    '::Jodohkan:: Pasangkan {=Sidoarjo -> Delta =Malang -> Apel}', // 9
    '', // 10
    '::Angka:: Berapa? {#', // 11
    '=3:1', // 12
    '=%50%tiga', // 13
    '}', // 14
    '', // 15
    '::Baik 2:: Salah? {F}', // 16
    '', // 17
    '::Judul tanpa akhir Teks {T}', // 18
    '', // 19
    'Bobot? {~%150%a ~b}', // 20
    '', // 21
    'Satu pilihan? {~%100%a}', // 22
    '', // 23
    'Tidak 100%? {~%50%a ~%40%b ~c}', // 24
    '', // 25
    'Rentang terbalik {#5..1}', // 26
    '', // 27
    'Dua {=a ~b} jawaban {=c ~d}', // 28
    '', // 29
    'Jawaban kosong {=}', // 30
  ].join('\n');
  let result: GiftImport;
  beforeAll(() => {
    result = importGift(FILE);
  });

  it('imports the good questions', () => {
    expect(result.questions.map((q) => [q.line, q.question.title])).toEqual([
      [1, 'Baik 1'],
      [16, 'Baik 2'],
    ]);
  });

  it('reports each bad question with its line and a code', () => {
    expect(result.errors.map((e) => [e.line, e.code, e.title])).toEqual([
      [3, 'UNBALANCED_BRACES', 'Rusak'],
      [7, 'NO_ANSWERS', 'Deskripsi'],
      [9, 'UNSUPPORTED_TYPE', 'Jodohkan'],
      [13, 'NOT_A_NUMBER', 'Angka'],
      [18, 'TITLE_NOT_CLOSED', undefined],
      [20, 'BAD_WEIGHT', undefined],
      [22, 'OPTIONS_COUNT', undefined],
      [24, 'FRACTIONS_SUM', undefined],
      [26, 'BAD_RANGE', undefined],
      [28, 'UNBALANCED_BRACES', undefined],
      [30, 'REQUIRED', undefined],
    ]);
    expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('returns nothing for an empty file or only comments', () => {
    expect(importGift('')).toEqual({ questions: [], errors: [] });
    expect(importGift('// hanya komentar\n\n// lagi')).toEqual({ questions: [], errors: [] });
  });

  it('never throws, and imports only valid questions, whatever the input', () => {
    const random = seededRandom('gift-fuzz');
    const alphabet = [
      '{',
      '}',
      '~',
      '=',
      '#',
      ':',
      '\\',
      '%',
      '\n',
      '\n\n',
      ' ',
      'a',
      '1',
      '.',
      '-',
      '>',
      '$CATEGORY:',
      '::',
      '//',
      '[markdown]',
      'T',
      '..',
    ];
    const good = exportGift(ALL_QUESTIONS.map((question) => ({ question, category: ['A'] })));
    for (let i = 0; i < 500; i++) {
      const noise = Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const cut = Math.floor(random() * good.length);
      for (const source of [noise, good.slice(0, cut) + noise + good.slice(cut)]) {
        const read = importGift(source);
        for (const q of read.questions) expect(questionProblems(q.question)).toEqual([]);
        for (const e of read.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.code).not.toBe('UNREADABLE'); // the parser understood why it refused
        }
      }
    }
  });
});

/** A question as import gives it back: options numbered 1, 2, …; grader notes have no place in GIFT. */
function asImported(question: QuestionContent): QuestionContent {
  const copy = JSON.parse(JSON.stringify(question)) as QuestionContent & { id?: string; graderNotes?: string };
  delete copy.id;
  delete copy.graderNotes;
  if (copy.type === QuestionType.SINGLE_CHOICE || copy.type === QuestionType.MULTIPLE_CHOICE) {
    copy.options = copy.options.map((o, i) => ({ ...o, id: String(i + 1) }));
  }
  return copy;
}

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortKeys(v)]),
        )
      : value;

describe('exportGift → importGift round-trips', () => {
  const TRICKY: QuestionContent[] = [
    {
      title: 'Simbol: ~ = # { } \\ ::',
      text: 'Paragraf satu dengan `kode {x}` dan a:b.\n\nParagraf dua:\n\n- butir ~satu~\n- butir #dua\n\n// bukan komentar\n$CATEGORY: bukan kategori\n####bukan umpan balik',
      points: 2.5,
      generalFeedback: 'Lihat pasal 5 = ayat #2',
      type: QuestionType.SINGLE_CHOICE,
      options: opts(['%50% diskon', 1, '[html] bukan format'], ['[x] kotak', 0.5, '50%'], ['a -> b', 0]),
    },
    {
      text: 'Tiga dari empat',
      points: 3,
      type: QuestionType.MULTIPLE_CHOICE,
      options: opts(['A', 0.3333333], ['B', 0.3333333], ['C', 0.3333334], ['D', -1, 'salah']),
    },
    {
      text: 'Dua benar penuh',
      points: 1,
      type: QuestionType.SINGLE_CHOICE,
      options: opts(['Surabaya', 1], ['Kota Surabaya', 1], ['Malang', 0]),
    },
    { text: 'Hanya umpan balik benar', points: 1, type: QuestionType.TRUE_FALSE, correct: false, falseFeedback: 'Betul #1' },
    { text: 'Hanya umpan balik salah', points: 1, type: QuestionType.TRUE_FALSE, correct: true, falseFeedback: 'Keliru' },
    { text: 'Dengan umpan balik umum', points: 1, type: QuestionType.TRUE_FALSE, correct: true, generalFeedback: 'Umum' },
    {
      text: 'Angka aneh',
      points: 1,
      type: QuestionType.NUMERIC,
      answers: [
        { value: -0.000001, tolerance: 1e-7, fraction: 1 },
        { value: 1e21, tolerance: 0, fraction: 0.25, feedback: 'besar' },
        { value: 0.1, tolerance: 0.09999999999999999, fraction: 0.5 },
      ],
    },
    { text: 'Kosong', points: 1, type: QuestionType.ESSAY, generalFeedback: 'Contoh: a = b' },
  ];

  it.each([...ALL_QUESTIONS, ...TRICKY].map((q) => [q.title ?? q.text.slice(0, 30), q] as const))('%s', (_, question) => {
    expect(questionProblems(question)).toEqual([]);
    const gift = exportGift([{ question, category: ['Bank', 'Sub/bagian'] }]);
    const read = importGift(gift);
    expect(read.errors).toEqual([]);
    expect(read.questions).toHaveLength(1);
    expect(sortKeys(read.questions[0].question)).toEqual(sortKeys(asImported(question)));
    expect(read.questions[0].category).toEqual(['Bank', 'Sub/bagian']);
  });

  it('round-trips a whole bank with categories changing', () => {
    const items = ALL_QUESTIONS.map((question, i) => ({ question, category: i < 2 ? undefined : i < 4 ? ['A'] : ['A', 'B'] }));
    const read = importGift(exportGift(items));
    expect(read.errors).toEqual([]);
    expect(read.questions.map((q) => q.category)).toEqual(items.map((i) => i.category));
    expect(read.questions.map((q) => sortKeys(q.question))).toEqual(items.map((i) => sortKeys(asImported(i.question))));
  });

  it('writes one question the way Moodle writes it', () => {
    const [single] = ALL_QUESTIONS;
    expect(questionToGift(single)).toBe(
      [
        '// points: 2',
        '::Ibu kota provinsi (bank)::[markdown]Ibu kota Jawa Timur adalah …{',
        '\t=Surabaya#Benar, Surabaya.',
        '\t~%50%Sidoarjo#hampir\\: tetangganya',
        '\t~Malang#Malang ada di Jawa Timur, tetapi bukan ibu kotanya.',
        '\t####Surabaya sejak 1950',
        '}',
      ].join('\n'),
    );
  });

  it('writes a category line where the category changes', () => {
    const tf = ALL_QUESTIONS[2];
    const gift = exportGift([{ question: tf, category: ['A'] }, { question: tf, category: ['A'] }, { question: tf }]);
    expect(gift.match(/^\$CATEGORY: .*$/gm)).toEqual(['$CATEGORY: $course$/top/A', '$CATEGORY: $course$/top']);
  });

  it('writes nothing for no questions', () => {
    expect(exportGift([])).toBe('');
  });
});
