import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { TalentRating } from '../../../api/src/modules/committee/talent-rating.entity';
import { PositionCompetency } from '../../../api/src/modules/competency/position-competency.entity';
import { Role } from '../../../api/src/modules/identity/role';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { PositionType } from '../../../api/src/modules/organisation/organisation.enums';
import { Position } from '../../../api/src/modules/organisation/position.entity';
import { aPosition, makeEmployee, usersByRole, type TestUser } from '../../support/factories';
import { withoutHeldReads } from '../../support/held-reads';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { ago, assess, AssessmentMethod, learned, thisYear } from './support';

const POOL = `query TalentPool($input: TalentPoolInput!) {
  talentPool(input: $input) {
    position { code }
    considered
    candidates {
      rank score fitPercent
      employee { name }
      reasons { code value of points }
      competencies { competency { code } requiredLevel currentLevel }
      jpByYear { year jp reached }
      rating { year performance potential box }
    }
  }
}`;
const RATE = `mutation($input: RecordTalentRatingInput!) { recordTalentRating(input: $input) { year performance potential box } }`;
const IMPORT = `mutation($input: ImportTalentRatingsInput!) { importTalentRatings(input: $input) { saved errors { line field rule } } }`;

// An app and its data on a busy 2-core machine take more than the default half minute.
jest.setTimeout(180_000);

let t: TestApp;
let users: Record<Role, TestUser>;
let position: Position;
let standard: PositionCompetency[];
const people: Record<string, Employee> = {};
const PURPOSE = 'Lowongan Pengolah Data Diskominfo';

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  users = await usersByRole(em);
  position = await aPosition(em, 'PENGOLAH-DATA');
  standard = await em.find(PositionCompetency, { position }, { populate: ['competency'] });
  for (const name of ['Kandidat Penuh', 'Kandidat Tanpa JP', 'Kandidat Lama', 'Pemegang Jabatan']) {
    people[name] = await makeEmployee(em, { name, position: name === 'Pemegang Jabatan' ? position : null });
  }
  for (const row of standard) {
    const c = row.competency.getEntity();
    assess(em, people['Kandidat Penuh'], c, row.requiredLevel, AssessmentMethod.SUPERVISOR, ago(3));
    assess(em, people['Kandidat Tanpa JP'], c, row.requiredLevel, AssessmentMethod.SUPERVISOR, ago(3));
    assess(em, people['Kandidat Lama'], c, Math.max(1, row.requiredLevel - 1), AssessmentMethod.SUPERVISOR, ago(30));
    assess(em, people['Pemegang Jabatan'], c, 5, AssessmentMethod.ASSESSMENT_CENTER, ago(1));
  }
  for (let y = thisYear - 3; y < thisYear; y++) {
    learned(em, people['Kandidat Penuh'], 24, `${y}-05-05`);
    learned(em, people['Kandidat Lama'], y === thisYear - 1 ? 10 : 20, `${y}-05-05`);
  }
  await em.flush();
});
afterAll(() => t.close());

const pool = (user: TestUser | null, input: Record<string, unknown> = {}) =>
  t.gql(POOL, { input: { positionId: position.id, purpose: PURPOSE, limit: 3, ...input } }, user?.actor ?? null);

describe('talentPool', () => {
  it('ranks by fit to the standard, then JP compliance and fresh evidence, leaving out who holds the position', async () => {
    const result = await pool(users.COMMITTEE);
    expect(result.errors).toBeUndefined();
    const { candidates, considered } = result.data!.talentPool;
    expect(candidates.map((c: { employee: { name: string } }) => c.employee.name)).toEqual([
      'Kandidat Penuh',
      'Kandidat Tanpa JP',
      'Kandidat Lama',
    ]);
    expect(considered).toBeGreaterThan(3);
    const [first, second, third] = candidates;
    expect(first).toMatchObject({ rank: 1, score: 100, fitPercent: 100 });
    expect(first.reasons).toEqual([
      { code: 'FIT', value: 100, of: 100, points: 60 },
      { code: 'MET', value: standard.length, of: standard.length, points: 0 },
      { code: 'JP_COMPLIANT', value: 3, of: 3, points: 25 },
      { code: 'FRESH_EVIDENCE', value: standard.length, of: standard.length, points: 15 },
    ]);
    expect(second).toMatchObject({ rank: 2, score: 75, fitPercent: 100 });
    expect(second.reasons.find((r: { code: string }) => r.code === 'JP_COMPLIANT')).toEqual({
      code: 'JP_COMPLIANT',
      value: 0,
      of: 3,
      points: 0,
    });
    // Old evidence one level short, and the target missed in the last year.
    expect(third.reasons.find((r: { code: string }) => r.code === 'FRESH_EVIDENCE')).toMatchObject({ value: 0, points: 0 });
    expect(third.reasons.find((r: { code: string }) => r.code === 'JP_COMPLIANT')).toMatchObject({ value: 2 });
    expect(third.jpByYear).toEqual([
      { year: thisYear - 3, jp: 20, reached: true },
      { year: thisYear - 2, jp: 20, reached: true },
      { year: thisYear - 1, jp: 10, reached: false },
    ]);
    expect(third.competencies).toHaveLength(standard.length);
    expect(
      third.competencies.every((c: { requiredLevel: number; currentLevel: number }) => c.currentLevel === Math.max(1, c.requiredLevel - 1)),
    ).toBe(true);
  });

  it('places candidates on the nine-box from the latest rating an administrator records', async () => {
    const rate = (employee: Employee, year: number, performance: string, potential: string) =>
      t.gql(RATE, { input: { employeeId: employee.id, year, performance, potential } }, users.ADMIN.actor);
    expect((await rate(people['Kandidat Penuh'], thisYear - 2, 'MEETS', 'MEDIUM')).data!.recordTalentRating.box).toBe(5);
    expect((await rate(people['Kandidat Penuh'], thisYear - 1, 'ABOVE', 'HIGH')).data!.recordTalentRating.box).toBe(9);
    expect((await rate(people['Kandidat Tanpa JP'], thisYear - 1, 'BELOW', 'HIGH')).data!.recordTalentRating.box).toBe(4);
    // Recording the same year again corrects it.
    expect((await rate(people['Kandidat Tanpa JP'], thisYear - 1, 'MEETS', 'HIGH')).data!.recordTalentRating.box).toBe(7);
    expect(await t.em().count(TalentRating, { employee: people['Kandidat Tanpa JP'] })).toBe(1);

    const { candidates } = (await pool(users.COMMITTEE)).data!.talentPool;
    expect(candidates[0].rating).toEqual({ year: thisYear - 1, performance: 'ABOVE', potential: 'HIGH', box: 9 });
    expect(candidates[0].reasons.at(-1)).toEqual({ code: 'NINE_BOX', value: 9, of: null, points: 0 });
    expect(candidates[1].rating.box).toBe(7);
    expect(candidates[2].rating).toBeNull();
    const audited = await t
      .em()
      .find(AuditEntry, { action: 'committee.rating.record', employeeId: people['Kandidat Tanpa JP'].id }, { orderBy: { at: 'asc' } });
    expect(audited.at(-1)!.details).toMatchObject({
      before: { performance: 'BELOW', potential: 'HIGH' },
      after: { performance: 'MEETS', potential: 'HIGH' },
    });
  });

  it('imports ratings from CSV, all rows or none, naming each bad line', async () => {
    const nip = people['Kandidat Lama'].nip;
    const bad = `nip;tahun;kinerja;potensial\n${nip};${thisYear};sesuai ekspektasi;tinggi\n123;${thisYear};4;rendah\n${nip};${thisYear};2;3\n`;
    expect((await t.gql(IMPORT, { input: { csv: bad } }, users.ADMIN.actor)).data!.importTalentRatings).toEqual({
      saved: 0,
      errors: [
        { line: 3, field: 'nip', rule: 'NIP_FORMAT' },
        { line: 3, field: 'kinerja', rule: 'RATING' },
        { line: 4, field: 'tahun', rule: 'DUPLICATE' },
      ],
    });
    expect(await t.em().count(TalentRating, { employee: people['Kandidat Lama'] })).toBe(0);
    const good = `NIP,Tahun,Kinerja,Potensial\n${nip},${thisYear - 1},di atas ekspektasi,menengah\n${nip},${thisYear},1,1\n`;
    expect((await t.gql(IMPORT, { input: { csv: good } }, users.ADMIN.actor)).data!.importTalentRatings).toEqual({ saved: 2, errors: [] });
    const missing = (await t.gql(IMPORT, { input: { csv: 'nip,tahun\n1,2' } }, users.ADMIN.actor)).data!.importTalentRatings;
    expect(missing.errors.map((e: { field: string }) => e.field)).toEqual(['kinerja', 'potensial']);
  });

  it('records each pool with its purpose and the people listed', async () => {
    await pool(users.ADMIN);
    const [entry] = await t.em().find(AuditEntry, { action: 'committee.pool', actorUserId: users.ADMIN.user.id });
    expect(entry).toMatchObject({ subjectType: 'Position', subjectId: position.id, purpose: PURPOSE });
    expect((entry.details as { employeeIds: string[] }).employeeIds).toEqual([
      people['Kandidat Penuh'].id,
      people['Kandidat Tanpa JP'].id,
      people['Kandidat Lama'].id,
    ]);
  });

  it('is refused to everyone but committee and admins; ratings are for admins only', async () => {
    expect(errorCode(await pool(null))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR]) expect(errorCode(await pool(users[role]))).toBe('FORBIDDEN');
    const input = { employeeId: people['Kandidat Lama'].id, year: thisYear, performance: 'ABOVE', potential: 'HIGH' };
    expect(errorCode(await t.gql(RATE, { input }))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR, Role.COMMITTEE]) {
      expect(errorCode(await t.gql(RATE, { input }, users[role].actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(IMPORT, { input: { csv: 'nip' } }, users[role].actor))).toBe('FORBIDDEN');
    }
  });

  it('refuses a position without a standard, an unknown position, a bad limit and a missing purpose', async () => {
    const em = t.em();
    const bare = em.create(Position, { code: 'TANPA-STANDAR', name: 'Tanpa Standar', positionType: PositionType.PELAKSANA });
    await em.flush();
    expect(fieldErrors(await pool(users.COMMITTEE, { positionId: bare.id }))).toEqual([{ field: 'positionId', rule: 'NO_STANDARD' }]);
    expect(fieldErrors(await pool(users.COMMITTEE, { positionId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      { field: 'positionId', rule: 'NOT_FOUND' },
    ]);
    expect(fieldErrors(await pool(users.COMMITTEE, { limit: 101 }))).toEqual([{ field: 'limit', rule: 'max' }]);
    expect(fieldErrors(await pool(users.COMMITTEE, { purpose: '  ' }))).toEqual([{ field: 'purpose', rule: 'REQUIRED' }]);
  });

  it('runs the same number of SQL statements for 1 candidate as for 50', async () => {
    const run = async (limit: number) => withoutHeldReads(await t.statements(() => pool(users.COMMITTEE, { limit }))).length;
    const [one, many] = [await run(1), await run(50)];
    expect(one).toBeGreaterThan(0);
    expect(many).toBe(one);
  });

  it('draws up a pool and writes its one audit entry in one statement, without a transaction', async () => {
    const entries = () => t.em().fork().count(AuditEntry, { action: 'committee.pool', actorUserId: users.COMMITTEE.user.id });
    const before = await entries();
    const statements = withoutHeldReads(await t.statements(() => pool(users.COMMITTEE, { limit: 50 })));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/insert into audit_entry/);
    expect(await entries()).toBe(before + 1);
    // Refused pools are not recorded.
    const em = t.em();
    const bare = em.create(Position, { code: 'TANPA-STANDAR-2', name: 'Tanpa Standar Dua', positionType: PositionType.PELAKSANA });
    await em.flush();
    expect(fieldErrors(await pool(users.COMMITTEE, { positionId: bare.id }))).toEqual([{ field: 'positionId', rule: 'NO_STANDARD' }]);
    expect(fieldErrors(await pool(users.COMMITTEE, { positionId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      { field: 'positionId', rule: 'NOT_FOUND' },
    ]);
    expect(await entries()).toBe(before + 1);
  });

  it('answers nothing when the audit entry cannot be written', async () => {
    const conn = t.orm.em.getConnection();
    await conn.execute(`alter table audit_entry add constraint audit_refused check (purpose <> 'Audit ditolak')`);
    try {
      const result = await pool(users.COMMITTEE, { purpose: 'Audit ditolak' });
      expect(result.data).toBeNull();
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await conn.execute('alter table audit_entry drop constraint audit_refused');
    }
  });
});
