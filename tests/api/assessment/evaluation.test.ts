import { type EvaluationResponse, aggregateEvaluation, isLikertValue } from '../../../api/src/modules/assessment/evaluation';

const ITEMS = ['penguasaan-materi', 'cara-menyampaikan', 'ketepatan-waktu'];
const response = (a: number | null, b: number | null, c: number | null): EvaluationResponse => ({
  'penguasaan-materi': a,
  'cara-menyampaikan': b,
  'ketepatan-waktu': c,
});

describe('aggregateEvaluation: results only in aggregate, only with enough responses', () => {
  it.each([0, 1, 2])('shows nothing but the count with %p responses', (n) => {
    const responses = Array.from({ length: n }, () => response(5, 4, 3));
    expect(aggregateEvaluation(ITEMS, responses)).toEqual({ released: false, responses: n, minResponses: 3 });
  });

  it('shows mean and distribution per item from 3 responses', () => {
    expect(aggregateEvaluation(ITEMS, [response(5, 4, 2), response(4, 4, 3), response(5, 2, 3)])).toEqual({
      released: true,
      responses: 3,
      items: [
        { itemId: 'penguasaan-materi', answers: 3, mean: 4.67, distribution: [0, 0, 0, 1, 2] },
        { itemId: 'cara-menyampaikan', answers: 3, mean: 3.33, distribution: [0, 1, 0, 2, 0] },
        { itemId: 'ketepatan-waktu', answers: 3, mean: 2.67, distribution: [0, 1, 2, 0, 0] },
      ],
    });
  });

  it('takes the threshold as a parameter', () => {
    const four = [response(5, 5, 5), response(4, 4, 4), response(3, 3, 3), response(2, 2, 2)];
    expect(aggregateEvaluation(ITEMS, four, 5)).toEqual({ released: false, responses: 4, minResponses: 5 });
    expect(aggregateEvaluation(ITEMS, four, 4)).toMatchObject({ released: true, responses: 4 });
  });

  it('hides an item fewer than the minimum answered, showing only its count', () => {
    const result = aggregateEvaluation(ITEMS, [response(5, 4, null), response(4, 4, null), response(5, 2, 1)]);
    expect(result.released && result.items[2]).toEqual({ itemId: 'ketepatan-waktu', answers: 1, mean: null, distribution: null });
  });

  it('counts values that are not Likert answers as skipped', () => {
    const odd = [response(5, 4, 3), response(4, 4, 3), response(6, 4, 3), response(0, 4, 3), response(3.5, 4, 3)];
    const result = aggregateEvaluation(ITEMS, odd);
    expect(result.released && result.items[0]).toEqual({ itemId: 'penguasaan-materi', answers: 2, mean: null, distribution: null });
  });

  it('carries nothing that belongs to one respondent', () => {
    const responses = [
      { ...response(5, 4, 2), respondentId: 'u-1', comment: 'Materi bagus' },
      { ...response(4, 4, 3), respondentId: 'u-2' },
      { ...response(5, 2, 3), respondentId: 'u-3' },
    ] as unknown as EvaluationResponse[];
    const serialised = JSON.stringify(aggregateEvaluation(ITEMS, responses));
    expect(serialised).not.toMatch(/u-1|u-2|u-3|respondent|Materi bagus/);
    // Nothing lists the answers one by one either: only counts per value.
    expect(Object.keys((aggregateEvaluation(ITEMS, responses) as { items: object[] }).items[0]).sort()).toEqual([
      'answers',
      'distribution',
      'itemId',
      'mean',
    ]);
  });

  it('ignores items not in the template', () => {
    const responses = [response(5, 4, 3), response(4, 4, 3), response(5, 2, 3)];
    const result = aggregateEvaluation(['penguasaan-materi'], responses);
    expect(result.released && result.items.map((i) => i.itemId)).toEqual(['penguasaan-materi']);
  });
});

describe('isLikertValue', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [5, true],
    [3, true],
    [0, false],
    [6, false],
    [2.5, false],
    ['4', false],
    [null, false],
  ])('%p: %p', (value, ok) => {
    expect(isLikertValue(value)).toBe(ok);
  });
});
