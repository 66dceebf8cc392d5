import { discriminationRating, type ItemScore, itemAnalysis } from '../../../api/src/modules/assessment/item-analysis';

/** Attempts as rows of scores on questions q1..qn, each worth 1 point; null = pending. */
const matrix = (rows: (number | null)[][]): ItemScore[][] =>
  rows.map((row) => row.map((score, i) => ({ questionId: `q${i + 1}`, score, maxScore: 1 })));

const byId = (stats: ReturnType<typeof itemAnalysis>) => Object.fromEntries(stats.map((s) => [s.questionId, s]));

describe('itemAnalysis: facility and discrimination per question', () => {
  // Six learners, strongest first. Everyone gets q1; the strong get q2; q5 only the weakest get.
  const MATRIX = matrix([
    [1, 1, 1, 1, 0],
    [1, 1, 1, 0, 0],
    [1, 1, 0, 1, 0],
    [1, 0, 1, 0, 0],
    [1, 0, 0, 0, 1],
    [1, 0, 0, 0, 1],
  ]);
  const stats = byId(itemAnalysis(MATRIX));

  it('facility is the mean score as a percent', () => {
    expect([1, 2, 3, 4, 5].map((i) => stats[`q${i}`].facility)).toEqual([100, 50, 50, 33.33, 33.33]);
    expect(stats.q1.attempts).toBe(6);
  });

  it('a question everyone gets right does not discriminate (no variance)', () => {
    expect(stats.q1.discrimination).toBeNull();
  });

  it('is the correlation with the rest of the attempt (worked by hand)', () => {
    // q2 = [1,1,1,0,0,0]; the rest (q1,q3,q4,q5 out of 4) = [.75,.5,.5,.5,.5,.5]:
    // sxy = 0.125, sxx = 1.5, syy = 0.0520833 → r = 0.125 / √(1.5 × 0.0520833) = 0.447
    expect(stats.q2.discrimination).toBe(0.447);
  });

  it('a question only the weak get right discriminates negatively', () => {
    expect(stats.q5.discrimination).toBeLessThan(-0.8);
  });

  it('does not count the question in its own rest (which would inflate it)', () => {
    // Against the whole total ([4,3,3,2,2,2]) q2 would correlate at 2 / √(1.5 × 3.33) = 0.894.
    expect(stats.q2.discrimination).toBeLessThan(0.5);
  });

  it('handles partial credit and different points', () => {
    const attempts: ItemScore[][] = [
      [
        { questionId: 'essay', score: 8, maxScore: 10 },
        { questionId: 'mc', score: 2, maxScore: 2 },
      ],
      [
        { questionId: 'essay', score: 5, maxScore: 10 },
        { questionId: 'mc', score: 1, maxScore: 2 },
      ],
      [
        { questionId: 'essay', score: 2, maxScore: 10 },
        { questionId: 'mc', score: 0, maxScore: 2 },
      ],
    ];
    const s = byId(itemAnalysis(attempts));
    expect(s.essay.facility).toBe(50);
    expect(s.mc.facility).toBe(50);
    expect(s.essay.discrimination).toBe(1);
  });

  it('leaves out pending scores and counts a random question over the attempts that had it', () => {
    const attempts: ItemScore[][] = [
      [
        { questionId: 'a', score: 1, maxScore: 1 },
        { questionId: 'r1', score: 1, maxScore: 1 },
      ],
      [
        { questionId: 'a', score: 0, maxScore: 1 },
        { questionId: 'r2', score: 0, maxScore: 1 },
      ],
      [
        { questionId: 'a', score: 1, maxScore: 1 },
        { questionId: 'r1', score: null, maxScore: 1 },
      ],
    ];
    const s = byId(itemAnalysis(attempts));
    expect(s.a.attempts).toBe(3);
    expect(s.r1.attempts).toBe(1);
    expect(s.r1.facility).toBe(100);
    expect(s.r2.facility).toBe(0);
  });

  it('needs at least 3 attempts for a discrimination', () => {
    const s = byId(
      itemAnalysis(
        matrix([
          [1, 1],
          [0, 0],
        ]),
      ),
    );
    expect(s.q1.discrimination).toBeNull();
    expect(s.q1.facility).toBe(50);
  });

  it('has nothing to say without attempts', () => {
    expect(itemAnalysis([])).toEqual([]);
  });
});

describe('discriminationRating', () => {
  it('reads above 0.3 as good, 0.1 to 0.3 as fair, below 0.1 or negative as worth reviewing, and nothing as nothing', () => {
    expect(discriminationRating(0.45)).toBe('GOOD');
    expect(discriminationRating(0.3)).toBe('FAIR');
    expect(discriminationRating(0.1)).toBe('FAIR');
    expect(discriminationRating(0.099)).toBe('REVIEW');
    expect(discriminationRating(-0.2)).toBe('REVIEW');
    expect(discriminationRating(null)).toBeNull();
  });
});
