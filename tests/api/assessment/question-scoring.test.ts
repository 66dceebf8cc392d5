import { type Question, QuestionType, multipleChoiceFractions } from '../../../api/src/modules/assessment/question';
import {
  type LearnerResponse,
  Outcome,
  gradeResponse,
  manualGrade,
  manualGradeProblems,
  responseProblems,
  withinTolerance,
} from '../../../api/src/modules/assessment/question-scoring';
import { ESSAY, MULTIPLE, NUMERIC, SHORT, SINGLE, TRUE_FALSE } from './questions';

type Row = [string, LearnerResponse | null, number | null, Outcome, string[]];

const check =
  (question: Question) => (_: string, response: LearnerResponse | null, score: number | null, outcome: Outcome, feedback: string[]) => {
    const result = gradeResponse(question, response);
    expect(result).toEqual({ maxScore: question.points, score, graded: outcome !== Outcome.PENDING, outcome, feedback });
  };

describe('single choice (2 points)', () => {
  it.each<Row>([
    ['the right option', { optionIds: ['a'] }, 2, Outcome.CORRECT, ['Benar, Surabaya.']],
    ['the half-right option', { optionIds: ['b'] }, 1, Outcome.PARTIAL, ['hampir: tetangganya']],
    ['a wrong option', { optionIds: ['c'] }, 0, Outcome.INCORRECT, ['Malang ada di Jawa Timur, tetapi bukan ibu kotanya.']],
    ['nothing chosen', { optionIds: [] }, 0, Outcome.UNANSWERED, []],
    ['no response at all', null, 0, Outcome.UNANSWERED, []],
    ['two options (never valid) earn nothing', { optionIds: ['a', 'c'] }, 0, Outcome.INCORRECT, []],
    ['an unknown option is no answer', { optionIds: ['z'] }, 0, Outcome.UNANSWERED, []],
  ])('%s', check(SINGLE));
});

describe('multiple choice (4 points; right +50 % each, wrong -50 % each): sum clamped to 0..points', () => {
  it.each<Row>([
    ['both right options', { optionIds: ['a', 'b'] }, 4, Outcome.CORRECT, ['Integritas termasuk kompetensi manajerial.']],
    ['one right option', { optionIds: ['b'] }, 2, Outcome.PARTIAL, []],
    [
      'one right and one wrong: 50 % − 50 %',
      { optionIds: ['a', 'c'] },
      0,
      Outcome.INCORRECT,
      ['Integritas termasuk kompetensi manajerial.', 'itu sosial kultural'],
    ],
    ['both right and one wrong', { optionIds: ['a', 'b', 'd'] }, 2, Outcome.PARTIAL, ['Integritas termasuk kompetensi manajerial.']],
    [
      'everything ticked earns nothing',
      { optionIds: ['a', 'b', 'c', 'd'] },
      0,
      Outcome.INCORRECT,
      ['Integritas termasuk kompetensi manajerial.', 'itu sosial kultural'],
    ],
    ['only wrong ones: clamped at 0, never negative', { optionIds: ['c', 'd'] }, 0, Outcome.INCORRECT, ['itu sosial kultural']],
    ['the order chosen does not matter', { optionIds: ['b', 'a'] }, 4, Outcome.CORRECT, ['Integritas termasuk kompetensi manajerial.']],
    ['nothing ticked', { optionIds: [] }, 0, Outcome.UNANSWERED, []],
  ])('%s', check(MULTIPLE));

  it('thirds add up to full points', () => {
    const fractions = multipleChoiceFractions([true, true, true, false]);
    const question: Question = {
      ...MULTIPLE,
      points: 3,
      options: fractions.map((fraction, i) => ({ id: String(i), text: `P${i}`, fraction })),
    };
    expect(gradeResponse(question, { optionIds: ['0', '1', '2'] })).toMatchObject({ score: 3, outcome: Outcome.CORRECT });
    expect(gradeResponse(question, { optionIds: ['0'] })).toMatchObject({ score: 1, outcome: Outcome.PARTIAL });
    expect(gradeResponse(question, { optionIds: ['0', '1', '2', '3'] })).toMatchObject({ score: 0, outcome: Outcome.INCORRECT });
  });
});

describe('true/false (1 point, the statement is true)', () => {
  it.each<Row>([
    ['true', { truth: true }, 1, Outcome.CORRECT, ['betul, 45 menit']],
    ['false', { truth: false }, 0, Outcome.INCORRECT, ['keliru, 45 menit']],
    ['not answered', {}, 0, Outcome.UNANSWERED, []],
  ])('%s', check(TRUE_FALSE));

  it('a false statement answered false is right', () => {
    expect(gradeResponse({ ...TRUE_FALSE, correct: false }, { truth: false })).toMatchObject({ score: 1, outcome: Outcome.CORRECT });
  });
});

describe('short answer (2 points)', () => {
  it.each<Row>([
    ['an accepted answer', { text: 'Soekarno' }, 2, Outcome.CORRECT, ['tepat']],
    ['another accepted spelling', { text: 'Sukarno' }, 2, Outcome.CORRECT, []],
    ['case and spaces do not matter', { text: '  SOEKARNO ' }, 2, Outcome.CORRECT, ['tepat']],
    ['diacritics do not matter', { text: 'Soekárno' }, 2, Outcome.CORRECT, ['tepat']],
    ['repeated spaces inside do not matter', { text: 'bung   karno' }, 1, Outcome.PARTIAL, ['sebut nama lengkapnya']],
    ['a known mistake: 0 with its feedback', { text: 'Hatta' }, 0, Outcome.INCORRECT, ['Hatta adalah wakil presiden pertama.']],
    ['anything else', { text: 'Soeharto' }, 0, Outcome.INCORRECT, []],
    ['a spelling variant nobody listed', { text: 'Soekarnoe' }, 0, Outcome.INCORRECT, []],
    ['blank', { text: '   ' }, 0, Outcome.UNANSWERED, []],
  ])('%s', check(SHORT));

  it('takes the best of several answers that match (as in a bank saved before a rule change)', () => {
    const question: Question = {
      ...SHORT,
      answers: [
        { text: 'Bung Karno', fraction: 0.5 },
        { text: 'bung  karno', fraction: 1 },
      ],
    };
    expect(gradeResponse(question, { text: 'Bung Karno' }).score).toBe(2);
  });
});

describe('numeric (3 points: 2.5 ± 0.05 full, 2 ± 0.5 half)', () => {
  it.each<Row>([
    ['exact, decimal point', { text: '2.5' }, 3, Outcome.CORRECT, ['20 / 8']],
    ['exact, decimal comma', { text: '2,5' }, 3, Outcome.CORRECT, ['20 / 8']],
    ['within the tolerance', { text: '2,54' }, 3, Outcome.CORRECT, ['20 / 8']],
    ['at the edge of the tolerance', { text: '2.45' }, 3, Outcome.CORRECT, ['20 / 8']],
    ['just outside: the partial answer', { text: '2,44' }, 1.5, Outcome.PARTIAL, ['dekat']],
    ['outside every answer', { text: '4' }, 0, Outcome.INCORRECT, ['hitung 20 / 8']],
    ['not a number', { text: 'dua setengah' }, 0, Outcome.INCORRECT, ['hitung 20 / 8']],
    ['blank', { text: '' }, 0, Outcome.UNANSWERED, []],
  ])('%s', check(NUMERIC));

  const thousands: Question = { ...NUMERIC, answers: [{ value: 1500, tolerance: 0, fraction: 1 }] };
  const oneAndHalf: Question = { ...NUMERIC, answers: [{ value: 1.5, tolerance: 0, fraction: 1 }] };
  it.each<[string, Question, string, number]>([
    ['"1.500" meaning fifteen hundred', thousands, '1.500', 3],
    ['"1.500" meaning one and a half', oneAndHalf, '1.500', 3],
    ['"1.500,0" is only fifteen hundred', oneAndHalf, '1.500,0', 0],
    ['"1,5" is only one and a half', thousands, '1,5', 0],
    ['"Rp 1.500" is not a number', thousands, 'Rp 1.500', 0],
  ])('%s', (_, question, text, score) => {
    expect(gradeResponse(question, { text }).score).toBe(score);
  });

  it.each<[number, number, number, boolean]>([
    [0.1 + 0.2, 0.3, 0, true],
    [3.15, 3.14, 0.01, true],
    [3.16, 3.14, 0.01, false],
    [-5, -4, 1, true],
  ])('withinTolerance(%p, %p ± %p) is %p', (response, value, tolerance, within) => {
    expect(withinTolerance(response, value, tolerance)).toBe(within);
  });
});

describe('essay (10 points): a trainer grades', () => {
  it('waits for the trainer when there is text', () => {
    expect(gradeResponse(ESSAY, { text: 'Belajar bersama rekan.' })).toEqual({
      maxScore: 10,
      score: null,
      graded: false,
      outcome: Outcome.PENDING,
      feedback: [],
    });
  });

  it('a blank essay scores 0 without a trainer', () => {
    expect(gradeResponse(ESSAY, { text: ' \n ' })).toMatchObject({ score: 0, graded: true, outcome: Outcome.UNANSWERED });
  });

  it.each<[number, Outcome]>([
    [10, Outcome.CORRECT],
    [7.5, Outcome.PARTIAL],
    [0, Outcome.INCORRECT],
  ])('the trainer gives %p points', (score, outcome) => {
    expect(manualGrade(ESSAY, score, 'Contoh yang baik.')).toEqual({
      maxScore: 10,
      score,
      graded: true,
      outcome,
      feedback: ['Contoh yang baik.'],
    });
  });

  it.each([-1, 10.5, 3.333, Number.NaN])('refuses a trainer score of %p', (score) => {
    expect(manualGradeProblems(ESSAY, score).map((p) => p.rule)).toEqual(['SCORE_RANGE']);
  });

  it('accepts a trainer score within the points', () => {
    expect(manualGradeProblems(ESSAY, 9.25)).toEqual([]);
  });
});

describe('responseProblems: what may be saved as a response', () => {
  it.each<[string, Question, LearnerResponse, string[]]>([
    ['one option for single choice', SINGLE, { optionIds: ['a'] }, []],
    ['a cleared answer', SINGLE, {}, []],
    ['two options for single choice', SINGLE, { optionIds: ['a', 'b'] }, ['ONE_OPTION_ONLY']],
    ['an option of another question', SINGLE, { optionIds: ['z'] }, ['UNKNOWN_OPTION']],
    ['the same option twice', MULTIPLE, { optionIds: ['a', 'a'] }, ['DUPLICATE_ID']],
    ['several options for multiple choice', MULTIPLE, { optionIds: ['a', 'b', 'c'] }, []],
    ['text for a choice question', SINGLE, { text: 'Surabaya' }, ['NOT_FOR_THIS_TYPE']],
    ['options for a short answer', SHORT, { optionIds: ['a'] }, ['NOT_FOR_THIS_TYPE']],
    ['a truth for a numeric question', NUMERIC, { truth: true }, ['NOT_FOR_THIS_TYPE']],
    ['text for true/false', TRUE_FALSE, { text: 'benar' }, ['NOT_FOR_THIS_TYPE']],
    ['a truth for true/false', TRUE_FALSE, { truth: false }, []],
    ['an essay', ESSAY, { text: 'Jawaban saya.' }, []],
    ['an essay that is too long', ESSAY, { text: 'x'.repeat(50_001) }, ['maxLength']],
  ])('%s', (_, question, response, expected) => {
    expect(responseProblems(question, response).map((p) => p.rule)).toEqual(expected);
  });
});

describe('every type has a scoring case', () => {
  it('covers all question types', () => {
    const covered = [SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, ESSAY].map((q) => q.type).sort();
    expect(covered).toEqual(Object.values(QuestionType).sort());
  });
});
