import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { Role } from '../../../api/src/modules/identity/role';
import { PositionCompetency } from '../../../api/src/modules/competency/position-competency.entity';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import type { Position } from '../../../api/src/modules/organisation/position.entity';
import { aPosition, makeEmployee, makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { postGraphql, setupTestApp, testFolder, type TestApp } from '../../support/test-app';
import { ago, assess, AssessmentMethod, learned, thisYear } from './support';

// An app, logins and files built on a busy 2-core machine take more than the default half minute.
jest.setTimeout(180_000);

let t: TestApp;
let base: string;
let committee: TestUser;
let learner: TestUser;
let position: Position;
let star: Employee;
const PURPOSE = 'Lowongan Pengolah Data 2027';

beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  const em = t.em();
  committee = await makeUser(em, [Role.COMMITTEE], { username: 'komite-berkas' });
  learner = await makeUser(em, [Role.LEARNER], { username: 'peserta-berkas' });
  position = await aPosition(em, 'PENGOLAH-DATA');
  const standard = await em.find(PositionCompetency, { position }, { populate: ['competency'] });
  star = await makeEmployee(em, { name: 'Kandidat Berkas Utama', rank: 'III/c' });
  for (const row of standard) assess(em, star, row.competency.getEntity(), 5, AssessmentMethod.ASSESSMENT_CENTER, ago(2));
  for (let y = thisYear - 3; y <= thisYear; y++) learned(em, star, 24, `${y}-03-03`, `Pelatihan Data ${y}`);
  await em.flush();
});
afterAll(() => t.close());

async function auth(user: TestUser): Promise<Record<string, string>> {
  const res = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username: user.user.username, password: TEST_PASSWORD },
  });
  return { authorization: `Bearer ${res.body.data!.login.token}` };
}
const post = (route: string, body: unknown, headers: Record<string, string>) =>
  fetch(`${base}/committee/exports/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return book;
}
const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().flat().map(String);

describe('talent pool exports', () => {
  it('write an XLSX with the purpose, position and weights first and the ranked candidates second, audited with the format', async () => {
    const res = await post('pool?format=xlsx', { input: { positionId: position.id, limit: 5, purpose: PURPOSE } }, await auth(committee));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kumpulan-talenta-pengolah-data-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const book = await workbook(res);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Syarat', 'Kandidat']);
    expect(values(book.getWorksheet('Syarat')!)).toEqual(expect.arrayContaining(['Tujuan', PURPOSE, 'Jabatan', 'Bobot']));
    const rows = book
      .getWorksheet('Kandidat')!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_r, i) => i + 1));
    expect(rows[0].slice(0, 3)).toEqual([1, star.nip, 'Kandidat Berkas Utama']);
    expect(rows[0][6]).toBe(100);
    const entry = await t.em().findOneOrFail(AuditEntry, { action: 'committee.pool.export', actorUserId: committee.user.id });
    expect(entry).toMatchObject({ purpose: PURPOSE, subjectId: position.id, details: { format: 'xlsx', limit: 5 } });
    expect((entry.details!.employeeIds as string[])[0]).toBe(star.id);
  });

  it('write a CSV with the conditions as comment lines', async () => {
    const res = await post('pool?format=csv', { input: { positionId: position.id, limit: 3, purpose: PURPOSE } }, await auth(committee));
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain(`Tujuan: ${PURPOSE}`);
    const head = lines.findIndex((l) => l.startsWith('Peringkat;'));
    expect(lines.slice(head + 1)).toHaveLength(3);
    expect(lines[head + 1]).toMatch(new RegExp(`^1;${star.nip};Kandidat Berkas Utama;`));
  });
});

describe('history exports', () => {
  it('write an XLSX of the person, purpose and JP per year, then the timeline newest first; the employee sees it', async () => {
    const res = await post('history?format=xlsx', { input: { employeeId: star.id, purpose: PURPOSE } }, await auth(committee));
    expect(res.status).toBe(200);
    const book = await workbook(res);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Pegawai', 'Riwayat']);
    expect(values(book.getWorksheet('Pegawai')!)).toEqual(expect.arrayContaining(['Tujuan', PURPOSE, 'Kandidat Berkas Utama', star.nip]));
    // The seven columns of each row; an empty cell is left out of a streamed sheet.
    const rows = book
      .getWorksheet('Riwayat')!
      .getSheetValues()
      .slice(2)
      .map((r) => Array.from({ length: 7 }, (_, i) => (r as unknown[])[i + 1] ?? ''));
    const dates = rows.map((r) => String(r[0]));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows.find((r) => r[2] === `Pelatihan Data ${thisYear}`)).toEqual([
      `${thisYear}-03-03`,
      'Pembelajaran',
      `Pelatihan Data ${thisYear}`,
      expect.any(String),
      'Disetujui',
      24,
      '',
    ]);
    expect(rows.filter((r) => r[1] === 'Penilaian kompetensi')[0]).toEqual([
      expect.any(String),
      'Penilaian kompetensi',
      expect.any(String),
      'Assessment center',
      '',
      '',
      5,
    ]);
    const entry = await t.em().findOneOrFail(AuditEntry, { action: 'committee.history.export', employeeId: star.id });
    expect(entry).toMatchObject({ purpose: PURPOSE, details: { format: 'xlsx' } });
  });

  it('write a CSV of the timeline', async () => {
    const res = await post('history?format=csv', { input: { employeeId: star.id, purpose: PURPOSE } }, await auth(committee));
    const text = (await res.text()).replace(/^\uFEFF/, '');
    expect(text).toContain('# Nama: Kandidat Berkas Utama');
    expect(text).toContain(`${thisYear}-03-03;Pembelajaran;Pelatihan Data ${thisYear};`);
  });

  it('print a candidate profile PDF with the levels, JP per year and the purpose, audited', async () => {
    const res = await post('profile', { input: { employeeId: star.id, purpose: PURPOSE } }, await auth(committee));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(testFolder('profile-'), 'profil.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync(process.execPath, [path.join(__dirname, '../../support/read-pdf.mjs'), file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const text = (JSON.parse(run.stdout) as { text: string }).text.replace(/\s+/g, ' ');
    expect(text).toContain('Profil Kandidat');
    expect(text).toContain('Kandidat Berkas Utama');
    expect(text).toContain('Kompetensi saat ini');
    expect(text).toContain('Assessment center');
    expect(text).toContain(`Pelatihan Data ${thisYear}`);
    expect(text).toContain(PURPOSE);
    const entry = await t.em().findOneOrFail(AuditEntry, { action: 'committee.profile.export', employeeId: star.id });
    expect(entry).toMatchObject({ purpose: PURPOSE, details: { format: 'pdf' } });
  });
});

describe('pool and history exports refuse', () => {
  it.each([
    ['pool?format=xlsx', () => ({ positionId: position.id, purpose: PURPOSE })],
    ['history?format=csv', () => ({ employeeId: star.id, purpose: PURPOSE })],
    ['profile', () => ({ employeeId: star.id, purpose: PURPOSE })],
  ])('%s when logged out, to learners, and without a purpose', async (route, input) => {
    expect((await post(route, { input: input() }, {})).status).toBe(401);
    expect((await post(route, { input: input() }, await auth(learner))).status).toBe(403);
    const noPurpose = await post(route, { input: { ...input(), purpose: ' ' } }, await auth(committee));
    expect(noPurpose.status).toBe(400);
    expect((await noPurpose.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
  });

  it('an unknown format, employee or position by name', async () => {
    const headers = await auth(committee);
    expect((await post('pool?format=pdf', { input: { positionId: position.id, purpose: PURPOSE } }, headers)).status).toBe(400);
    const unknown = await post(
      'history?format=csv',
      { input: { employeeId: '00000000-0000-4000-8000-000000000000', purpose: PURPOSE } },
      headers,
    );
    expect(unknown.status).toBe(404);
    const noPosition = await post(
      'pool?format=csv',
      { input: { positionId: '00000000-0000-4000-8000-000000000000', purpose: PURPOSE } },
      headers,
    );
    expect((await noPosition.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
  });
});
