import {
  type LayoutInput,
  type QuizSlot,
  answerRefusal,
  attemptDeadline,
  isOverdue,
  layOutAttempt,
  seededRandom,
  seededShuffle,
  startRefusal,
} from '../../../api/src/modules/assessment/quiz-attempt';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
const BANK: Record<string, string[]> = { hukum: ids('h', 10), etika: ids('e', 4) };
const OPTIONS: Record<string, string[]> = { h01: ['a', 'b', 'c', 'd'], fixed: ['a', 'b', 'c'], e02: ['x', 'y'] };

const input = (slots: QuizSlot[], over: Partial<LayoutInput> = {}): LayoutInput => ({
  slots,
  questionsInCategory: (c) => BANK[c] ?? [],
  optionIdsOf: (q) => OPTIONS[q],
  seed: 'attempt-1',
  shuffleQuestions: false,
  shuffleOptions: false,
  ...over,
});

describe('seededRandom and seededShuffle: reproducible from the seed on the attempt', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom('seed');
    const b = seededRandom('seed');
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives another sequence for another seed', () => {
    expect(seededRandom('seed-a')()).not.toBe(seededRandom('seed-b')());
  });

  it('shuffles into a permutation, the same one every time', () => {
    const items = ids('q', 20);
    const shuffled = seededShuffle(items, 'x');
    expect([...shuffled].sort()).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(seededShuffle(items, 'x')).toEqual(shuffled);
    expect(items).toEqual(ids('q', 20));
  });

  it('stays the same across releases (a stored seed must keep its paper)', () => {
    expect(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 'kp-2026')).toEqual(['g', 'e', 'h', 'c', 'b', 'd', 'a', 'f']);
  });

  it('spreads positions evenly (each item first about equally often)', () => {
    const firsts: Record<string, number> = {};
    for (let i = 0; i < 4000; i++) {
      const first = seededShuffle(['a', 'b', 'c', 'd'], `seed-${i}`)[0];
      firsts[first] = (firsts[first] ?? 0) + 1;
    }
    for (const count of Object.values(firsts)) expect(count).toBeGreaterThan(850); // 1000 expected each
    expect(Object.keys(firsts).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('layOutAttempt: the questions of an attempt', () => {
  it('keeps chosen questions in place and draws N from a category', () => {
    const layout = layOutAttempt(input([{ questionId: 'fixed' }, { categoryId: 'hukum', count: 3 }]));
    expect(layout.questionIds).toHaveLength(4);
    expect(layout.questionIds[0]).toBe('fixed');
    expect(layout.questionIds.slice(1).every((id) => BANK.hukum.includes(id))).toBe(true);
    expect(new Set(layout.questionIds).size).toBe(4);
    expect(layout.shortfall).toBe(0);
  });

  it('lays out the same attempt again from the same seed (reload, another device)', () => {
    const slots: QuizSlot[] = [
      { categoryId: 'hukum', count: 5 },
      { categoryId: 'etika', count: 2 },
    ];
    const over = { shuffleQuestions: true, shuffleOptions: true };
    expect(layOutAttempt(input(slots, over))).toEqual(layOutAttempt(input(slots, over)));
  });

  it('does not depend on the order the database returns a category in', () => {
    const slots: QuizSlot[] = [{ categoryId: 'hukum', count: 4 }];
    const reversed = layOutAttempt(input(slots, { questionsInCategory: (c) => [...BANK[c]].reverse() }));
    expect(reversed).toEqual(layOutAttempt(input(slots)));
  });

  it('draws differently for different seeds', () => {
    const slots: QuizSlot[] = [{ categoryId: 'hukum', count: 5 }];
    const papers = new Set(['s1', 's2', 's3', 's4'].map((seed) => layOutAttempt(input(slots, { seed })).questionIds.join()));
    expect(papers.size).toBeGreaterThan(1);
  });

  it('never draws a question already in the attempt', () => {
    const layout = layOutAttempt(input([{ questionId: 'e01' }, { categoryId: 'etika', count: 3 }, { categoryId: 'etika', count: 5 }]));
    expect([...layout.questionIds].sort()).toEqual(['e01', 'e02', 'e03', 'e04']);
    expect(layout.shortfall).toBe(5);
  });

  it('reports what a category could not supply', () => {
    expect(
      layOutAttempt(
        input([
          { categoryId: 'etika', count: 6 },
          { categoryId: 'kosong', count: 2 },
        ]),
      ).shortfall,
    ).toBe(4);
  });

  it('shuffles the questions only when the quiz says so', () => {
    const slots: QuizSlot[] = ids('h', 10).map((questionId) => ({ questionId }));
    expect(layOutAttempt(input(slots)).questionIds).toEqual(ids('h', 10));
    const shuffled = layOutAttempt(input(slots, { shuffleQuestions: true })).questionIds;
    expect(shuffled).not.toEqual(ids('h', 10));
    expect([...shuffled].sort()).toEqual(ids('h', 10));
  });

  it('stores option orders for choice questions, shuffled only when the quiz says so', () => {
    const slots: QuizSlot[] = [{ questionId: 'fixed' }, { questionId: 'h01' }, { questionId: 'h02' }];
    expect(layOutAttempt(input(slots)).optionOrder).toEqual({ fixed: ['a', 'b', 'c'], h01: ['a', 'b', 'c', 'd'] });
    const shuffled = layOutAttempt(input(slots, { shuffleOptions: true })).optionOrder;
    expect(Object.keys(shuffled).sort()).toEqual(['fixed', 'h01']);
    expect([...shuffled.h01].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a question the same option order whichever other questions were drawn', () => {
    const alone = layOutAttempt(input([{ questionId: 'h01' }], { shuffleOptions: true })).optionOrder.h01;
    const withOthers = layOutAttempt(
      input([{ questionId: 'fixed' }, { questionId: 'h01' }], { shuffleOptions: true, shuffleQuestions: true }),
    ).optionOrder.h01;
    expect(withOthers).toEqual(alone);
  });
});

describe('attemptDeadline: the earlier of start + time limit and the close time', () => {
  const start = new Date('2026-03-10T08:00:00Z');
  it.each<[string, number | null, string | null, string | null]>([
    ['time limit only', 30, null, '2026-03-10T08:30:00.000Z'],
    ['close time only', null, '2026-03-10T17:00:00Z', '2026-03-10T17:00:00.000Z'],
    ['time limit ends first', 30, '2026-03-10T17:00:00Z', '2026-03-10T08:30:00.000Z'],
    ['the quiz closes first', 90, '2026-03-10T09:00:00Z', '2026-03-10T09:00:00.000Z'],
    ['neither: no deadline', null, null, null],
  ])('%s', (_, timeLimitMinutes, closesAt, deadline) => {
    const d = attemptDeadline({ startedAt: start, timeLimitMinutes, closesAt: closesAt ? new Date(closesAt) : null });
    expect(d?.toISOString() ?? null).toBe(deadline);
  });
});

describe('answerRefusal and isOverdue: the server owns time', () => {
  const deadline = new Date('2026-03-10T08:30:00Z');
  it.each<[string, boolean, Date | null, string, string | null]>([
    ['before the deadline', false, deadline, '2026-03-10T08:29:59.999Z', null],
    ['at the deadline', false, deadline, '2026-03-10T08:30:00Z', 'DEADLINE_PASSED'],
    ['after the deadline', false, deadline, '2026-03-10T09:00:00Z', 'DEADLINE_PASSED'],
    ['without a deadline', false, null, '2030-01-01T00:00:00Z', null],
    ['a finished attempt', true, deadline, '2026-03-10T08:00:00Z', 'ATTEMPT_FINISHED'],
  ])('%s', (_, finished, d, now, refusal) => {
    expect(answerRefusal({ finished, deadline: d }, new Date(now))).toBe(refusal);
  });

  it('an attempt is overdue from its deadline on', () => {
    expect(isOverdue(deadline, new Date('2026-03-10T08:29:59Z'))).toBe(false);
    expect(isOverdue(deadline, deadline)).toBe(true);
    expect(isOverdue(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('startRefusal: whether another attempt may start', () => {
  const quiz = { opensAt: new Date('2026-03-01T00:00:00Z'), closesAt: new Date('2026-03-31T00:00:00Z'), attemptsAllowed: 2 };
  it.each<[string, object, number, string, string | null]>([
    ['open, first attempt', quiz, 0, '2026-03-10T00:00:00Z', null],
    ['open, second of two', quiz, 1, '2026-03-10T00:00:00Z', null],
    ['no attempts left', quiz, 2, '2026-03-10T00:00:00Z', 'NO_ATTEMPTS_LEFT'],
    ['before it opens', quiz, 0, '2026-02-28T23:59:59Z', 'NOT_OPEN_YET'],
    ['at the close time', quiz, 0, '2026-03-31T00:00:00Z', 'CLOSED'],
    ['unlimited attempts', { attemptsAllowed: null }, 50, '2026-03-10T00:00:00Z', null],
    ['no window at all', {}, 0, '2000-01-01T00:00:00Z', null],
  ])('%s', (_, q, made, now, refusal) => {
    expect(startRefusal(q, made, new Date(now))).toBe(refusal);
  });
});
