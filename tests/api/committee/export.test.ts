import ExcelJS from 'exceljs';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { Role } from '../../../api/src/modules/identity/role';
import { makeEmployee, makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { postGraphql, setupTestApp, type TestApp } from '../../support/test-app';
import { ago, assess, AssessmentMethod, competency, learned, thisYear } from './support';

// An app, its HTTP server and logins on a busy 2-core machine take more than the default half minute.
jest.setTimeout(180_000);

let t: TestApp;
let base: string;
let committee: TestUser;
let learner: TestUser;
let m01: string;
const PURPOSE = 'Rapat Baperjakat Desember';

beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  const em = t.em();
  committee = await makeUser(em, [Role.COMMITTEE], { username: 'komite-ekspor' });
  learner = await makeUser(em, [Role.LEARNER], { username: 'peserta-ekspor' });
  const M01 = await competency(em, 'M.01');
  m01 = M01.id;
  for (const [name, level] of [
    ['Ekspor Satu', 4],
    ['Ekspor Dua', 3],
    ['Ekspor Tiga', 1],
  ] as const) {
    const e = await makeEmployee(em, { name, rank: 'III/b' });
    assess(em, e, M01, level, AssessmentMethod.SUPERVISOR, ago(2));
    learned(em, e, 21.5, `${thisYear}-02-02`);
  }
  await em.flush();
});
afterAll(() => t.close());

async function auth(user: TestUser): Promise<Record<string, string>> {
  const res = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username: user.user.username, password: TEST_PASSWORD },
  });
  return { authorization: `Bearer ${res.body.data!.login.token}` };
}

const searchInput = () => ({ purpose: PURPOSE, search: 'Ekspor', competencies: [{ competencyId: m01, minLevel: 3 }] });
const exportSearch = async (format: string, body: unknown, headers: Record<string, string>) =>
  fetch(`${base}/committee/exports/search?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('search exports', () => {
  it('write an XLSX with the conditions on the first sheet and the matching people on the second', async () => {
    const res = await exportSearch('xlsx', { input: searchInput() }, await auth(committee));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="pencarian-talenta-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    // The rows are counted before the file, which streams without a length.
    expect(res.headers.get('x-total-rows')).toBe('2');
    const bytes = Buffer.from(await res.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Syarat', 'Hasil']);
    const about = book.getWorksheet('Syarat')!.getSheetValues().flat().map(String);
    expect(about).toEqual(expect.arrayContaining(['Tujuan', PURPOSE, 'Kompetensi', 'M.01 Integritas level ≥ 3', 'Nama/NIP', 'Ekspor']));
    const rows = book
      .getWorksheet('Hasil')!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows.map((r) => r[2])).toEqual(['Ekspor Dua', 'Ekspor Satu']);
    expect([rows[1][8], rows[1][9]]).toEqual([0, 0]);
    expect(rows[1][10]).toMatch(/^4 · Penilaian atasan · \d{4}-\d{2}-\d{2}$/);
    expect(rows[1].at(-1)).toBe(21.5);
  });

  it('write a CSV and are audited with the format and the people in the file', async () => {
    const res = await exportSearch('csv', { input: searchInput(), sort: 'NIP' }, await auth(committee));
    expect(res.status).toBe(200);
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain(`Tujuan: ${PURPOSE}`);
    expect(lines.filter((l) => l.includes('Ekspor '))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/;21,5$/);
    const entry = await t
      .em()
      .findOneOrFail(AuditEntry, { action: 'committee.export', actorUserId: committee.user.id, details: { format: 'csv' } });
    expect(entry).toMatchObject({ purpose: PURPOSE, details: { rows: 2, total: 2, sort: 'NIP' } });
  });

  it('are refused when logged out, to learners, and without a purpose or format', async () => {
    expect((await exportSearch('xlsx', { input: searchInput() }, {})).status).toBe(401);
    expect((await exportSearch('xlsx', { input: searchInput() }, await auth(learner))).status).toBe(403);
    const headers = await auth(committee);
    const noPurpose = await exportSearch('xlsx', { input: { ...searchInput(), purpose: '' } }, headers);
    expect(noPurpose.status).toBe(400);
    expect((await noPurpose.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    expect((await exportSearch('pdf', { input: searchInput() }, headers)).status).toBe(400);
    const badLevel = await exportSearch(
      'csv',
      { input: { ...searchInput(), competencies: [{ competencyId: m01, minLevel: 9 }] } },
      headers,
    );
    expect((await badLevel.json()).error.fields).toEqual([expect.objectContaining({ field: 'competencies.0.minLevel', rule: 'max' })]);
  });
});
