import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { DECIDING_INDEX } from '../../../api/src/modules/competency/competency-assessment.entity';
import { METHOD_PRECEDENCE } from '../../../api/src/modules/competency/level-rule';
import { Role } from '../../../api/src/modules/identity/role';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';
import { anOpd, aPosition, makeEmployee, usersByRole, type TestUser } from '../../support/factories';
import { withoutHeldReads } from '../../support/held-reads';
import { errorCode, fieldErrors, type GqlResult, setupTestApp, type TestApp } from '../../support/test-app';
import { ago, assess, AssessmentMethod, competency, learned, thisYear } from './support';

const SEARCH = `query TalentSearch($input: TalentSearchInput!, $page: PageInput, $sort: TalentSort) {
  talentSearch(input: $input, page: $page, sort: $sort) {
    total offset limit
    items {
      employee { id name nip opd { code } }
      competencies { competency { code } level method assessedOn }
      jpByYear { year jp targetJp reached }
    }
  }
}`;

let t: TestApp;
let users: Record<Role, TestUser>;
let ids: Record<string, string>;
let m01: string;
let tik03: string;
const PURPOSE = 'Rapat Baperjakat Desember';
const years = { fromYear: thisYear - 2, toYear: thisYear };

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  users = await usersByRole(em);
  const [M01, TIK03] = [await competency(em, 'M.01'), await competency(em, 'T.TIK.03')];
  [m01, tik03] = [M01.id, TIK03.id];
  const position = await aPosition(em, 'PENGOLAH-DATA');
  const a = await makeEmployee(em, { name: 'Talenta Anindya', position, rank: 'III/a' });
  const b = await makeEmployee(em, { name: 'Talenta Bima', opdCode: 'DINKES', rank: 'III/c' });
  const c = await makeEmployee(em, { name: 'Talenta Citra', employeeType: EmployeeType.PPPK, rank: 'IX', nip: '199203152021212004' });
  const d = await makeEmployee(em, { name: 'Talenta Dimas', active: false });
  ids = { A: a.id, B: b.id, C: c.id, D: d.id };

  assess(em, a, M01, 3, AssessmentMethod.SUPERVISOR, ago(6));
  assess(em, a, TIK03, 4, AssessmentMethod.CERTIFICATE, ago(30));
  assess(em, b, M01, 2, AssessmentMethod.ASSESSMENT_CENTER, ago(1)); // decides over the higher self-assessment
  assess(em, b, M01, 4, AssessmentMethod.SELF, ago(1));
  assess(em, c, M01, 4, AssessmentMethod.SELF, ago(2));
  assess(em, c, M01, 5, AssessmentMethod.SUPERVISOR, ago(50), ago(14)); // expired
  assess(em, d, M01, 5, AssessmentMethod.ASSESSMENT_CENTER, ago(1));
  const jp = (e: Employee, perYear: number[]) => perYear.forEach((v, i) => learned(em, e, v, `${thisYear - 2 + i}-03-10`));
  jp(a, [22, 25, 21]);
  jp(b, [25, 10, 30]);
  jp(c, [20, 20, 20]);
  jp(d, [40, 40, 40]);
  learned(em, b, 15, `${thisYear - 1}-05-01`, 'Menunggu', 'PENDING' as never); // pending JP do not count
  await em.flush();
});
afterAll(() => t.close());

const names = (result: GqlResult) =>
  result.data!.talentSearch.items.map((r: { employee: { name: string } }) => r.employee.name.replace('Talenta ', ''));

async function search(filter: Record<string, unknown>, extra: Record<string, unknown> = {}, user = users.COMMITTEE) {
  return t.gql(SEARCH, { input: { search: 'Talenta', purpose: PURPOSE, ...filter }, ...extra }, user.actor);
}

describe('talentSearch: every condition given must hold', () => {
  const cases: [string, () => Record<string, unknown>, string[]][] = [
    ['no condition: every active employee (the inactive never)', () => ({}), ['Anindya', 'Bima', 'Citra']],
    [
      'competency at a minimum level, decided by the strongest valid evidence',
      () => ({ competencies: [{ competencyId: m01, minLevel: 3 }] }),
      ['Anindya', 'Citra'],
    ],
    [
      'only the chosen methods count',
      () => ({ competencies: [{ competencyId: m01, minLevel: 3 }], evidenceMethods: ['SUPERVISOR', 'ASSESSMENT_CENTER'] }),
      ['Anindya'],
    ],
    [
      'a self-assessment decides when only self-assessments count',
      () => ({ competencies: [{ competencyId: m01, minLevel: 4 }], evidenceMethods: ['SELF'] }),
      ['Bima', 'Citra'],
    ],
    [
      'all competencies must hold',
      () => ({
        competencies: [
          { competencyId: m01, minLevel: 3 },
          { competencyId: tik03, minLevel: 4 },
        ],
      }),
      ['Anindya'],
    ],
    [
      'two conditions on one competency: the higher level must hold',
      () => ({
        competencies: [
          { competencyId: m01, minLevel: 2 },
          { competencyId: m01, minLevel: 3 },
        ],
      }),
      ['Anindya', 'Citra'],
    ],
    ['evidence no older than N months', () => ({ competencies: [{ competencyId: m01, minLevel: 3 }], evidenceWithinMonths: 3 }), ['Citra']],
    [
      'old evidence of one competency fails the whole search',
      () => ({
        competencies: [
          { competencyId: m01, minLevel: 3 },
          { competencyId: tik03, minLevel: 1 },
        ],
        evidenceWithinMonths: 12,
      }),
      [],
    ],
    ['JP compliance: the yearly target in every year', () => ({ jp: years }), ['Anindya', 'Citra']],
    ['JP at least N in every year', () => ({ jp: { ...years, minJp: 21 } }), ['Anindya']],
    ['JP over a shorter range', () => ({ jp: { fromYear: thisYear, toYear: thisYear, minJp: 25 } }), ['Bima']],
    ['OPD', () => ({ opdIds: [opdIds.DINKES] }), ['Bima']],
    ['position type', () => ({ positionTypes: ['PELAKSANA'] }), ['Anindya']],
    ['golongan', () => ({ ranks: ['III/c', 'IX'] }), ['Bima', 'Citra']],
    ['employee type', () => ({ employeeTypes: ['PPPK'] }), ['Citra']],
    [
      'combined: competency, JP, OPD and type',
      () => ({ competencies: [{ competencyId: m01, minLevel: 3 }], jp: years, opdIds: [opdIds.DISKOMINFO], employeeTypes: ['PNS'] }),
      ['Anindya'],
    ],
  ];
  const opdIds: Record<string, string> = {};
  beforeAll(async () => {
    for (const code of ['DINKES', 'DISKOMINFO']) opdIds[code] = (await anOpd(t.em(), code)).id;
  });

  it.each(cases)('%s', async (_, filter, expected) => {
    const result = await search(filter());
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(expected);
    expect(result.data!.talentSearch.total).toBe(expected.length);
  });

  it('finds by the start of the NIP', async () => {
    const nip = (await t.gql(SEARCH, { input: { search: 'Talenta Bima', purpose: PURPOSE } }, users.COMMITTEE.actor)).data!.talentSearch
      .items[0].employee.nip;
    expect(names(await search({ search: nip.slice(0, 16) }))).toContain('Bima');
  });

  it('shows why each person is listed: the deciding evidence and JP per year against the target', async () => {
    const result = await search({
      competencies: [
        { competencyId: m01, minLevel: 3 },
        { competencyId: tik03, minLevel: 4 },
      ],
      jp: years,
    });
    const [row] = result.data!.talentSearch.items;
    expect(row.competencies).toEqual([
      { competency: { code: 'M.01' }, level: 3, method: 'SUPERVISOR', assessedOn: ago(6) },
      { competency: { code: 'T.TIK.03' }, level: 4, method: 'CERTIFICATE', assessedOn: ago(30) },
    ]);
    expect(row.jpByYear).toEqual([
      { year: thisYear - 2, jp: 22, targetJp: 20, reached: true },
      { year: thisYear - 1, jp: 25, targetJp: 20, reached: true },
      { year: thisYear, jp: 21, targetJp: 20, reached: true },
    ]);
    const pppk = (await search({ employeeTypes: ['PPPK'] })).data!.talentSearch.items[0];
    expect(pppk.jpByYear[0]).toEqual({ year: thisYear - 2, jp: 20, targetJp: null, reached: null });
  });

  it('sorts by name, NIP or JP, and pages with the total', async () => {
    expect(names(await search({}, { sort: 'JP' }))).toEqual(['Anindya', 'Bima', 'Citra']); // 68, 65, 60 JP
    const page = await search({}, { page: { offset: 1, limit: 1 } });
    expect(page.data!.talentSearch).toMatchObject({ total: 3, offset: 1, limit: 1 });
    expect(names(page)).toEqual(['Bima']);
    const totalOnly = `query($input: TalentSearchInput!, $page: PageInput) { talentSearch(input: $input, page: $page) { total } }`;
    const tooMany = await t.gql(totalOnly, { input: { purpose: PURPOSE }, page: { limit: 101 } }, users.COMMITTEE.actor);
    expect(fieldErrors(tooMany)).toEqual([{ field: 'limit', rule: 'max' }]);
  });
});

describe('talentSearch: who may search and what is refused', () => {
  it('is refused when logged out and for learners, trainers and supervisors', async () => {
    expect(errorCode(await t.gql(SEARCH, { input: { purpose: PURPOSE } }))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR]) {
      expect(errorCode(await search({}, {}, users[role]))).toBe('FORBIDDEN');
    }
    for (const role of [Role.COMMITTEE, Role.ADMIN]) expect(names(await search({}, {}, users[role]))).toHaveLength(3);
  });

  it('needs a purpose, known competencies, levels 1–5 and JP years in order', async () => {
    expect(fieldErrors(await search({ purpose: '  ' }))).toEqual([{ field: 'purpose', rule: 'REQUIRED' }]);
    expect(fieldErrors(await search({ competencies: [{ competencyId: m01, minLevel: 6 }] }))).toEqual([
      { field: 'competencies.0.minLevel', rule: 'max' },
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      fieldErrors(
        await search({
          competencies: [
            { competencyId: m01, minLevel: 1 },
            { competencyId: unknown, minLevel: 1 },
          ],
        }),
      ),
    ).toEqual([{ field: 'competencies.1.competencyId', rule: 'NOT_FOUND' }]);
    expect(fieldErrors(await search({ jp: { fromYear: thisYear, toYear: thisYear - 1 } }))).toEqual([
      { field: 'jp.toYear', rule: 'BEFORE_START' },
    ]);
    expect(fieldErrors(await search({ jp: { ...years, minJp: 20.05 } }))).toEqual([{ field: 'jp.minJp', rule: 'JP_ONE_DECIMAL' }]);
  });
});

describe('talentSearch: the audit trail', () => {
  it('records who searched, why, with which conditions and whom it listed', async () => {
    const admin = users.ADMIN;
    await search({ competencies: [{ competencyId: m01, minLevel: 3 }] }, {}, admin);
    const entries = await t.em().find(AuditEntry, { actorUserId: admin.user.id, action: 'committee.search' }, { orderBy: { at: 'desc' } });
    expect(entries[0]).toMatchObject({
      subjectType: 'TalentSearch',
      purpose: PURPOSE,
      details: { filter: { search: 'Talenta', competencies: [{ competencyId: m01, minLevel: 3 }] }, total: 2, employeeIds: [ids.A, ids.C] },
    });
  });

  it('answers nothing when the audit entry cannot be written', async () => {
    const conn = t.orm.em.getConnection();
    await conn.execute(`alter table audit_entry add constraint audit_refused check (purpose <> 'Audit ditolak')`);
    try {
      const result = await search({ purpose: 'Audit ditolak' });
      expect(result.data).toBeNull();
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await conn.execute('alter table audit_entry drop constraint audit_refused');
    }
  });

  it('runs the same number of SQL statements for one row as for many', async () => {
    const run = async (limit: number) =>
      withoutHeldReads(
        await t.statements(() =>
          search({ competencies: [{ competencyId: m01, minLevel: 1 }], jp: { ...years, minJp: 1 } }, { page: { limit } }),
        ),
      ).length;
    const [one, many] = [await run(1), await run(50)];
    expect(one).toBeGreaterThan(0);
    expect(many).toBe(one);
  });
});

describe('the index of deciding evidence', () => {
  it('holds each employee’s evidence of a competency in the order the level rule decides it, with what a search reads of it', async () => {
    const [row] = await t
      .em()
      .getConnection()
      .execute<{ indexdef: string }[]>('select indexdef from pg_indexes where indexname = ?', [DECIDING_INDEX]);
    expect([...row.indexdef.matchAll(/'([A-Z_]+)'::text/g)].map((m) => m[1])).toEqual([...METHOD_PRECEDENCE]);
    expect(row.indexdef).toMatch(
      /\(competency_id, employee_id, array_position\(.*, method\), assessed_on DESC, created_at DESC\) INCLUDE \(level, method, valid_until\)$/,
    );
  });
});
