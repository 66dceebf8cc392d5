import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate } from '../../../api/src/modules/certificate/certificate.entity';
import { CertificateSource, CertificateStatus } from '../../../api/src/modules/certificate/certificate.enums';
import { CommunityGroup, GroupMember } from '../../../api/src/modules/community/community-group.entity';
import { GroupFunding, GroupMode, GroupStatus, JoinPolicy, MemberStatus } from '../../../api/src/modules/community/community.enums';
import { Role } from '../../../api/src/modules/identity/role';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { anOpd, aPosition, makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, type GqlResult, setupTestApp, type TestApp } from '../../support/test-app';
import { ago, thisYear, today } from './support';

// An app and its certificates and groups on a busy 2-core machine take more than half a minute.
jest.setTimeout(180_000);

const SEARCH = `query($input: TalentSearchInput!) {
  talentSearch(input: $input) {
    total
    items { employee { name positionSince } certificates matchingCertificates groupsCompleted }
  }
}`;

let t: TestApp;
let committee: TestUser;
let learner: TestUser;
let seq = 0;
let holder: Employee;

function certificate(em: EntityManager, employee: Employee, title: string, status = CertificateStatus.VALID): Certificate {
  seq++;
  return em.create(Certificate, {
    number: `UJI/${thisYear}/${String(seq).padStart(5, '0')}`,
    year: thisYear,
    seq: 90000 + seq,
    verificationCode: `UJI${seq}${randomUUID().slice(0, 8)}`,
    employee,
    source: CertificateSource.CLAIM,
    sourceId: randomUUID(),
    holderName: employee.name,
    holderNip: employee.nip,
    opdName: 'Diskominfo',
    title,
    formId: 5,
    formName: 'Pelatihan',
    startDate: ago(3),
    endDate: ago(3),
    jp: 10,
    place: 'Sidoarjo',
    issuedOn: ago(3),
    issuer: {
      government: 'Pemerintah Kabupaten Sidoarjo',
      agency: 'BKD',
      signerTitle: 'Kepala BKD',
      signerName: 'Pejabat',
      signerNip: null,
    },
    status,
  });
}

async function group(em: EntityManager, trainer: Employee, members: [Employee, boolean][], creator: TestUser): Promise<void> {
  const g = em.create(CommunityGroup, {
    name: `Kelompok Uji ${++seq}`,
    purpose: 'Belajar bersama',
    mode: GroupMode.ONLINE,
    joinPolicy: JoinPolicy.ANY_OPD,
    capacity: 20,
    plannedStart: ago(4),
    plannedEnd: ago(2),
    plannedSessions: 4,
    funding: GroupFunding.MANDIRI,
    costPerParticipant: 0,
    groupTrainer: trainer,
    groupMonitor: trainer,
    opd: await anOpd(em),
    createdBy: creator.user,
    status: GroupStatus.COMPLETED,
  });
  for (const [employee, completed] of members) {
    em.create(GroupMember, { group: g, employee, status: MemberStatus.ACTIVE, completedAt: completed ? new Date() : null });
  }
}

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  committee = await makeUser(em, [Role.COMMITTEE]);
  learner = await makeUser(em, [Role.LEARNER]);
  const position = await aPosition(em, 'PENGOLAH-DATA');
  const [p1, p2, p3, p4] = [
    await makeEmployee(em, { name: 'Pegang Satu', position, positionSince: ago(6 * 12 + 1) }),
    await makeEmployee(em, { name: 'Pegang Dua', position, positionSince: ago(2 * 12) }),
    await makeEmployee(em, { name: 'Pegang Tiga', position, positionSince: ago(6) }),
    await makeEmployee(em, { name: 'Pegang Empat', position: null }),
  ];
  certificate(em, p1, 'Pelatihan Analisis Data');
  certificate(em, p1, 'Bimtek Keamanan Informasi');
  holder = p2;
  certificate(em, p2, 'Pelatihan Analisis Data Lanjut');
  certificate(em, p2, 'Sertifikat Dicabut', CertificateStatus.REVOKED);
  certificate(em, p4, 'Kursus Komunikasi Efektif');
  await group(
    em,
    p4,
    [
      [p1, true],
      [p2, true],
      [p3, false],
    ],
    committee,
  );
  await group(em, p4, [[p2, true]], committee);
  await em.flush();
});
afterAll(() => t.close());

const search = (filter: Record<string, unknown>, user: TestUser | null = committee) =>
  t.gql(SEARCH, { input: { purpose: 'Rapat Baperjakat Januari', search: 'Pegang', ...filter } }, user?.actor ?? null);
const names = (result: GqlResult) =>
  result.data!.talentSearch.items.map((r: { employee: { name: string } }) => r.employee.name.replace('Pegang ', '')).sort();

describe('talentSearch: certificates held, groups completed, years in the current position', () => {
  it.each([
    ['no condition', {}, ['Dua', 'Empat', 'Satu', 'Tiga']],
    ['at least one valid certificate', { minCertificates: 1 }, ['Dua', 'Empat', 'Satu']],
    ['at least two valid certificates (a revoked one does not count)', { minCertificates: 2 }, ['Satu']],
    ['a valid certificate whose title contains the text, in any case', { certificateTitle: 'analisis DATA' }, ['Dua', 'Satu']],
    ['a title only a revoked certificate has', { certificateTitle: 'Dicabut' }, []],
    ['a title with wildcards taken as plain text', { certificateTitle: '%' }, []],
    ['two certificates, one of them with the title', { minCertificates: 2, certificateTitle: 'Keamanan' }, ['Satu']],
    ['two certificates and a title the holder of two lacks', { minCertificates: 2, certificateTitle: 'Komunikasi' }, []],
    ['at least one group completed (membership alone does not count)', { minGroupsCompleted: 1 }, ['Dua', 'Satu']],
    ['at least two groups completed', { minGroupsCompleted: 2 }, ['Dua']],
    ['at least one year in the position (half a year does not match)', { minYearsInPosition: 1 }, ['Dua', 'Satu']],
    ['at least two years in the position, exactly two years', { minYearsInPosition: 2 }, ['Dua', 'Satu']],
    ['at least five years in the position', { minYearsInPosition: 5 }, ['Satu']],
    ['at least seven years in the position', { minYearsInPosition: 7 }, []],
    ['all three together', { minCertificates: 1, minGroupsCompleted: 1, minYearsInPosition: 5 }, ['Satu']],
    ['all three, none meeting all', { minCertificates: 2, minGroupsCompleted: 2 }, []],
  ])('%s', async (_name, filter, expected) => {
    const result = await search(filter);
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(expected);
    expect(result.data!.talentSearch.total).toBe(expected.length);
  });

  it('carries the facts that matched: certificates, matching titles, groups and the start in the position', async () => {
    const result = await search({ certificateTitle: 'analisis' });
    const rows = Object.fromEntries(result.data!.talentSearch.items.map((r: { employee: { name: string } }) => [r.employee.name, r]));
    expect(rows['Pegang Satu']).toEqual({
      employee: { name: 'Pegang Satu', positionSince: ago(6 * 12 + 1) },
      certificates: 2,
      matchingCertificates: ['Pelatihan Analisis Data'],
      groupsCompleted: 1,
    });
    expect(rows['Pegang Dua']).toMatchObject({
      certificates: 1,
      matchingCertificates: ['Pelatihan Analisis Data Lanjut'],
      groupsCompleted: 2,
    });
    const plain = await search({});
    expect(plain.data!.talentSearch.items.find((r: { employee: { name: string } }) => r.employee.name === 'Pegang Tiga')).toMatchObject({
      certificates: 0,
      matchingCertificates: [],
      groupsCompleted: 0,
      employee: { positionSince: ago(6) },
    });
  });

  it('refuses bad conditions by name', async () => {
    const result = await search({ minCertificates: 0, certificateTitle: '   ', minGroupsCompleted: 101, minYearsInPosition: 41 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(
      fieldErrors(result)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['certificateTitle', 'minCertificates', 'minGroupsCompleted', 'minYearsInPosition']);
  });

  it('is refused when logged out and to learners', async () => {
    expect(errorCode(await search({ minCertificates: 1 }, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await search({ minCertificates: 1 }, learner))).toBe('FORBIDDEN');
  });
});

describe('the start in the current position', () => {
  const UPDATE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { positionSince position { code } } }`;
  it('is the day an administrator sets a new position, kept while the position stays, and cleared with it', async () => {
    const em = t.em();
    const admin = await makeUser(em, [Role.ADMIN]);
    const moved = await makeEmployee(em, {
      name: 'Pindah Jabatan',
      position: await aPosition(em, 'PENGOLAH-DATA'),
      positionSince: ago(40),
    });
    await em.flush();
    const kabid = await aPosition(t.em(), 'KABID');
    const same = await t.gql(UPDATE, { input: { id: moved.id, name: 'Pindah Jabatan Lagi' } }, admin.actor);
    expect(same.data!.updateEmployee).toEqual({ positionSince: ago(40), position: { code: 'PENGOLAH-DATA' } });
    const changed = await t.gql(UPDATE, { input: { id: moved.id, positionId: kabid.id } }, admin.actor);
    expect(changed.data!.updateEmployee).toEqual({ positionSince: today, position: { code: 'KABID' } });
    const cleared = await t.gql(UPDATE, { input: { id: moved.id, positionId: null } }, admin.actor);
    expect(cleared.data!.updateEmployee).toEqual({ positionSince: null, position: null });
  });
});

describe('the history of a person', () => {
  const HISTORY = `query($input: EmployeeHistoryInput!) { employeeHistory(input: $input) { events { kind date title detail status } } }`;
  it('shows the current position since its start, certificates with their status and groups completed, newest first', async () => {
    const result = await t.gql(HISTORY, { input: { employeeId: holder.id, purpose: 'Rapat Baperjakat Januari' } }, committee.actor);
    expect(result.errors).toBeUndefined();
    const events = result.data!.employeeHistory.events as { kind: string; date: string; title: string; status: string | null }[];
    expect(events.map((e) => [e.kind, e.date, e.status])).toEqual([
      ['GROUP', today, 'COMPLETED'],
      ['GROUP', today, 'COMPLETED'],
      ['CERTIFICATE', ago(3), 'VALID'],
      ['CERTIFICATE', ago(3), 'REVOKED'],
      ['POSITION', ago(2 * 12), 'CURRENT'],
    ]);
    expect(events.filter((e) => e.kind === 'CERTIFICATE').map((e) => e.title)).toEqual([
      'Pelatihan Analisis Data Lanjut',
      'Sertifikat Dicabut',
    ]);
    expect(events.at(-1)).toMatchObject({ title: expect.any(String), detail: expect.any(String) });
  });
});
