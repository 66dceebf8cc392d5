import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { Role } from '../../../api/src/common/role';
import { aPosition, makeEmployee, makeUser, nextNip, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

const IMPORT = `mutation ImportEmployees($input: ImportEmployeesInput!) {
  importEmployees(input: $input) { ok rows created updated errors { line nip field rule message } }
}`;

let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN]);
});
afterAll(() => t.close());

const run = (csv: string, actor = admin.actor) => t.gql(IMPORT, { input: { csv } }, actor);
const count = () => t.em().count(Employee, {});

describe('importEmployees', () => {
  it('is refused when logged out and for non-admins', async () => {
    expect(errorCode(await run('nip', null as never))).toBe('UNAUTHENTICATED');
    const committee = await makeUser(t.em(), [Role.COMMITTEE]);
    expect(errorCode(await run('nip', committee.actor))).toBe('FORBIDDEN');
  });

  it('creates every row of a valid file, with Indonesian headers and semicolons', async () => {
    const before = await count();
    const [a, b] = [nextNip(1), nextNip(2)];
    const csv = [
      'NIP;Nama;Kode OPD;Kode Jabatan;Golongan;Jenis Pegawai',
      `${a};Agus Salim, S.E.;BPKAD;AKPD-AM;III/c;PNS`,
      `${b};Rina Marlina;kec-waru;;IX;pppk`,
    ].join('\n');
    const result = await run(csv);
    expect(result.data!.importEmployees).toEqual({ ok: true, rows: 2, created: 2, updated: 0, errors: [] });
    expect(await count()).toBe(before + 2);
    const rina = await t.em().findOneOrFail(Employee, { nip: b }, { populate: ['opd'] });
    expect(rina).toMatchObject({ name: 'Rina Marlina', employeeType: 'PPPK', rank: 'IX', position: null });
    expect(rina.opd.getEntity().code).toBe('KEC-WARU');
  });

  it('updates employees whose NIP exists (English headers, quoted commas)', async () => {
    const existing = await makeEmployee(t.em(), { name: 'Nama Lama' });
    const csv = `nip,name,opd_code,position_code,rank,type\n${existing.nip},"Nama Baru, S.H.",BKD,ASDMA-AP,III/b,PNS\n`;
    const result = await run(csv);
    expect(result.data!.importEmployees).toMatchObject({ ok: true, created: 0, updated: 1 });
    const stored = await t.em().findOneOrFail(Employee, existing.id, { populate: ['opd', 'position'] });
    expect(stored.name).toBe('Nama Baru, S.H.');
    expect(stored.opd.getEntity().code).toBe('BKD');
    expect(stored.position!.getEntity().code).toBe('ASDMA-AP');
  });

  it('writes nothing when one row is bad, and reports every bad row with its line and reason', async () => {
    const before = await count();
    const good = nextNip();
    const dup = nextNip();
    const csv = [
      'nip,nama,kode_opd,kode_jabatan,golongan,jenis_pegawai,email',
      `${good},Baris Baik,BKD,,III/a,PNS,baik@sidoarjokab.go.id`,
      `199213152019031001,Tanggal Salah,BKD,,III/a,PNS,`,
      `${nextNip()},Opd Salah,DINAS-ANTAH,,III/a,PNS,`,
      `${nextNip()},Jabatan Salah,BKD,TIDAK-ADA,III/a,PNS,`,
      `${nextNip()},Golongan Salah,BKD,,XX,PNS,`,
      `${nextNip()},Jenis Salah,BKD,,III/a,HONORER,`,
      `${dup},Pertama,BKD,,III/a,PNS,`,
      `${dup},Kedua,BKD,,III/a,PNS,`,
      `${nextNip()},,BKD,,III/a,PNS,`,
      `${nextNip()},Surel Salah,BKD,,III/a,PNS,bukan-surel`,
    ].join('\r\n');
    const result = (await run(csv)).data!.importEmployees;
    expect(result).toMatchObject({ ok: false, rows: 10, created: 0, updated: 0 });
    expect(result.errors.map((e: { line: number; field: string; rule: string }) => [e.line, e.field, e.rule])).toEqual([
      [3, 'nip', 'NIP_BIRTH_DATE'],
      [4, 'opdCode', 'NOT_FOUND'],
      [5, 'positionCode', 'NOT_FOUND'],
      [6, 'rank', 'RANK'],
      [7, 'type', 'EMPLOYEE_TYPE'],
      [9, 'nip', 'DUPLICATE'],
      [10, 'name', 'REQUIRED'],
      [11, 'email', 'isEmail'],
    ]);
    expect(result.errors[1].message).toBe('No OPD with code DINAS-ANTAH');
    expect(result.errors[5].message).toBe('The same NIP is already on line 8');
    expect(await count()).toBe(before);
    expect(await t.em().count(Employee, { nip: good })).toBe(0);
  });

  it('updates only the columns the file has: position, rank, email and phone stay when their columns are absent', async () => {
    const position = await aPosition(t.em(), 'PRANKOM-AP');
    const kept = { position, rank: 'III/d', email: 'tetap@sidoarjokab.go.id', phone: '0812 3456 789' };
    const existing = await makeEmployee(t.em(), { name: 'Nama Lama', opdCode: 'DISKOMINFO', ...kept });
    const result = await run(`nip,nama,kode_opd,jenis_pegawai\n${existing.nip},Nama Baru,DISKOMINFO,PNS\n`);
    expect(result.data!.importEmployees).toMatchObject({ ok: true, created: 0, updated: 1 });
    const stored = await t.em().findOneOrFail(Employee, existing.id, { populate: ['position'] });
    expect(stored).toMatchObject({ name: 'Nama Baru', rank: 'III/d', email: kept.email, phone: kept.phone });
    expect(stored.position?.getEntity().code).toBe('PRANKOM-AP');
  });

  it('checks a kept rank against a new employee type', async () => {
    const existing = await makeEmployee(t.em(), { rank: 'III/a' });
    const result = (await run(`nip,nama,kode_opd,jenis_pegawai\n${existing.nip},Jadi PPPK,BKD,PPPK\n`)).data!.importEmployees;
    expect(result.ok).toBe(false);
    expect(result.errors.map((e: { line: number; field: string; rule: string }) => [e.line, e.field, e.rule])).toEqual([
      [2, 'rank', 'RANK'],
    ]);
    expect((await t.em().findOneOrFail(Employee, existing.id)).employeeType).toBe('PNS');
  });

  it('checks names, email and phone as createEmployee does, reporting each row with its line', async () => {
    const before = await count();
    const csv = [
      'nip;nama;kode_opd;jenis_pegawai;email;telepon',
      `${nextNip()};Nama Baik;BKD;PNS;baik@sidoarjokab.go.id;031-8921234`,
      `${nextNip()};Telepon Salah;BKD;PNS;;nomor saya`,
      `${nextNip()};${'Panjang '.repeat(20)};BKD;PNS;;`,
      `${nextNip()};   ;BKD;PNS;;`,
      `${nextNip()};A;BKD;PNS;;`,
      `${nextNip()};Surel Panjang;BKD;PNS;${'a'.repeat(140)}@sidoarjokab.go.id;`,
    ].join('\n');
    const result = (await run(csv)).data!.importEmployees;
    expect(result).toMatchObject({ ok: false, rows: 6, created: 0 });
    expect(result.errors.map((e: { line: number; field: string; rule: string }) => [e.line, e.field, e.rule])).toEqual([
      [3, 'phone', 'matches'],
      [4, 'name', 'maxLength'],
      [5, 'name', 'REQUIRED'],
      [6, 'name', 'minLength'],
      [7, 'email', 'maxLength'],
    ]);
    expect(await count()).toBe(before);
  });

  it('names missing columns on line 1', async () => {
    const result = (await run('nip,golongan\n199001012015031001,III/a')).data!.importEmployees;
    expect(result.ok).toBe(false);
    expect(result.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'opdCode', 'type']);
    expect(result.errors.every((e: { line: number; rule: string }) => e.line === 1 && e.rule === 'MISSING_COLUMN')).toBe(true);
  });

  it('reports an empty file and a file with only a header', async () => {
    expect((await run('')).data!.importEmployees.errors[0]).toMatchObject({ line: 1, rule: 'EMPTY' });
    expect((await run('nip,nama,kode_opd,jenis_pegawai\n')).data!.importEmployees.errors[0]).toMatchObject({ line: 2, rule: 'EMPTY' });
  });

  it('reports broken CSV quoting with its line', async () => {
    const result = (await run(`nip,nama,kode_opd,jenis_pegawai\n${nextNip()},"Tanpa tutup,BKD,PNS\n`)).data!.importEmployees;
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ field: 'csv', rule: 'CSV_SYNTAX' });
  });
});
