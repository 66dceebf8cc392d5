import ExcelJS from 'exceljs';
import { FILE_FRAMES, FrameDecoder } from '@komunitas-pintar/domain';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { PositionCompetency } from '../../../api/src/modules/competency/position-competency.entity';
import { Opd } from '../../../api/src/modules/organisation/opd.entity';
import { EmployeeType, PositionType } from '../../../api/src/modules/organisation/organisation.enums';
import { Position } from '../../../api/src/modules/organisation/position.entity';
import { LearningForm } from '../../../api/src/modules/record/learning-form.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { expectedByPace } from '../../../api/src/modules/record/overview.service';
import { RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';
import { anOpd, makeEmployee, makeUser, supervise, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';
import { groupIn } from '../community/support';
import { publishedModule } from '../learning/support';

const FIGURES = 'employees reached percentage averageJp atRisk';
const COMPLIANCE = `query OpdCompliance($input: OpdComplianceInput!) {
  opdCompliance(input: $input) { year asOf targetJp pppkMaxJp opds { opd { code } pns { ${FIGURES} } pppk { ${FIGURES} } } total { pns { ${FIGURES} } pppk { ${FIGURES} } } }
}`;
const MEMBERS = `query OpdComplianceMembers($input: OpdComplianceMembersInput!) {
  opdComplianceMembers(input: $input) { opd { code } year members { employee { name employeeType } countedJp pendingJp goalJp expectedJp reached atRisk
    recommendations { kind id title jp closesLevels competencyCodes } } }
}`;
/** 2 July 2026: 183 of the year's 365 days gone, so an even pace has 10.0 of 20 JP. */
const JULY = fixedClock('2026-07-02T03:00:00Z');

let t: TestApp;
let admin: TestUser;
let supervisor: TestUser;
let dinsos: Opd;
let bkd: Opd;
let seq = 0;

async function record(employeeId: string, jp: number, endDate: string, status = RecordStatus.APPROVED) {
  const em = t.em();
  em.create(LearningRecord, {
    employee: employeeId,
    source: RecordSource.EXTERNAL,
    sourceId: null,
    form: em.getReference(LearningForm, 3),
    title: `Pelatihan ${++seq}`,
    startDate: endDate,
    endDate,
    minutes: Math.round(jp * 45),
    jp,
    year: Number(endDate.slice(0, 4)),
    status,
  });
  await em.flush();
}

/** A NIP of a PPPK appointed in March 2024 (digits 9–14: 202403). */
function pppkNip(n: number): string {
  return `19900101202403${1}${String(n).padStart(3, '0')}`;
}

let analyst: Position;
let competency: Competency;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  dinsos = await anOpd(em, 'DINSOS');
  bkd = await anOpd(em, 'BKD');
  admin = await makeUser(em, [Role.ADMIN], { withEmployee: false });
  supervisor = await makeUser(em, [Role.SUPERVISOR], { employee: await makeEmployee(em, { opdCode: 'DINSOS', name: 'Pak Pengawas' }) });
  await supervise(em, supervisor, [dinsos]);

  // A position whose standard asks for a level the employees lack: their gap recommends learning.
  competency = await em.findOneOrFail(Competency, { code: { $like: 'T%' } }, { orderBy: { code: 'asc' } });
  analyst = em.create(Position, { code: 'ANALIS-KEPATUHAN', name: 'Analis Kepatuhan', positionType: PositionType.FUNGSIONAL });
  em.create(PositionCompetency, { position: analyst, competency, requiredLevel: 3 });
  await em.flush();

  const done = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Ani Tuntas', position: analyst });
  const slow = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Budi Lambat', position: analyst });
  const onPace = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Citra Sesuai' });
  const justShort = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Dina Hampir' });
  await makeEmployee(em, { opdCode: 'DINSOS', name: 'Eko Pensiun', active: false });
  const full = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Fajar Kontrak', employeeType: EmployeeType.PPPK, nip: pppkNip(1) });
  const idle = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Gita Kontrak', employeeType: EmployeeType.PPPK, nip: pppkNip(2) });
  const elsewhere = await makeEmployee(em, { opdCode: 'BKD', name: 'Hadi Lain OPD' });
  await record(done.id, 12, '2026-03-10');
  await record(done.id, 8, '2026-06-10');
  await record(slow.id, 2, '2026-02-10');
  await record(slow.id, 8, '2026-05-10', RecordStatus.PENDING);
  await record(slow.id, 15, '2025-11-10');
  await record(onPace.id, 10.5, '2026-06-01');
  await record(justShort.id, 19.9, '2026-06-01');
  // The PPPK's contract year runs from 1 March 2026: February's record belongs to the year before; 25 JP count as 24.
  await record(full.id, 6, '2026-02-20');
  await record(full.id, 25, '2026-04-20');
  await record(idle.id, 3, '2026-02-20');
  await record(elsewhere.id, 20, '2026-01-20');
  await record(elsewhere.id, 5, '2026-03-20', RecordStatus.REJECTED);

  const trainer = await makeUser(em, [Role.TRAINER]);
  await publishedModule(t, trainer.actor, 'KEPATUHAN-1', {
    title: 'Dasar Kepatuhan',
    jpValue: 2,
    competencies: [{ competencyId: competency.id, level: 2 }],
  });
  const monitor = await makeEmployee(em, { opdCode: 'BKD', name: 'Ibu Pemantau' });
  await groupIn(
    t,
    'APPROVED',
    { trainer: trainer.actor, monitorEmployeeId: monitor.id, admin: admin.actor },
    { name: 'Kelompok Kepatuhan', competencies: [{ competencyId: competency.id, level: 3 }] },
  );
});
afterAll(() => t.close());

describe('opdCompliance', () => {
  it('is refused when logged out and to learners, trainers and the committee', async () => {
    expect(errorCode(await t.gql(COMPLIANCE, { input: { year: 2026 } }))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.COMMITTEE]) {
      const user = await makeUser(t.em(), [role]);
      expect(errorCode(await t.gql(COMPLIANCE, { input: { year: 2026 } }, user.actor))).toBe('FORBIDDEN');
    }
  });

  it('refuses a year outside 2000–2100 with a field error', async () => {
    expect(fieldErrors(await t.gql(COMPLIANCE, { input: { year: 1999 } }, admin.actor))).toEqual([
      { field: 'year', rule: expect.any(String) },
    ]);
    expect(errorCode(await t.gql(COMPLIANCE, { input: { year: 'dua ribu' } }, admin.actor))).toBe('BAD_USER_INPUT');
  });

  it('counts each OPD: PNS against 20 JP and the even pace, PPPK apart against their contract year and maximum', async () => {
    const result = await t.gql(COMPLIANCE, { input: { year: 2026 } }, admin.actor, JULY);
    expect(result.errors).toBeUndefined();
    const report = result.data!.opdCompliance;
    expect(report).toMatchObject({ year: 2026, asOf: '2026-07-02', targetJp: 20, pppkMaxJp: 24 });
    expect(expectedByPace(20, { start: '2026-01-01', end: '2026-12-31' }, '2026-07-02')).toBe(10);
    const row = report.opds.find((o: { opd: { code: string } }) => o.opd.code === 'DINSOS');
    // PNS: the supervisor (0), Ani 20, Budi 2 (8 pending, 15 last year), Citra 10.5, Dina 19.9; Eko inactive.
    // At risk: below 10.0 → the supervisor and Budi. Average 52.4 / 5 = 10.48 → 10.4.
    expect(row.pns).toEqual({ employees: 5, reached: 1, percentage: 20, averageJp: 10.4, atRisk: 2 });
    // PPPK: Fajar 25 → 24 (reached), Gita 0 in this contract year (3 JP were February's): 124 of 365 days gone, pace 8.1.
    expect(row.pppk).toEqual({ employees: 2, reached: 1, percentage: 50, averageJp: 12, atRisk: 1 });
    expect(report.opds.find((o: { opd: { code: string } }) => o.opd.code === 'BKD').pns).toMatchObject({
      employees: 2,
      reached: 1,
      atRisk: 1,
    });
    // Every OPD is listed, those without employees with zeros, and the total adds them up.
    const empty = report.opds.find((o: { opd: { code: string } }) => !['DINSOS', 'BKD', 'DISKOMINFO'].includes(o.opd.code));
    expect(empty.pns).toEqual({ employees: 0, reached: 0, percentage: 0, averageJp: 0, atRisk: 0 });
    const sum = (key: 'employees' | 'reached' | 'atRisk') =>
      report.opds.reduce((n: number, o: { pns: Record<string, number> }) => n + o.pns[key], 0);
    expect(report.total.pns).toMatchObject({ employees: sum('employees'), reached: sum('reached'), atRisk: sum('atRisk') });
    expect(report.total.pppk).toEqual(row.pppk);
  });

  it('shows a supervisor the OPDs they supervise only', async () => {
    const report = (await t.gql(COMPLIANCE, { input: { year: 2026 } }, supervisor.actor, JULY)).data!.opdCompliance;
    expect(report.opds.map((o: { opd: { code: string } }) => o.opd.code)).toEqual(['DINSOS']);
    expect(report.total.pns).toEqual(report.opds[0].pns);
  });

  it('judges a past year at its end and a future year without anyone at risk', async () => {
    const past = (await t.gql(COMPLIANCE, { input: { year: 2025 } }, supervisor.actor, JULY)).data!.opdCompliance;
    // 2025: only Budi's 15 JP; everyone below 20 is short at the year's end.
    expect(past.total.pns).toEqual({ employees: 5, reached: 0, percentage: 0, averageJp: 3, atRisk: 5 });
    const future = (await t.gql(COMPLIANCE, { input: { year: 2027 } }, supervisor.actor, JULY)).data!.opdCompliance;
    expect(future.total.pns).toMatchObject({ reached: 0, atRisk: 0 });
  });
});

describe('opdComplianceMembers', () => {
  it('is refused when logged out, to other roles, and to a supervisor for an OPD they do not supervise', async () => {
    const input = { year: 2026, opdId: dinsos.id };
    expect(errorCode(await t.gql(MEMBERS, { input }))).toBe('UNAUTHENTICATED');
    const learner = await makeUser(t.em(), [Role.LEARNER]);
    expect(errorCode(await t.gql(MEMBERS, { input }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MEMBERS, { input: { year: 2026, opdId: bkd.id } }, supervisor.actor))).toBe('FORBIDDEN');
  });

  it('refuses a malformed OPD id and answers NOT_FOUND for an unknown one', async () => {
    expect(errorCode(await t.gql(MEMBERS, { input: { year: 2026, opdId: 'dinsos' } }, admin.actor))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(MEMBERS, { input: { year: 2026, opdId: '00000000-0000-4000-8000-000000000000' } }, admin.actor))).toBe(
      'NOT_FOUND',
    );
  });

  it('lists the people at risk first with their JP, and what their gap recommends', async () => {
    const result = await t.gql(MEMBERS, { input: { year: 2026, opdId: dinsos.id } }, supervisor.actor, JULY);
    expect(result.errors).toBeUndefined();
    const members = result.data!.opdComplianceMembers.members;
    expect(members.map((m: { employee: { name: string } }) => m.employee.name)).toEqual([
      'Gita Kontrak',
      'Pak Pengawas',
      'Budi Lambat',
      'Citra Sesuai',
      'Dina Hampir',
      'Ani Tuntas',
      'Fajar Kontrak',
    ]);
    const budi = members.find((m: { employee: { name: string } }) => m.employee.name === 'Budi Lambat');
    expect(budi).toMatchObject({ countedJp: 2, pendingJp: 8, goalJp: 20, expectedJp: 10, reached: false, atRisk: true });
    // Budi's position asks level 3: the module builds to level 2, the group to 3; the group closes more.
    expect(budi.recommendations).toEqual([
      { kind: 'GROUP', id: expect.any(String), title: 'Kelompok Kepatuhan', jp: null, closesLevels: 3, competencyCodes: [competency.code] },
      { kind: 'MODULE', id: expect.any(String), title: 'Dasar Kepatuhan', jp: 2, closesLevels: 2, competencyCodes: [competency.code] },
    ]);
    const ani = members.find((m: { employee: { name: string } }) => m.employee.name === 'Ani Tuntas');
    expect(ani).toMatchObject({ countedJp: 20, reached: true, atRisk: false, recommendations: [] });
    expect(members.find((m: { employee: { name: string } }) => m.employee.name === 'Dina Hampir')).toMatchObject({
      countedJp: 19.9,
      reached: false,
      atRisk: false,
    });
    expect(members.find((m: { employee: { name: string } }) => m.employee.name === 'Gita Kontrak')).toMatchObject({
      countedJp: 0,
      goalJp: 24,
      expectedJp: 8.1,
      atRisk: true,
    });
  });
});

describe('the compliance export', () => {
  async function auth(user: TestUser): Promise<Record<string, string>> {
    const res = await postGraphql(await t.http(), 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: user.user.username, password: TEST_PASSWORD },
    });
    return { authorization: `Bearer ${res.body.data!.login.token}` };
  }
  const download = async (year: unknown, headers: Record<string, string> = {}) =>
    fetch(`${await t.http()}/record/exports/compliance?year=${year}`, { headers });

  it('is refused when logged out, to learners, and for a year that is not one', async () => {
    expect((await download(2026)).status).toBe(401);
    expect((await download(2026, await auth(await makeUser(t.em(), [Role.LEARNER])))).status).toBe(403);
    const bad = await download('dua-ribu', await auth(admin));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'year', rule: 'isInt' })]));
  });

  it("writes a supervisor's OPDs with their total on the first sheet and their people at risk on the second, audited", async () => {
    const res = await download(2026, await auth(supervisor));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kepatuhan-jp-2026.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kepatuhan JP 2026', 'Berisiko']);
    const rows = book.worksheets[0]
      .getSheetValues()
      .slice(5)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows.map((r) => r[0])).toEqual([dinsos.name, 'Total']);
    expect(rows[0].slice(1, 3)).toEqual([5, 1]);
    expect(rows[0].slice(6, 8)).toEqual([2, 1]);
    const risk = book.worksheets[1]
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    const names = risk.map((r) => r[2]);
    expect(names).toEqual(expect.arrayContaining(['Budi Lambat', 'Gita Kontrak', 'Pak Pengawas']));
    expect(names).not.toEqual(expect.arrayContaining(['Ani Tuntas']));
    expect(names).not.toContain('Fajar Kontrak');
    expect(names).not.toContain('Hadi Lain OPD');
    const budi = risk.find((r) => r[2] === 'Budi Lambat')!;
    expect(budi.slice(3, 8)).toEqual(['PNS', dinsos.name, 'Analis Kepatuhan', 2, 8]);
    const [figuresSheet, riskSheet] = book.worksheets;
    expect(figuresSheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(figuresSheet.model.merges).toEqual(['B3:F3', 'G3:K3']);
    expect(figuresSheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(figuresSheet.getCell('A4').fill).toMatchObject({ fgColor: { argb: 'FF0B4F71' } });
    expect([figuresSheet.getColumn(1).width, figuresSheet.getColumn(2).width]).toEqual([48, 12]);
    expect(['B5', 'D5', 'E5', 'I5', 'J5'].map((a) => figuresSheet.getCell(a).numFmt)).toEqual([undefined, '0.0', '0.0', '0.0', '0.0']);
    expect(figuresSheet.getCell('A6').font).toMatchObject({ bold: true });
    expect(riskSheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(riskSheet.autoFilter).toBe('A1:J1');
    expect(riskSheet.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FF0B4F71' } });
    expect([riskSheet.getColumn(2).width, riskSheet.getColumn(5).width]).toEqual([21, 40]);
    expect(['B2', 'G2', 'J2'].map((a) => riskSheet.getCell(a).numFmt)).toEqual(['@', '0.0', '0.0']);
    const audit = await t.em().findOneOrFail(AuditEntry, { action: 'record.compliance.export', actorUserId: supervisor.user.id });
    expect(audit.details).toMatchObject({ year: 2026, opds: 1, atRisk: risk.length });
    // Sent while it is written: no length known beforehand, the count of people at risk told first.
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('x-total-rows')).toBe(String(risk.length));
  });

  it('comes in frames to a client that asks for them, ending with the count of people at risk', async () => {
    const res = await download(2026, { ...(await auth(supervisor)), accept: FILE_FRAMES.mediaType });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(FILE_FRAMES.mediaType);
    const decoder = new FrameDecoder();
    const frames = decoder.push(new Uint8Array(await res.arrayBuffer()));
    expect(decoder.partial).toBe(false);
    const rows = Number(res.headers.get('x-total-rows'));
    expect(rows).toBeGreaterThan(0);
    expect(frames.at(-1)).toEqual({ kind: 'end', rows });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(frames.flatMap((f) => (f.kind === 'data' ? [f.bytes] : []))) as never);
    expect(book.worksheets[1].rowCount - 1).toBe(rows);
  });
});

describe('the cost of compliance', () => {
  it('runs the same number of statements however many people the OPDs hold', async () => {
    const count = (query: string, input: object) =>
      t.countQueries(async () => {
        const result = await t.gql(query, { input }, admin.actor, JULY);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
      });
    const before = { report: await count(COMPLIANCE, { year: 2026 }), members: await count(MEMBERS, { year: 2026, opdId: dinsos.id }) };
    for (let i = 0; i < 6; i++) {
      const e = await makeEmployee(t.em(), { opdCode: i % 2 ? 'DINSOS' : 'BKD', name: `Tambahan ${i}`, position: analyst });
      await record(e.id, i + 1, '2026-04-01');
    }
    const after = { report: await count(COMPLIANCE, { year: 2026 }), members: await count(MEMBERS, { year: 2026, opdId: dinsos.id }) };
    expect(after).toEqual(before);
    expect(before.report).toBeLessThanOrEqual(4);
  });
});
