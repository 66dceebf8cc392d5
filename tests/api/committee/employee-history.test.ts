import { ref } from '@mikro-orm/core';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { Role } from '../../../api/src/modules/identity/role';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { RecordStatus } from '../../../api/src/modules/record/record.enums';
import { makeEmployee, usersByRole, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { assess, AssessmentMethod, competency, learned, thisYear } from './support';

const HISTORY = `query EmployeeHistory($input: EmployeeHistoryInput!) {
  employeeHistory(input: $input) {
    employee { name }
    events { kind date title detail status jp level }
    jpByYear { year jp targetJp reached }
  }
}`;

let t: TestApp;
let users: Record<Role, TestUser>;
let employeeId: string;
let pppkId: string;
const PURPOSE = 'Seleksi Kepala Seksi Aplikasi';

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  users = await usersByRole(em);
  const employee = await makeEmployee(em, { name: 'Riwayat Satu' });
  employeeId = employee.id;
  pppkId = (await makeEmployee(em, { name: 'Riwayat Kontrak', employeeType: EmployeeType.PPPK, nip: '199203152021212004' })).id;
  const m01 = await competency(em, 'M.01');
  learned(em, employee, 12, `${thisYear - 2}-04-10`, 'Pelatihan Dasar');
  learned(em, employee, 9.5, `${thisYear - 2}-09-01`, 'Bimtek Arsip');
  learned(em, employee, 24, `${thisYear - 1}-06-15`, 'Diklat Teknis Data');
  learned(em, employee, 8, `${thisYear - 1}-07-01`, 'Ditolak', RecordStatus.REJECTED);
  assess(em, employee, m01, 3, AssessmentMethod.SUPERVISOR, `${thisYear - 1}-06-20`);
  em.create(DevelopmentPlan, { employee: ref(employee), year: thisYear - 1, decidedAt: new Date(`${thisYear - 1}-02-01T03:00:00Z`) });
  await em.flush();
});
afterAll(() => t.close());

const read = (user: TestUser | null, input: Record<string, unknown> = {}) =>
  t.gql(HISTORY, { input: { employeeId, purpose: PURPOSE, ...input } }, user?.actor ?? null);

describe('employeeHistory', () => {
  it('shows one timeline across years, newest first, and JP per year against the target', async () => {
    const result = await read(users.COMMITTEE);
    expect(result.errors).toBeUndefined();
    const history = result.data!.employeeHistory;
    expect(history.events.map((e: { kind: string; date: string; title: string }) => [e.kind, e.date, e.title])).toEqual([
      ['LEARNING', `${thisYear - 1}-07-01`, 'Ditolak'],
      ['ASSESSMENT', `${thisYear - 1}-06-20`, 'Integritas'],
      ['LEARNING', `${thisYear - 1}-06-15`, 'Diklat Teknis Data'],
      ['PLAN', `${thisYear - 1}-02-01`, String(thisYear - 1)],
      ['LEARNING', `${thisYear - 2}-09-01`, 'Bimtek Arsip'],
      ['LEARNING', `${thisYear - 2}-04-10`, 'Pelatihan Dasar'],
    ]);
    expect(history.events[0]).toMatchObject({ status: 'REJECTED', detail: 'Manajerial', jp: 8 });
    expect(history.events[1]).toMatchObject({ level: 3, detail: 'SUPERVISOR' });
    expect(history.jpByYear).toEqual([
      { year: thisYear, jp: 0, targetJp: 20, reached: false },
      { year: thisYear - 1, jp: 24, targetJp: 20, reached: true }, // the rejected record does not count
      { year: thisYear - 2, jp: 21.5, targetJp: 20, reached: true },
    ]);
    const pppk = await read(users.ADMIN, { employeeId: pppkId });
    expect(pppk.data!.employeeHistory.jpByYear).toEqual([{ year: thisYear, jp: 0, targetJp: null, reached: null }]);
  });

  it('records each read with its purpose, for the employee to see', async () => {
    const before = await t.em().count(AuditEntry, { employeeId, action: 'committee.history.read' });
    await read(users.COMMITTEE);
    const entries = await t.em().find(AuditEntry, { employeeId, action: 'committee.history.read' }, { orderBy: { at: 'desc' } });
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({
      actorUserId: users.COMMITTEE.user.id,
      subjectType: 'Employee',
      subjectId: employeeId,
      purpose: PURPOSE,
    });
  });

  it('is refused when logged out and for learners, trainers and supervisors, even of themselves', async () => {
    expect(errorCode(await read(null))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR]) expect(errorCode(await read(users[role]))).toBe('FORBIDDEN');
    const self = users.LEARNER;
    expect(errorCode(await read(self, { employeeId: self.actor.employeeId }))).toBe('FORBIDDEN');
  });

  it('needs a purpose and an existing employee', async () => {
    expect(fieldErrors(await read(users.COMMITTEE, { purpose: 'abc' }))).toEqual([{ field: 'purpose', rule: 'minLength' }]);
    expect(fieldErrors(await read(users.COMMITTEE, { employeeId: 'bukan-id' }))).toEqual([{ field: 'employeeId', rule: 'isUuid' }]);
    expect(errorCode(await read(users.COMMITTEE, { employeeId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});
