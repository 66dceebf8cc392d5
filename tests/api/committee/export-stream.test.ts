import ExcelJS from 'exceljs';
import { FILE_FRAMES, type FileFrame, FrameDecoder } from '@komunitas-pintar/domain';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { Role } from '../../../api/src/modules/identity/role';
import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';
import { anOpd, makeUser, nextNip, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

// An app, its HTTP server and thousands of rows on a busy 2-core machine take more than the default half minute.
jest.setTimeout(180_000);

/** Enough people for many pages of the query and many steps of the writer, few enough to stay quick. */
const PEOPLE = 3000;
const PURPOSE = 'Pemetaan talenta seluruh pegawai';

let t: TestApp;
let base: string;
let committee: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  const em = t.em();
  committee = await makeUser(em, [Role.COMMITTEE], { username: 'komite-massal' });
  const opd = await anOpd(em);
  await em.insertMany(
    Employee,
    Array.from({ length: PEOPLE }, (_, i) => ({
      nip: nextNip(),
      name: `Massal ${String(i + 1).padStart(4, '0')}`,
      employeeType: EmployeeType.PNS,
      opd: opd.id,
      rank: 'III/a',
      active: true,
    })),
  );
});
afterAll(() => t.close());

async function auth(): Promise<Record<string, string>> {
  const res = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username: committee.user.username, password: TEST_PASSWORD },
  });
  return { authorization: `Bearer ${res.body.data!.login.token}` };
}

const exportAll = async (format: string, headers: Record<string, string>) =>
  fetch(`${base}/committee/exports/search?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await auth()), ...headers },
    body: JSON.stringify({ input: { purpose: PURPOSE, search: 'Massal' } }),
  });

describe('a search of thousands exported', () => {
  it('streams an XLSX in frames: the row count first, the file in pieces between reports of rows written, then its end', async () => {
    const res = await exportAll('xlsx', { accept: FILE_FRAMES.mediaType });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(FILE_FRAMES.mediaType);
    expect(res.headers.get('x-file-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('x-total-rows')).toBe(String(PEOPLE));
    expect(res.headers.get('content-length')).toBeNull();

    const decoder = new FrameDecoder();
    const frames: FileFrame[] = [];
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      frames.push(...decoder.push(value));
    }
    expect(decoder.partial).toBe(false);
    expect(frames.at(-1)).toEqual({ kind: 'end', rows: PEOPLE });
    const progress = frames.flatMap((f) => (f.kind === 'progress' ? [f.rows] : []));
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(PEOPLE);
    // The file was on its way before the last rows were written: data frames come between reports.
    const kinds = frames.map((f) => f.kind);
    const firstData = kinds.indexOf('data');
    const lastProgress = kinds.lastIndexOf('progress');
    expect(firstData).toBeGreaterThanOrEqual(0);
    expect(firstData).toBeLessThan(lastProgress);
    expect(kinds.slice(kinds.indexOf('progress'), lastProgress).filter((k) => k === 'data').length).toBeGreaterThan(1);

    const bytes = Buffer.concat(frames.flatMap((f) => (f.kind === 'data' ? [f.bytes] : [])));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Syarat', 'Hasil']);
    expect(book.getWorksheet('Syarat')!.getSheetValues().flat().map(String)).toEqual(
      expect.arrayContaining(['Tujuan', PURPOSE, 'Jumlah', `${PEOPLE} pegawai`, 'Nama/NIP', 'Massal']),
    );
    const sheet = book.getWorksheet('Hasil')!;
    expect(sheet.rowCount - 1).toBe(PEOPLE);
    expect(sheet.getRow(1).getCell(3).value).toBe('Nama');
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(3).value]).toEqual([1, 'Massal 0001']);
    expect([sheet.getRow(PEOPLE + 1).getCell(1).value, sheet.getRow(PEOPLE + 1).getCell(3).value]).toEqual([PEOPLE, `Massal ${PEOPLE}`]);
  });

  it('streams a bare CSV line by line to a client that does not ask for frames, audited with every person in it', async () => {
    const res = await exportAll('csv', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('x-total-rows')).toBe(String(PEOPLE));
    expect(res.headers.get('content-length')).toBeNull();
    const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.at(-1)).toBe('');
    const people = lines.filter((l) => /^\d+;/.test(l));
    expect(people).toHaveLength(PEOPLE);
    expect(people[0]).toMatch(/^1;\d{18};Massal 0001;PNS;III\/a;/);
    expect(people.at(-1)).toMatch(new RegExp(`^${PEOPLE};\\d{18};Massal ${PEOPLE};`));
    const entry = await t.em().findOneOrFail(AuditEntry, { action: 'committee.export', details: { format: 'csv' } });
    expect(entry).toMatchObject({ purpose: PURPOSE, details: { rows: PEOPLE, total: PEOPLE } });
    expect((entry.details as { employeeIds: string[] }).employeeIds).toHaveLength(PEOPLE);
  });
});
