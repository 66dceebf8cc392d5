import { AssessmentMethod as M } from '../../../api/src/modules/competency/competency.enums';
import { addYears, decidingEvidence, type Evidence } from '../../../api/src/modules/competency/level-rule';

const TODAY = '2026-11-28';
let seq = 0;
function e(level: number, method: M, assessedOn: string, validUntil = addYears(assessedOn, 3)): Evidence & { name: string } {
  seq++;
  return {
    name: `${method}-${level}-${assessedOn}`,
    level,
    method,
    assessedOn,
    validUntil,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
  };
}

describe('decidingEvidence (the current-level rule)', () => {
  it.each<[string, (Evidence & { name: string })[], number | null]>([
    ['no evidence: no level', [], null],
    ['one self-assessment counts', [e(3, M.SELF, '2026-01-10')], 3],
    ['a supervisor beats a newer, higher self-assessment', [e(2, M.SUPERVISOR, '2025-03-01'), e(4, M.SELF, '2026-10-01')], 2],
    [
      'an assessment centre beats everything',
      [e(3, M.SUPERVISOR, '2026-10-01'), e(4, M.CERTIFICATE, '2026-09-01'), e(2, M.ASSESSMENT_CENTER, '2024-01-01')],
      2,
    ],
    ['a certificate beats a trainer', [e(2, M.TRAINER, '2026-10-01'), e(3, M.CERTIFICATE, '2025-10-01')], 3],
    ['a trainer beats a supervisor', [e(4, M.SUPERVISOR, '2026-10-01'), e(3, M.TRAINER, '2025-10-01')], 3],
    ['a completed training beats a supervisor', [e(1, M.SUPERVISOR, '2026-10-01'), e(2, M.TRAINING, '2025-10-01')], 2],
    ['a trainer beats a completed training', [e(3, M.TRAINING, '2026-10-01'), e(2, M.TRAINER, '2025-10-01')], 2],
    ['same method: the latest date wins, even if lower', [e(4, M.SUPERVISOR, '2025-01-01'), e(2, M.SUPERVISOR, '2026-06-01')], 2],
    ['same method and date: the latest recorded wins', [e(2, M.SELF, '2026-06-01'), e(3, M.SELF, '2026-06-01')], 3],
    [
      'expired evidence is ignored, weaker valid evidence decides',
      [e(5, M.ASSESSMENT_CENTER, '2020-01-01'), e(2, M.SELF, '2026-01-01')],
      2,
    ],
    ['only expired evidence: no level', [e(4, M.SUPERVISOR, '2021-01-01', '2024-01-01')], null],
    ['evidence valid until today still counts', [e(3, M.SUPERVISOR, '2023-11-28', TODAY)], 3],
    ['evidence that ended yesterday does not', [e(3, M.SUPERVISOR, '2023-11-27', '2026-11-27')], null],
  ])('%s', (_, items, level) => {
    expect(decidingEvidence(items, TODAY)?.level ?? null).toBe(level);
  });
});

describe('addYears', () => {
  it.each([
    ['2026-11-28', 3, '2029-11-28'],
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-12-31', 1, '2027-12-31'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years as number)).toBe(expected);
  });
});
