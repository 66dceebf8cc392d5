import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { CertificateSource } from '../../../api/src/modules/certificate/certificate.enums';
import { issueCertificate } from '../../../api/src/modules/certificate/issue-certificate';
import { SIASN_COLUMNS } from '../../../api/src/modules/certificate/siasn-export';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import type { Opd } from '../../../api/src/modules/organisation/opd.entity';
import { LearningForm } from '../../../api/src/modules/record/learning-form.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';
import { anOpd, makeEmployee, makeUser, supervise, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let base: string;
let admin: TestUser;
let supervisor: TestUser;
let dinsos: Opd;
let ani: Employee;
let budi: Employee;
let certificateNumber: string;
let seminarName: string;

async function record(
  employee: Employee,
  data: Partial<LearningRecord> & { formId: number; title: string; startDate: string; endDate: string; jp: number },
) {
  const em = t.em();
  const { formId, ...rest } = data;
  const r = em.create(LearningRecord, {
    employee,
    source: RecordSource.EXTERNAL,
    sourceId: null,
    form: em.getReference(LearningForm, formId),
    minutes: Math.round(data.jp * 45),
    year: Number(data.endDate.slice(0, 4)),
    status: RecordStatus.APPROVED,
    ...rest,
  });
  await em.flush();
  return r;
}

beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  const em = t.em();
  admin = await makeUser(em, [Role.ADMIN], { withEmployee: false });
  supervisor = await makeUser(em, [Role.SUPERVISOR]);
  dinsos = await anOpd(em, 'DINSOS');
  await supervise(em, supervisor, [dinsos]);
  seminarName = (await em.findOneOrFail(LearningForm, 9)).name;
  ani = await makeEmployee(em, { opdCode: 'DINSOS', name: 'Ani Seminar' });
  budi = await makeEmployee(em, { opdCode: 'BKD', name: 'Budi Teknis' });
  const seminar = await record(ani, {
    formId: 9,
    title: 'Seminar "Pelayanan Publik", Digital',
    organiser: 'BPSDM Provinsi Jawa Timur',
    startDate: '2026-03-09',
    endDate: '2026-03-10',
    jp: 8,
  });
  await record(ani, {
    formId: 3,
    title: 'Pelatihan Teknis Arsip',
    organiser: null,
    startDate: '2026-05-04',
    endDate: '2026-05-08',
    jp: 19.9,
  });
  await record(ani, {
    formId: 3,
    title: 'Masih menunggu',
    startDate: '2026-06-01',
    endDate: '2026-06-01',
    jp: 2,
    status: RecordStatus.PENDING,
  });
  await record(ani, { formId: 3, title: 'Ditolak', startDate: '2026-06-02', endDate: '2026-06-02', jp: 2, status: RecordStatus.REJECTED });
  await record(ani, { formId: 3, title: 'Tahun lalu', startDate: '2025-12-30', endDate: '2025-12-31', jp: 4 });
  await record(budi, { formId: 3, title: '=HYPERLINK("x")', organiser: 'BKD', startDate: '2026-02-02', endDate: '2026-02-02', jp: 4.5 });
  const clock = fixedClock('2026-03-12T03:00:00Z');
  const certificate = await t.em().transactional((tx) =>
    issueCertificate(tx, clock, {
      employeeId: ani.id,
      source: CertificateSource.CLAIM,
      sourceId: seminar.id,
      learningRecordId: seminar.id,
    }),
  );
  certificateNumber = certificate.certificate.number;
});
afterAll(() => t.close());

async function auth(user: TestUser): Promise<Record<string, string>> {
  const res = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username: user.user.username, password: TEST_PASSWORD },
  });
  return { authorization: `Bearer ${res.body.data!.login.token}` };
}
const download = (query: string, headers: Record<string, string> = {}) => fetch(`${base}/certificates/exports/siasn?${query}`, { headers });

/** The cells of one CSV line, read by the same CSV library the employee import uses. */
function cells(line: string): string[] {
  return (parse(line) as string[][])[0] ?? [];
}

describe('the SIASN export', () => {
  it('is refused when logged out and to anyone but administrators', async () => {
    expect((await download('year=2026&format=csv')).status).toBe(401);
    expect((await download('year=2026&format=csv', await auth(supervisor))).status).toBe(403);
  });

  it('refuses a bad year, format or OPD id, and answers 404 for an unknown OPD', async () => {
    const headers = await auth(admin);
    const bad = await download('year=19&format=pdf&opdId=dinsos', headers);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['format', 'opdId', 'year']);
    expect((await download('year=2026&format=csv&opdId=00000000-0000-4000-8000-000000000000', headers)).status).toBe(404);
  });

  it("writes one OPD's approved records of the year as CSV in SIASN's fields with the certificate number, audited", async () => {
    const res = await download(`year=2026&format=csv&opdId=${dinsos.id}`, await auth(admin));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="siasn-riwayat-kursus-2026-dinsos.csv"');
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(cells(lines[0])).toEqual([...SIASN_COLUMNS]);
    expect(lines.slice(1).map(cells)).toEqual([
      [
        ani.nip,
        '9',
        seminarName,
        'Seminar "Pelayanan Publik", Digital',
        'BPSDM Provinsi Jawa Timur',
        certificateNumber,
        '8',
        '2026',
        '09-03-2026',
        '10-03-2026',
        'Ani Seminar',
        dinsos.name,
      ],
      [
        ani.nip,
        '3',
        expect.any(String),
        'Pelatihan Teknis Arsip',
        '',
        '',
        '19.9',
        '2026',
        '04-05-2026',
        '08-05-2026',
        'Ani Seminar',
        dinsos.name,
      ],
    ]);
    const audit = await t.em().findOneOrFail(AuditEntry, { action: 'certificate.siasn.export' }, { orderBy: { at: 'desc' } });
    expect(audit.details).toMatchObject({ year: 2026, opdId: dinsos.id, format: 'csv', rows: 2, nips: [ani.nip] });
  });

  it('writes every OPD as XLSX that reads back with the same fields, NIP as text and formulas kept as text', async () => {
    const res = await download('year=2026&format=xlsx', await auth(admin));
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Riwayat kursus 2026');
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual([...SIASN_COLUMNS]);
    const mine = rows.slice(1).filter((r) => r[0] === ani.nip || r[0] === budi.nip);
    expect(mine.map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      [budi.nip, '=HYPERLINK("x")', '', 4.5],
      [ani.nip, 'Seminar "Pelayanan Publik", Digital', certificateNumber, 8],
      [ani.nip, 'Pelatihan Teknis Arsip', '', 19.9],
    ]);
    expect(typeof mine[0][0]).toBe('string');
  });

  it('keeps a formula-like title as text in the CSV', async () => {
    const text = await (await download('year=2026&format=csv', await auth(admin))).text();
    expect(text).toContain(`${budi.nip},3,`);
    expect(text).toContain(`,"'=HYPERLINK(""x"")",BKD,`);
  });
});
