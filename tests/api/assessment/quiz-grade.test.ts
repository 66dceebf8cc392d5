import { Outcome, type QuestionResult } from '../../../api/src/modules/assessment/question-scoring';
import { type FinishedAttempt, GradingMethod, attemptTotal, passes, quizGrade } from '../../../api/src/modules/assessment/quiz-grade';

const graded = (score: number, maxScore: number): QuestionResult => ({
  maxScore,
  score,
  graded: true,
  outcome: Outcome.PARTIAL,
  feedback: [],
});
const pendingEssay = (maxScore: number): QuestionResult => ({
  maxScore,
  score: null,
  graded: false,
  outcome: Outcome.PENDING,
  feedback: [],
});

describe('attemptTotal', () => {
  it.each<[string, QuestionResult[], object]>([
    ['all graded', [graded(2, 2), graded(1.5, 3), graded(0, 5)], { score: 3.5, maxScore: 10, pending: false, percent: 35 }],
    ['an essay waits: no percent yet', [graded(2, 2), pendingEssay(8)], { score: 2, maxScore: 10, pending: true, percent: null }],
    ['thirds stay at two decimals', [graded(1, 3)], { score: 1, maxScore: 3, pending: false, percent: 33.33 }],
    ['no questions', [], { score: 0, maxScore: 0, pending: false, percent: null }],
    ['sums without binary noise', [graded(0.1, 1), graded(0.2, 1)], { score: 0.3, maxScore: 2, pending: false, percent: 15 }],
  ])('%s', (_, results, total) => {
    expect(attemptTotal(results)).toEqual(total);
  });
});

const at = (day: number, percent: number | null): FinishedAttempt => ({ finishedAt: new Date(Date.UTC(2026, 2, day)), percent });

describe('quizGrade: highest, last or average of the finished attempts', () => {
  it.each<[string, GradingMethod, FinishedAttempt[], number | null, boolean]>([
    ['highest', GradingMethod.HIGHEST, [at(1, 40), at(2, 80), at(3, 60)], 80, false],
    ['last (by finish time, whatever the list order)', GradingMethod.LAST, [at(3, 60), at(1, 40), at(2, 80)], 60, false],
    ['average', GradingMethod.AVERAGE, [at(1, 40), at(2, 80), at(3, 60)], 60, false],
    ['average to two decimals', GradingMethod.AVERAGE, [at(1, 50), at(2, 50), at(3, 60)], 53.33, false],
    ['no attempts', GradingMethod.HIGHEST, [], null, false],
    ['highest while another waits for a trainer', GradingMethod.HIGHEST, [at(1, 70), at(2, null)], 70, true],
    ['average of the graded while another waits', GradingMethod.AVERAGE, [at(1, 70), at(2, 50), at(3, null)], 60, true],
    ['last waits for a trainer: no grade yet', GradingMethod.LAST, [at(1, 90), at(2, null)], null, true],
    ['last is graded, an earlier one waits', GradingMethod.LAST, [at(1, null), at(2, 55)], 55, false],
    ['only pending attempts', GradingMethod.AVERAGE, [at(1, null)], null, true],
  ])('%s', (_, method, attempts, percent, pending) => {
    expect(quizGrade(method, attempts)).toEqual({ percent, pending });
  });
});

describe('passes: the pass mark', () => {
  it.each<[number | null, number | null | undefined, boolean | null]>([
    [70, 70, true],
    [69.99, 70, false],
    [100, 70, true],
    [0, null, true],
    [null, 70, null],
  ])('a grade of %p with pass mark %p passes: %p', (percent, mark, result) => {
    expect(passes({ percent, pending: false }, mark)).toBe(result);
  });
});
