import {
  type CriterionScore,
  type GradeChange,
  type Rubric,
  gradeChangeProblems,
  gradeHistoryEntry,
  rubricMaxScore,
  rubricProblems,
  rubricScoringProblems,
  rubricTotal,
} from '../../../api/src/modules/assessment/rubric';

const levels = (...points: number[]) => points.map((p, i) => ({ id: `l${i}`, title: `Level ${i}`, points: p }));

/** A report graded on content (0–10) and language (0–5). */
const RUBRIC: Rubric = {
  criteria: [
    { id: 'isi', title: 'Isi laporan', levels: levels(0, 4, 7, 10) },
    { id: 'bahasa', title: 'Bahasa', levels: levels(1, 3, 5) },
  ],
};

const rules = (rubric: Rubric) => rubricProblems(rubric).map((p) => `${p.field}:${p.rule}`);

describe('rubricProblems', () => {
  it('accepts a well-formed rubric', () => {
    expect(rubricProblems(RUBRIC)).toEqual([]);
  });

  it.each<[string, Rubric, string[]]>([
    ['no criteria', { criteria: [] }, ['criteria:CRITERIA_COUNT']],
    ['a criterion with one level', { criteria: [{ id: 'a', title: 'A', levels: levels(5) }] }, ['criteria.0.levels:LEVELS_COUNT']],
    [
      'points going down',
      { criteria: [{ id: 'a', title: 'A', levels: levels(0, 5, 3) }] },
      ['criteria.0.levels.2.points:POINTS_ASCENDING'],
    ],
    [
      'two levels with the same points',
      { criteria: [{ id: 'a', title: 'A', levels: levels(2, 2) }] },
      ['criteria.0.levels.1.points:POINTS_ASCENDING'],
    ],
    ['negative points', { criteria: [{ id: 'a', title: 'A', levels: levels(-1, 2) }] }, ['criteria.0.levels.0.points:POINTS_RANGE']],
    [
      'points with three decimals',
      { criteria: [{ id: 'a', title: 'A', levels: levels(0, 2.125) }] },
      ['criteria.0.levels.1.points:POINTS_RANGE'],
    ],
    ['a blank criterion title', { criteria: [{ id: 'a', title: ' ', levels: levels(0, 1) }] }, ['criteria.0.title:REQUIRED']],
    [
      'duplicate criteria',
      {
        criteria: [
          { id: 'a', title: 'A', levels: levels(0, 1) },
          { id: 'a', title: 'B', levels: levels(0, 1) },
        ],
      },
      ['criteria.1.id:DUPLICATE_ID'],
    ],
    [
      'duplicate levels',
      {
        criteria: [
          {
            id: 'a',
            title: 'A',
            levels: [
              { id: 'x', title: 'X', points: 0 },
              { id: 'x', title: 'Y', points: 1 },
            ],
          },
        ],
      },
      ['criteria.0.levels.1.id:DUPLICATE_ID'],
    ],
  ])('refuses %s', (_, rubric, expected) => {
    expect(rules(rubric)).toEqual(expected);
  });
});

describe('rubric arithmetic', () => {
  it('is worth the top level of every criterion', () => {
    expect(rubricMaxScore(RUBRIC)).toBe(15);
  });

  it.each<[string, CriterionScore[], number, number]>([
    [
      'top levels',
      [
        { criterionId: 'isi', levelId: 'l3' },
        { criterionId: 'bahasa', levelId: 'l2' },
      ],
      15,
      100,
    ],
    [
      'middle levels',
      [
        { criterionId: 'isi', levelId: 'l2' },
        { criterionId: 'bahasa', levelId: 'l1' },
      ],
      10,
      66.67,
    ],
    [
      'lowest levels',
      [
        { criterionId: 'isi', levelId: 'l0' },
        { criterionId: 'bahasa', levelId: 'l0' },
      ],
      1,
      6.67,
    ],
    [
      'in any order',
      [
        { criterionId: 'bahasa', levelId: 'l2' },
        { criterionId: 'isi', levelId: 'l1' },
      ],
      9,
      60,
    ],
  ])('%s', (_, scoring, total, percent) => {
    expect(rubricScoringProblems(RUBRIC, scoring)).toEqual([]);
    expect(rubricTotal(RUBRIC, scoring)).toEqual({ total, maxScore: 15, percent });
  });

  it('adds decimal points without binary noise', () => {
    const rubric: Rubric = {
      criteria: [
        { id: 'a', title: 'A', levels: levels(0, 0.1) },
        { id: 'b', title: 'B', levels: levels(0, 0.2) },
      ],
    };
    expect(
      rubricTotal(rubric, [
        { criterionId: 'a', levelId: 'l1' },
        { criterionId: 'b', levelId: 'l1' },
      ]).total,
    ).toBe(0.3);
  });

  it.each<[string, CriterionScore[], string[]]>([
    ['a criterion left out', [{ criterionId: 'isi', levelId: 'l3' }], ['criteria.1:NOT_SCORED']],
    [
      'a level of another criterion',
      [
        { criterionId: 'isi', levelId: 'l3' },
        { criterionId: 'bahasa', levelId: 'l3' },
      ],
      ['scoring.1.levelId:UNKNOWN_LEVEL'],
    ],
    [
      'an unknown criterion',
      [
        { criterionId: 'isi', levelId: 'l3' },
        { criterionId: 'bahasa', levelId: 'l0' },
        { criterionId: 'gaya', levelId: 'l0' },
      ],
      ['scoring.2.criterionId:UNKNOWN_CRITERION'],
    ],
    [
      'a criterion scored twice',
      [
        { criterionId: 'isi', levelId: 'l3' },
        { criterionId: 'isi', levelId: 'l0' },
        { criterionId: 'bahasa', levelId: 'l0' },
      ],
      ['scoring.1.criterionId:DUPLICATE_ID'],
    ],
  ])('refuses a scoring with %s', (_, scoring, expected) => {
    expect(rubricScoringProblems(RUBRIC, scoring).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });
});

describe('grade history after release', () => {
  const at = new Date('2026-04-02T03:00:00Z');
  const before = {
    score: 10,
    scoring: [
      { criterionId: 'isi', levelId: 'l2' },
      { criterionId: 'bahasa', levelId: 'l1' },
    ],
    feedback: 'Cukup baik.',
  };
  const after = {
    score: 13,
    scoring: [
      { criterionId: 'isi', levelId: 'l3' },
      { criterionId: 'bahasa', levelId: 'l1' },
    ],
    feedback: 'Cukup baik.',
  };
  const change = (over: Partial<GradeChange>): GradeChange => ({
    released: true,
    previous: before,
    next: after,
    changedBy: 'u-pelatih',
    changedAt: at,
    reason: 'Lampiran kedua terlewat',
    ...over,
  });

  it('keeps who, when, why, before and after for a change to a released grade', () => {
    expect(gradeHistoryEntry(change({}))).toEqual({
      changedAt: at,
      changedBy: 'u-pelatih',
      reason: 'Lampiran kedua terlewat',
      previous: before,
      next: after,
    });
    expect(gradeChangeProblems(change({}))).toEqual([]);
  });

  it('needs a reason to change a released grade', () => {
    expect(gradeChangeProblems(change({ reason: '  ' })).map((p) => `${p.field}:${p.rule}`)).toEqual(['reason:REQUIRED']);
  });

  it.each<[string, Partial<GradeChange>]>([
    ['a grade not yet released', { released: false, reason: undefined }],
    ['a save that changes nothing', { next: { ...before, scoring: [...before.scoring].reverse() } }],
  ])('leaves no history for %s', (_, over) => {
    expect(gradeHistoryEntry(change(over))).toBeNull();
    expect(gradeChangeProblems(change({ ...over, reason: undefined }))).toEqual([]);
  });

  it.each<[string, object]>([
    ['only the comment changed', { ...before, feedback: 'Baik.' }],
    [
      'only a level changed, same score',
      {
        ...before,
        scoring: [
          { criterionId: 'isi', levelId: 'l2' },
          { criterionId: 'bahasa', levelId: 'l0' },
        ],
      },
    ],
  ])('records a change when %s', (_, next) => {
    expect(gradeHistoryEntry(change({ next: next as GradeChange['next'] }))).not.toBeNull();
  });
});
