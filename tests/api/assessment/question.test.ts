import {
  type QuestionContent,
  QuestionType,
  multipleChoiceFractions,
  questionProblems,
} from '../../../api/src/modules/assessment/question';
import { ALL_QUESTIONS, MULTIPLE, NUMERIC, SHORT, SINGLE } from './questions';

const rules = (question: QuestionContent) => questionProblems(question).map((p) => `${p.field}:${p.rule}`);

describe('questionProblems: what may be saved to the bank', () => {
  it.each(ALL_QUESTIONS.map((q) => [q.type, q] as const))('a well-formed %s question has no problems', (_, question) => {
    expect(questionProblems(question)).toEqual([]);
  });

  const single = (options: { id: string; text: string; fraction: number }[]): QuestionContent => ({ ...SINGLE, options });
  const multiple = (fractions: number[]): QuestionContent => ({
    ...MULTIPLE,
    options: fractions.map((fraction, i) => ({ id: String(i), text: `Pilihan ${i}`, fraction })),
  });

  it.each<[string, QuestionContent, string[]]>([
    ['blank text', { ...SINGLE, text: '  ' }, ['text:REQUIRED']],
    ['zero points', { ...SINGLE, points: 0 }, ['points:POINTS_RANGE']],
    ['negative points', { ...SINGLE, points: -1 }, ['points:POINTS_RANGE']],
    ['points with three decimals', { ...SINGLE, points: 1.005 }, ['points:POINTS_RANGE']],
    ['points above the limit', { ...SINGLE, points: 1001 }, ['points:POINTS_RANGE']],
    ['one option', single([{ id: 'a', text: 'Surabaya', fraction: 1 }]), ['options:OPTIONS_COUNT']],
    [
      'no fully right option',
      single([
        { id: 'a', text: 'A', fraction: 0.5 },
        { id: 'b', text: 'B', fraction: 0 },
      ]),
      ['options:NO_FULL_CREDIT'],
    ],
    [
      'negative fraction in single choice',
      single([
        { id: 'a', text: 'A', fraction: 1 },
        { id: 'b', text: 'B', fraction: -0.5 },
      ]),
      ['options.1.fraction:FRACTION_RANGE'],
    ],
    [
      'duplicate option ids',
      single([
        { id: 'a', text: 'A', fraction: 1 },
        { id: 'a', text: 'B', fraction: 0 },
      ]),
      ['options.1.id:DUPLICATE_ID'],
    ],
    [
      'blank option text',
      single([
        { id: 'a', text: 'A', fraction: 1 },
        { id: 'b', text: ' ', fraction: 0 },
      ]),
      ['options.1.text:REQUIRED'],
    ],
    ['multiple choice right options below 100 %', multiple([0.5, 0.4, -1]), ['options:FRACTIONS_SUM']],
    ['multiple choice right options above 100 %', multiple([0.6, 0.6, -1]), ['options:FRACTIONS_SUM']],
    ['multiple choice fraction below -1', multiple([0.5, 0.5, -1.5]), ['options.2.fraction:FRACTION_RANGE']],
    ['multiple choice with thirds (rounded to 7 decimals) adds up', multiple([0.3333333, 0.3333333, 0.3333333, -1]), []],
    ['short answer without answers', { ...SHORT, answers: [] }, ['answers:ANSWERS_COUNT']],
    ['short answer without a fully right one', { ...SHORT, answers: [{ text: 'Bung Karno', fraction: 0.5 }] }, ['answers:NO_FULL_CREDIT']],
    [
      'short answers learners could not tell apart',
      {
        ...SHORT,
        answers: [
          { text: 'Soekarno', fraction: 1 },
          { text: ' SOEKARNO ', fraction: 0.5 },
        ],
      },
      ['answers.1.text:DUPLICATE_ANSWER'],
    ],
    [
      'short answer above 100 %',
      { ...SHORT, answers: [{ text: 'Soekarno', fraction: 1.5 }] },
      ['answers.0.fraction:FRACTION_RANGE', 'answers:NO_FULL_CREDIT'],
    ],
    [
      'negative tolerance',
      { ...NUMERIC, answers: [{ value: 2.5, tolerance: -0.1, fraction: 1 }] },
      ['answers.0.tolerance:TOLERANCE_RANGE'],
    ],
    [
      'value that is not a number',
      { ...NUMERIC, answers: [{ value: Number.NaN, tolerance: 0, fraction: 1 }] },
      ['answers.0.value:NOT_A_NUMBER'],
    ],
    [
      'numeric without a fully right answer',
      { ...NUMERIC, answers: [{ value: 2, tolerance: 0, fraction: 0.5 }] },
      ['answers:NO_FULL_CREDIT'],
    ],
  ])('refuses %s', (_, question, expected) => {
    expect(rules(question)).toEqual(expected);
  });

  it('refuses a true/false question whose feedback is too long', () => {
    expect(rules({ type: QuestionType.TRUE_FALSE, text: 'Benar?', points: 1, correct: true, trueFeedback: 'x'.repeat(5001) })).toEqual([
      'trueFeedback:maxLength',
    ]);
  });
});

describe('multipleChoiceFractions: the default partial-credit weights', () => {
  it.each<[string, boolean[], number[]]>([
    ['2 right of 4', [true, true, false, false], [0.5, 0.5, -0.5, -0.5]],
    ['1 right of 3', [false, true, false], [-0.5, 1, -0.5]],
    ['3 right of 4: thirds to 7 decimals', [true, true, true, false], [0.3333333, 0.3333333, 0.3333333, -1]],
    ['all right: nothing to lose', [true, true], [0.5, 0.5]],
  ])('%s', (_, right, fractions) => {
    expect(multipleChoiceFractions(right)).toEqual(fractions);
  });

  it('gives fractions the bank accepts', () => {
    const fractions = multipleChoiceFractions([true, true, true, false, false, false, false]);
    const question = { ...MULTIPLE, options: fractions.map((fraction, i) => ({ id: String(i), text: `P${i}`, fraction })) };
    expect(questionProblems(question)).toEqual([]);
  });
});
