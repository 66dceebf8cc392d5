import { Outcome, gradeResponse } from '../../../api/src/modules/assessment/question-scoring';
import {
  type AttemptItem,
  type ReviewPolicy,
  ReviewTiming,
  type ReviewVisibility,
  reviewAttempt,
  reviewQuestion,
  reviewVisibility,
  rightAnswer,
} from '../../../api/src/modules/assessment/review-policy';
import { ALL_QUESTIONS, ESSAY, MULTIPLE, NUMERIC, SHORT, SINGLE, TRUE_FALSE } from './questions';

const { IMMEDIATELY, AFTER_CLOSE, NEVER } = ReviewTiming;
const CLOSES = new Date('2026-03-10T17:00:00Z');
const BEFORE = new Date('2026-03-10T16:59:59Z');
const AFTER = new Date('2026-03-10T17:00:00Z');
const all = (timing: ReviewTiming): ReviewPolicy => ({ score: timing, rightAnswers: timing, feedback: timing });
const seen = (score: boolean, rightAnswers: boolean, feedback: boolean): ReviewVisibility => ({ score, rightAnswers, feedback });

describe('reviewVisibility: when a learner sees score, right answers and feedback', () => {
  it.each<[string, ReviewPolicy, boolean, Date, Date | null, ReviewVisibility]>([
    ['immediately: after finishing', all(IMMEDIATELY), true, BEFORE, CLOSES, seen(true, true, true)],
    ['immediately: nothing while the attempt is open', all(IMMEDIATELY), false, AFTER, CLOSES, seen(false, false, false)],
    ['after close: not while the quiz is open', all(AFTER_CLOSE), true, BEFORE, CLOSES, seen(false, false, false)],
    ['after close: from the close time on', all(AFTER_CLOSE), true, AFTER, CLOSES, seen(true, true, true)],
    ['after close: an open attempt still shows nothing', all(AFTER_CLOSE), false, AFTER, CLOSES, seen(false, false, false)],
    ['after close: a quiz without close time never gets there', all(AFTER_CLOSE), true, AFTER, null, seen(false, false, false)],
    ['never', all(NEVER), true, AFTER, CLOSES, seen(false, false, false)],
    [
      'mixed: score now, answers after close, no feedback',
      { score: IMMEDIATELY, rightAnswers: AFTER_CLOSE, feedback: NEVER },
      true,
      BEFORE,
      CLOSES,
      seen(true, false, false),
    ],
    [
      'mixed, after close',
      { score: IMMEDIATELY, rightAnswers: AFTER_CLOSE, feedback: NEVER },
      true,
      AFTER,
      CLOSES,
      seen(true, true, false),
    ],
  ])('%s', (_, policy, attemptFinished, now, closesAt, visibility) => {
    expect(reviewVisibility(policy, { attemptFinished, now, closesAt })).toEqual(visibility);
  });
});

describe('rightAnswer: the key a review may show', () => {
  it.each([
    [SINGLE, { optionIds: ['a'] }],
    [MULTIPLE, { optionIds: ['a', 'b'] }],
    [TRUE_FALSE, { truth: true }],
    [SHORT, { texts: ['Soekarno', 'Sukarno'] }],
    [NUMERIC, { numbers: [{ value: 2.5, tolerance: 0.05 }] }],
    [ESSAY, null],
  ])('%#: $type', (question, key) => {
    expect(rightAnswer(question)).toEqual(key);
  });
});

const item = (question: AttemptItem['question'], response: AttemptItem['response']): AttemptItem => ({
  question,
  response,
  result: gradeResponse(question, response),
});

describe('reviewQuestion: only what the policy allows', () => {
  const answered = item(SINGLE, { optionIds: ['b'] });

  it('with everything hidden: the question, the learner’s own response, the points', () => {
    const review = reviewQuestion(answered, seen(false, false, false));
    expect(review).toEqual({
      question: {
        id: 'q-single',
        type: 'SINGLE_CHOICE',
        text: SINGLE.text,
        points: 2,
        options: SINGLE.options.map(({ id, text }) => ({ id, text })),
      },
      response: { optionIds: ['b'] },
      maxScore: 2,
      graded: true,
    });
  });

  it('with the score: score and outcome, no feedback or key', () => {
    const review = reviewQuestion(answered, seen(true, false, false));
    expect(review).toMatchObject({ score: 1, outcome: Outcome.PARTIAL });
    expect(review).not.toHaveProperty('feedback');
    expect(review).not.toHaveProperty('rightAnswer');
  });

  it('with feedback: the chosen option’s, then the general feedback', () => {
    const review = reviewQuestion(answered, seen(false, false, true));
    expect(review.feedback).toEqual(['hampir: tetangganya', 'Surabaya sejak 1950']);
    expect(review).not.toHaveProperty('score');
  });

  it('with right answers: the key', () => {
    expect(reviewQuestion(answered, seen(false, true, false)).rightAnswer).toEqual({ optionIds: ['a'] });
  });

  it('keeps the option order the learner saw', () => {
    const review = reviewQuestion({ ...answered, optionOrder: ['c', 'b', 'a'] }, seen(false, false, false));
    expect(review.question.options?.map((o) => o.id)).toEqual(['c', 'b', 'a']);
  });

  it('hidden parts leave no trace of the key in the review', () => {
    for (const question of ALL_QUESTIONS) {
      const serialised = JSON.stringify(reviewQuestion(item(question, null), seen(false, false, false)));
      expect(serialised).not.toMatch(/fraction|feedback|tolerance|graderNotes|rightAnswer|"score"|outcome/);
    }
  });
});

describe('reviewAttempt', () => {
  const items = [item(SINGLE, { optionIds: ['a'] }), item(TRUE_FALSE, { truth: false }), item(ESSAY, { text: 'Belajar sejawat.' })];

  it('adds the total when the score may be seen', () => {
    expect(reviewAttempt(items, seen(true, false, false)).total).toEqual({ score: 2, maxScore: 13, pending: true, percent: null });
  });

  it('leaves the total out otherwise', () => {
    const review = reviewAttempt(items, seen(false, true, true));
    expect(review).not.toHaveProperty('total');
    expect(review.questions).toHaveLength(3);
    expect(review.questions[2].graded).toBe(false);
  });
});
