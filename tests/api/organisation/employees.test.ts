import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { Opd } from '../../../api/src/modules/organisation/opd.entity';
import { Position } from '../../../api/src/modules/organisation/position.entity';
import { Role } from '../../../api/src/common/role';
import { anOpd, aPosition, makeEmployee, makeUser, nextNip, supervise, type TestUser, usersByRole } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const EMPLOYEES = `query Employees($filter: EmployeeFilter, $page: PageInput) {
  employees(filter: $filter, page: $page) { total offset limit items { id nip name opd { code } position { code } } }
}`;
const EMPLOYEE = `query Employee($id: ID!) {
  employee(id: $id) { id nip name gender birthDate appointment rank viewerCan { update } }
}`;
const CREATE = `mutation CreateEmployee($input: CreateEmployeeInput!) {
  createEmployee(input: $input) { id nip name employeeType rank email gender birthDate opd { code } position { code } }
}`;
const UPDATE = `mutation UpdateEmployee($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) { id nip name rank active position { code } }
}`;
const CREATE_OPD = `mutation CreateOpd($input: CreateOpdInput!) { createOpd(input: $input) { id code name kind } }`;
const CREATE_POSITION = `mutation CreatePosition($input: CreatePositionInput!) {
  createPosition(input: $input) { id code name positionType opd { code } }
}`;
const OPDS = `query Opds { opds { code name kind } }`;
const POSITIONS = `query Positions($filter: PositionFilter) { positions(filter: $filter) { code positionType opd { code } } }`;
const REFERENCE = `query Reference { positionTypes { code managerial } learningForms { id name creditMode creditValue maxJpPerDay } }`;

let t: TestApp;
let users: Record<Role, TestUser>;
let opd: Opd;
let position: Position;

beforeAll(async () => {
  t = await setupTestApp();
  users = await usersByRole(t.em());
  opd = await anOpd(t.em(), 'DISKOMINFO');
  position = await aPosition(t.em(), 'PRANKOM-AP');
  for (const name of ['Ahmad Fauzi', 'Ahmad Hakim', 'Siti Aminah']) await makeEmployee(t.em(), { name, opdCode: 'BKD' });
});
afterAll(() => t.close());

const asRole = (role: Role) => users[role].actor;

describe('reference queries', () => {
  it('are refused when logged out', async () => {
    expect(errorCode(await t.gql(OPDS))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFERENCE))).toBe('UNAUTHENTICATED');
  });

  it('list the Sidoarjo OPDs with the 18 kecamatan, position types and the 25 SIASN forms', async () => {
    const { data } = await t.gql(OPDS, {}, asRole(Role.LEARNER));
    expect(data!.opds.filter((o: Opd) => o.kind === 'KECAMATAN')).toHaveLength(18);
    expect(data!.opds.map((o: Opd) => o.name)).toContain('Badan Kepegawaian Daerah Kabupaten Sidoarjo');
    const ref = await t.gql(REFERENCE, {}, asRole(Role.LEARNER));
    expect(ref.data!.positionTypes).toHaveLength(7);
    expect(ref.data!.learningForms).toHaveLength(25);
    expect(ref.data!.learningForms.find((f: { id: number }) => f.id === 23)).toMatchObject({
      name: 'Komunitas belajar',
      creditMode: 'ACTUAL',
      maxJpPerDay: 2,
    });
  });

  it('positions filter by OPD (its own and general positions) and by type', async () => {
    const own = await t.gql(
      CREATE_POSITION,
      { input: { code: 'KABID-APTIKA', name: 'Kepala Bidang Aplikasi Informatika', positionType: 'ADMINISTRATOR', opdId: opd.id } },
      asRole(Role.ADMIN),
    );
    expect(own.errors).toBeUndefined();
    const bkd = await anOpd(t.em(), 'BKD');
    const forBkd = await t.gql(POSITIONS, { filter: { opdId: bkd.id, positionType: 'ADMINISTRATOR' } }, asRole(Role.LEARNER));
    const codes = forBkd.data!.positions.map((p: Position) => p.code);
    expect(codes).toContain('KABID');
    expect(codes).not.toContain('KABID-APTIKA');
    const forKominfo = await t.gql(POSITIONS, { filter: { opdId: opd.id, positionType: 'ADMINISTRATOR' } }, asRole(Role.LEARNER));
    expect(forKominfo.data!.positions.map((p: Position) => p.code)).toContain('KABID-APTIKA');
  });

  it.each([
    ['opdId', { opdId: 'x' }, 'isUuid'],
    ['search', { search: 'x'.repeat(101) }, 'maxLength'],
  ])('positions reject a bad %s in the filter', async (field, filter, rule) => {
    const result = await t.gql(POSITIONS, { filter }, asRole(Role.LEARNER));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual([{ field, rule }]);
  });
});

describe('employees', () => {
  it('is refused when logged out and for learners', async () => {
    expect(errorCode(await t.gql(EMPLOYEES))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(EMPLOYEES, {}, asRole(Role.LEARNER)))).toBe('FORBIDDEN');
  });

  it.each([Role.ADMIN, Role.COMMITTEE, Role.SUPERVISOR, Role.TRAINER])('is open to %s', async (role) => {
    const result = await t.gql(EMPLOYEES, { page: { limit: 2 } }, asRole(role));
    expect(result.errors).toBeUndefined();
    expect(result.data!.employees.items).toHaveLength(2);
  });

  it('searches by part of the name, case-insensitively, and by NIP prefix', async () => {
    const byName = await t.gql(EMPLOYEES, { filter: { search: 'AHMAD' } }, asRole(Role.ADMIN));
    expect(byName.data!.employees.items.map((e: Employee) => e.name)).toEqual(['Ahmad Fauzi', 'Ahmad Hakim']);
    const siti = byName.data && (await t.em().findOneOrFail(Employee, { name: 'Siti Aminah' }));
    const byNip = await t.gql(EMPLOYEES, { filter: { search: siti!.nip.slice(0, 16) } }, asRole(Role.ADMIN));
    expect(byNip.data!.employees.items.map((e: Employee) => e.nip)).toContain(siti!.nip);
  });

  it('treats % and _ in the search as plain text', async () => {
    const result = await t.gql(EMPLOYEES, { filter: { search: '%' } }, asRole(Role.ADMIN));
    expect(result.data!.employees.total).toBe(0);
  });

  it('pages with a total count', async () => {
    const all = await t.gql(EMPLOYEES, { page: { limit: 100 } }, asRole(Role.ADMIN));
    const total = all.data!.employees.total;
    expect(total).toBeGreaterThanOrEqual(8);
    const page2 = await t.gql(EMPLOYEES, { page: { offset: 2, limit: 3 } }, asRole(Role.ADMIN));
    expect(page2.data!.employees).toMatchObject({ total, offset: 2, limit: 3 });
    expect(page2.data!.employees.items.map((e: Employee) => e.id)).toEqual(
      all.data!.employees.items.slice(2, 5).map((e: Employee) => e.id),
    );
  });

  it('filters by OPD, position type and employee type', async () => {
    const bkd = await anOpd(t.em(), 'BKD');
    const result = await t.gql(EMPLOYEES, { filter: { opdId: bkd.id } }, asRole(Role.ADMIN));
    expect(result.data!.employees.total).toBe(3);
    expect(result.data!.employees.items.every((e: { opd: Opd }) => e.opd.code === 'BKD')).toBe(true);
    await makeEmployee(t.em(), { name: 'Kontrak Satu', employeeType: 'PPPK' as never, rank: 'IX', position });
    const pppk = await t.gql(EMPLOYEES, { filter: { employeeType: 'PPPK', positionType: 'FUNGSIONAL' } }, asRole(Role.ADMIN));
    expect(pppk.data!.employees.items.map((e: Employee) => e.name)).toEqual(['Kontrak Satu']);
  });

  it('lists each employee with the same fields the single employee answers, since when they hold their position included', async () => {
    const held = await makeEmployee(t.em(), { name: 'Lama Menjabat', position, positionSince: '2019-03-01' });
    const query = `query($filter: EmployeeFilter) { employees(filter: $filter) { items { id positionSince position { code } } } }`;
    const listed = await t.gql(query, { filter: { search: 'Lama Menjabat' } }, asRole(Role.ADMIN));
    expect(listed.data!.employees.items).toEqual([{ id: held.id, positionSince: '2019-03-01', position: { code: position.code } }]);
    const single = await t.gql(`query($id: ID!) { employee(id: $id) { positionSince } }`, { id: held.id }, asRole(Role.ADMIN));
    expect(single.data!.employee.positionSince).toBe('2019-03-01');
  });

  it('answers the creation and update stamps of the employee, its OPD and position as the single employee does', async () => {
    const held = await makeEmployee(t.em(), { name: 'Cap Waktu Direktori', position });
    const stamps = 'createdAt updatedAt opd { createdAt updatedAt } position { createdAt updatedAt }';
    const listed = await t.gql(
      `query($filter: EmployeeFilter) { employees(filter: $filter) { items { ${stamps} } } }`,
      { filter: { search: 'Cap Waktu Direktori' } },
      asRole(Role.ADMIN),
    );
    const single = await t.gql(`query($id: ID!) { employee(id: $id) { ${stamps} } }`, { id: held.id }, asRole(Role.ADMIN));
    expect(single.data!.employee.createdAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(single.data!.employee.position.updatedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(listed.data!.employees.items).toEqual([single.data!.employee]);
  });

  it('rejects a page larger than 100 and a negative offset', async () => {
    const result = await t.gql(EMPLOYEES, { page: { offset: -1, limit: 101 } }, asRole(Role.ADMIN));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(
      fieldErrors(result)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['limit', 'offset']);
  });
});

describe('employee', () => {
  it('shows a learner their own record but not someone else', async () => {
    const me = users[Role.LEARNER];
    const own = await t.gql(EMPLOYEE, { id: me.user.employee!.id }, me.actor);
    expect(own.data!.employee).toMatchObject({ id: me.user.employee!.id, viewerCan: { update: false } });
    const other = await t.gql(EMPLOYEE, { id: users[Role.ADMIN].user.employee!.id }, me.actor);
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown id, UNAUTHENTICATED when logged out', async () => {
    expect(errorCode(await t.gql(EMPLOYEE, { id: '00000000-0000-4000-8000-000000000000' }, asRole(Role.ADMIN)))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(EMPLOYEE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('UNAUTHENTICATED');
  });

  it('rejects an id that is not a UUID, naming it', async () => {
    const result = await t.gql(EMPLOYEE, { id: 'bukan-id' }, asRole(Role.ADMIN));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual([{ field: 'id', rule: 'isUuid' }]);
  });

  it('reads birth date, appointment and gender from the NIP', async () => {
    const e = await makeEmployee(t.em(), { nip: '199203152019032001' });
    const result = await t.gql(EMPLOYEE, { id: e.id }, asRole(Role.ADMIN));
    expect(result.data!.employee).toMatchObject({
      birthDate: '1992-03-15',
      appointment: '2019-03',
      gender: 'FEMALE',
      viewerCan: { update: true },
    });
  });
});

describe('createEmployee', () => {
  const input = () => ({
    nip: nextNip(2),
    name: 'Rina Wulandari, S.Kom.',
    employeeType: 'PNS',
    opdId: opd.id,
    positionId: position.id,
    rank: 'III/b',
    email: 'rina@sidoarjokab.go.id',
  });

  it('is refused when logged out and for every role but ADMIN', async () => {
    expect(errorCode(await t.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR, Role.COMMITTEE]) {
      expect(errorCode(await t.gql(CREATE, { input: input() }, asRole(role)))).toBe('FORBIDDEN');
    }
  });

  it('creates an employee', async () => {
    const result = await t.gql(CREATE, { input: input() }, asRole(Role.ADMIN));
    expect(result.errors).toBeUndefined();
    expect(result.data!.createEmployee).toMatchObject({
      name: 'Rina Wulandari, S.Kom.',
      gender: 'FEMALE',
      birthDate: '1990-01-01',
      opd: { code: 'DISKOMINFO' },
      position: { code: 'PRANKOM-AP' },
    });
  });

  it.each([
    [{ nip: '12345' }, 'nip', 'NIP_FORMAT'],
    [{ nip: '199213152019032001' }, 'nip', 'NIP_BIRTH_DATE'],
    [{ nip: '199203152019033001' }, 'nip', 'NIP_GENDER'],
    [{ rank: 'V/a' }, 'rank', 'RANK'],
    [{ employeeType: 'PPPK', rank: 'III/a' }, 'rank', 'RANK'],
    [{ email: 'not-an-email' }, 'email', 'isEmail'],
    [{ name: 'X' }, 'name', 'minLength'],
    [{ name: '   ' }, 'name', 'REQUIRED'],
    [{ name: '  X  ' }, 'name', 'minLength'],
    [{ phone: 'telepon saya' }, 'phone', 'matches'],
    [{ opdId: 'not-a-uuid' }, 'opdId', 'isUuid'],
    [{ opdId: '00000000-0000-4000-8000-000000000000' }, 'opdId', 'NOT_FOUND'],
    [{ positionId: '00000000-0000-4000-8000-000000000000' }, 'positionId', 'NOT_FOUND'],
  ])('rejects %j naming %s', async (change, field, rule) => {
    const result = await t.gql(CREATE, { input: { ...input(), ...change } }, asRole(Role.ADMIN));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toContainEqual({ field, rule });
  });

  it('rejects a name longer than 150 characters', async () => {
    const result = await t.gql(CREATE, { input: { ...input(), name: 'N'.repeat(151) } }, asRole(Role.ADMIN));
    expect(fieldErrors(result)).toEqual([{ field: 'name', rule: 'maxLength' }]);
  });

  it('stores the name trimmed', async () => {
    const result = await t.gql(CREATE, { input: { ...input(), name: '  Budi Santoso  ' } }, asRole(Role.ADMIN));
    expect(result.data!.createEmployee.name).toBe('Budi Santoso');
  });

  it('names the field and the rule when a variable does not fit its GraphQL type', async () => {
    const { opdId: _opdId, ...withoutOpd } = input();
    const cases: [Record<string, unknown> | undefined, { field: string; rule: string }][] = [
      [
        { ...input(), employeeType: 'HONORER' },
        { field: 'employeeType', rule: 'TYPE' },
      ],
      [withoutOpd, { field: 'opdId', rule: 'REQUIRED' }],
      [
        { ...input(), name: null },
        { field: 'name', rule: 'REQUIRED' },
      ],
      [
        { ...input(), name: 42 },
        { field: 'name', rule: 'TYPE' },
      ],
      [
        { ...input(), golongan: 'III/a' },
        { field: 'golongan', rule: 'UNKNOWN_FIELD' },
      ],
      [undefined, { field: 'input', rule: 'REQUIRED' }],
    ];
    for (const [value, expected] of cases) {
      const result = await t.gql(CREATE, value === undefined ? {} : { input: value }, asRole(Role.ADMIN));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual([expected]);
      expect(result.errors![0].message).toMatch(/^Variable "\$input" /);
    }
  });

  it('rejects a NIP already registered', async () => {
    const existing = await makeEmployee(t.em());
    const result = await t.gql(CREATE, { input: { ...input(), nip: existing.nip } }, asRole(Role.ADMIN));
    expect(fieldErrors(result)).toEqual([{ field: 'nip', rule: 'NIP_TAKEN' }]);
  });

  it('rejects a position of another OPD', async () => {
    const bkd = await anOpd(t.em(), 'BKD');
    const own = await t.gql(
      CREATE_POSITION,
      { input: { code: 'KASUBBAG-BKD-UMUM', name: 'Kepala Subbagian Umum BKD', positionType: 'PENGAWAS', opdId: bkd.id } },
      asRole(Role.ADMIN),
    );
    const result = await t.gql(CREATE, { input: { ...input(), positionId: own.data!.createPosition.id } }, asRole(Role.ADMIN));
    expect(fieldErrors(result)).toEqual([{ field: 'positionId', rule: 'POSITION_OPD' }]);
  });
});

describe('updateEmployee', () => {
  it('is refused when logged out and for non-admins', async () => {
    const e = await makeEmployee(t.em());
    expect(errorCode(await t.gql(UPDATE, { input: { id: e.id, name: 'Baru' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE, { input: { id: e.id, name: 'Baru' } }, asRole(Role.SUPERVISOR)))).toBe('FORBIDDEN');
  });

  it('changes only the fields given', async () => {
    const e = await makeEmployee(t.em(), { email: 'lama@sidoarjokab.go.id', position });
    const result = await t.gql(UPDATE, { input: { id: e.id, name: 'Nama Baru', rank: 'III/c', active: false } }, asRole(Role.ADMIN));
    expect(result.data!.updateEmployee).toMatchObject({
      name: 'Nama Baru',
      rank: 'III/c',
      active: false,
      position: { code: 'PRANKOM-AP' },
    });
    const stored = await t.em().findOneOrFail(Employee, e.id);
    expect(stored.email).toBe('lama@sidoarjokab.go.id');
  });

  it('clears the position when given null', async () => {
    const e = await makeEmployee(t.em(), { position });
    const result = await t.gql(UPDATE, { input: { id: e.id, positionId: null } }, asRole(Role.ADMIN));
    expect(result.data!.updateEmployee.position).toBeNull();
  });

  it('refuses null for a field that cannot be emptied, and leaves the employee as it was', async () => {
    const e = await makeEmployee(t.em(), { name: 'Tetap Sama' });
    const nameNull = await t.gql(UPDATE, { input: { id: e.id, name: null } }, asRole(Role.ADMIN));
    expect(errorCode(nameNull)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(nameNull)).toEqual([{ field: 'name', rule: 'REQUIRED' }]);
    const others = await t.gql(
      UPDATE,
      { input: { id: e.id, nip: null, employeeType: null, opdId: null, active: null } },
      asRole(Role.ADMIN),
    );
    expect(fieldErrors(others)).toEqual(['nip', 'employeeType', 'opdId', 'active'].map((field) => ({ field, rule: 'REQUIRED' })));
    const stored = await t.em().findOneOrFail(Employee, e.id);
    expect(stored).toMatchObject({ name: 'Tetap Sama', nip: e.nip, employeeType: 'PNS', active: true });
  });

  it('refuses a blank name and checks contact details like createEmployee', async () => {
    const e = await makeEmployee(t.em(), { name: 'Tetap Ada' });
    expect(fieldErrors(await t.gql(UPDATE, { input: { id: e.id, name: '   ' } }, asRole(Role.ADMIN)))).toEqual([
      { field: 'name', rule: 'REQUIRED' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE, { input: { id: e.id, name: ' Y ' } }, asRole(Role.ADMIN)))).toEqual([
      { field: 'name', rule: 'minLength' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE, { input: { id: e.id, phone: '0812;drop' } }, asRole(Role.ADMIN)))).toEqual([
      { field: 'phone', rule: 'matches' },
    ]);
    expect((await t.em().findOneOrFail(Employee, e.id)).name).toBe('Tetap Ada');
  });

  it('rejects bad input and unknown ids', async () => {
    const e = await makeEmployee(t.em());
    expect(fieldErrors(await t.gql(UPDATE, { input: { id: e.id, nip: '1' } }, asRole(Role.ADMIN)))).toEqual([
      { field: 'nip', rule: 'NIP_FORMAT' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE, { input: { id: e.id, employeeType: 'PPPK' } }, asRole(Role.ADMIN)))).toEqual([
      { field: 'rank', rule: 'RANK' },
    ]);
    expect(errorCode(await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'X Y' } }, asRole(Role.ADMIN)))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('createOpd and createPosition', () => {
  it('are refused when logged out and for non-admins', async () => {
    const opdInput = { code: 'DISPEMKAR', name: 'Dinas Pemadam Kebakaran', kind: 'DINAS' };
    expect(errorCode(await t.gql(CREATE_OPD, { input: opdInput }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE_OPD, { input: opdInput }, asRole(Role.COMMITTEE)))).toBe('FORBIDDEN');
    const posInput = { code: 'X1', name: 'Jabatan Uji', positionType: 'PELAKSANA' };
    expect(errorCode(await t.gql(CREATE_POSITION, { input: posInput }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE_POSITION, { input: posInput }, asRole(Role.TRAINER)))).toBe('FORBIDDEN');
  });

  it('create with an upper-cased code, and refuse a code in use', async () => {
    const created = await t.gql(
      CREATE_OPD,
      { input: { code: 'dispemkar', name: 'Dinas Pemadam Kebakaran', kind: 'DINAS' } },
      asRole(Role.ADMIN),
    );
    expect(created.data!.createOpd).toMatchObject({ code: 'DISPEMKAR', kind: 'DINAS' });
    const again = await t.gql(CREATE_OPD, { input: { code: 'DISPEMKAR', name: 'Lagi', kind: 'DINAS' } }, asRole(Role.ADMIN));
    expect(fieldErrors(again)).toEqual([{ field: 'code', rule: 'CODE_TAKEN' }]);
    const pos = await t.gql(
      CREATE_POSITION,
      { input: { code: 'pemadam-trp', name: 'Pemadam Kebakaran Terampil', positionType: 'FUNGSIONAL' } },
      asRole(Role.ADMIN),
    );
    expect(pos.data!.createPosition).toMatchObject({ code: 'PEMADAM-TRP', opd: null });
  });

  it('reject bad codes, short or blank names and unknown kinds', async () => {
    const bad = await t.gql(CREATE_OPD, { input: { code: 'a b', name: 'ab', kind: 'DINAS' } }, asRole(Role.ADMIN));
    expect(fieldErrors(bad)).toEqual([
      { field: 'code', rule: 'matches' },
      { field: 'name', rule: 'minLength' },
    ]);
    const blank = await t.gql(CREATE_OPD, { input: { code: 'KOSONG', name: '     ', kind: 'DINAS' } }, asRole(Role.ADMIN));
    expect(fieldErrors(blank)).toEqual([{ field: 'name', rule: 'REQUIRED' }]);
    const padded = await t.gql(CREATE_OPD, { input: { code: 'PADAT', name: '  ab  ', kind: 'DINAS' } }, asRole(Role.ADMIN));
    expect(fieldErrors(padded)).toEqual([{ field: 'name', rule: 'minLength' }]);
    const kind = await t.gql(CREATE_OPD, { input: { code: 'X', name: 'Dinas X', kind: 'KOPERASI' } }, asRole(Role.ADMIN));
    expect(errorCode(kind)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(kind)).toEqual([{ field: 'kind', rule: 'TYPE' }]);
    expect(kind.errors![0].message).toContain('Value "KOPERASI" does not exist in "OpdKind" enum.');
    const noKind = await t.gql(CREATE_OPD, { input: { code: 'X', name: 'Dinas X' } }, asRole(Role.ADMIN));
    expect(fieldErrors(noKind)).toEqual([{ field: 'kind', rule: 'REQUIRED' }]);
    expect(await t.em().count(Opd, { code: { $in: ['KOSONG', 'PADAT', 'X'] } })).toBe(0);
  });

  it('createPosition names the field of bad input', async () => {
    const ok = { code: 'ANALIS-UJI', name: 'Analis Uji', positionType: 'PELAKSANA' };
    const cases: [Record<string, unknown>, { field: string; rule: string }][] = [
      [{ code: 'a b' }, { field: 'code', rule: 'matches' }],
      [{ name: 'ab' }, { field: 'name', rule: 'minLength' }],
      [{ name: '    ' }, { field: 'name', rule: 'REQUIRED' }],
      [{ opdId: 'bukan-id' }, { field: 'opdId', rule: 'isUuid' }],
      [{ opdId: '00000000-0000-4000-8000-000000000000' }, { field: 'opdId', rule: 'NOT_FOUND' }],
      [{ positionType: 'HONORER' }, { field: 'positionType', rule: 'TYPE' }],
      [{ code: 'prankom-ap' }, { field: 'code', rule: 'CODE_TAKEN' }],
    ];
    for (const [change, expected] of cases) {
      const result = await t.gql(CREATE_POSITION, { input: { ...ok, ...change } }, asRole(Role.ADMIN));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual([expected]);
    }
    expect(await t.em().count(Position, { code: 'ANALIS-UJI' })).toBe(0);
  });
});

describe('users and employees', () => {
  it('a user without an employee record can still log in and use the directory', async () => {
    const { actor } = await makeUser(t.em(), [Role.COMMITTEE], { withEmployee: false });
    expect((await t.gql(EMPLOYEES, { page: { limit: 1 } }, actor)).errors).toBeUndefined();
  });
});

describe("a supervisor's employee list", () => {
  it('shows the employees of the OPDs they supervise first, then everyone else, across pages', async () => {
    const supervisor = await makeUser(t.em(), [Role.SUPERVISOR], { withEmployee: false });
    await supervise(t.em(), supervisor, [await anOpd(t.em(), 'BKD')]);
    const bkd = (await t.em().find(Employee, { opd: { code: 'BKD' } }, { orderBy: { name: 'asc', nip: 'asc' } })).map((e) => e.name);
    const all = (await t.gql(EMPLOYEES, { page: { limit: 100 } }, asRole(Role.ADMIN))).data!.employees;
    const first = await t.gql(EMPLOYEES, { page: { offset: 0, limit: 2 } }, supervisor.actor);
    expect(first.data!.employees.items.map((e: { name: string }) => e.name)).toEqual(bkd.slice(0, 2));
    expect(first.data!.employees.total).toBe(all.total);
    const second = await t.gql(EMPLOYEES, { page: { offset: 2, limit: 2 } }, supervisor.actor);
    const firstOther = all.items.find((e: { opd: { code: string } }) => e.opd.code !== 'BKD').name;
    expect(second.data!.employees.items.map((e: { name: string }) => e.name)).toEqual([bkd[2], firstOther]);
  });
});
