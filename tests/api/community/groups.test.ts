import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { Role } from '../../../api/src/modules/identity/role';
import { anOpd, makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import {
  ADD_MEMBER,
  APPLY,
  APPROVE,
  CANCEL,
  CREATE,
  DECIDE_APPLICATION,
  GROUP,
  GROUPS,
  groupIn,
  groupInput,
  LEAVE,
  ok,
  PROPOSE,
  RETURN,
  ROSTER,
  START,
  UPDATE,
} from './support';

let t: TestApp;
let trainer: TestUser;
let otherTrainer: TestUser;
let monitor: TestUser;
let admin: TestUser;
let learner: TestUser;
let learner2: TestUser;
let learner3: TestUser;
let outsider: TestUser;
let committee: TestUser;
let competencyId: string;
let people: { trainer: TestUser['actor']; monitorEmployeeId: string; admin: TestUser['actor'] };

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER, Role.LEARNER]);
  otherTrainer = await makeUser(em, [Role.TRAINER, Role.LEARNER]);
  monitor = await makeUser(em, [Role.LEARNER]);
  admin = await makeUser(em, [Role.ADMIN]);
  learner = await makeUser(em, [Role.LEARNER]);
  learner2 = await makeUser(em, [Role.LEARNER]);
  learner3 = await makeUser(em, [Role.LEARNER]);
  outsider = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { opdCode: 'DINKES' }) });
  committee = await makeUser(em, [Role.COMMITTEE], { withEmployee: false });
  competencyId = (await em.findOneOrFail(Competency, { code: { $ne: null } }, { orderBy: { code: 'asc' } })).id;
  people = { trainer: trainer.actor, monitorEmployeeId: monitor.user.employee!.id, admin: admin.actor };
});
afterAll(() => t.close());

const input = (extra: object = {}) => groupInput(monitor.user.employee!.id, extra);

describe('creating and editing a group', () => {
  it('createCommunityGroup: logged out and learners are refused; a trainer drafts a group they lead', async () => {
    expect(errorCode(await t.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE, { input: input() }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input: input() }, committee.actor))).toBe('FORBIDDEN');
    const created = await ok(
      t,
      CREATE,
      { input: input({ competencies: [{ competencyId, level: 3 }], name: '  Kelompok Statistik  ' }) },
      trainer.actor,
    );
    expect(created.createCommunityGroup).toMatchObject({
      name: 'Kelompok Statistik',
      status: 'DRAFT',
      capacity: 3,
      memberCount: 0,
      groupTrainer: { id: trainer.user.employee!.id, opdName: expect.any(String) },
      groupMonitor: { id: monitor.user.employee!.id },
      opd: { code: 'DISKOMINFO' },
      competencies: [{ level: 3, competency: { id: competencyId } }],
      viewer: {
        roles: ['GROUP_TRAINER'],
        can: { edit: true, propose: true, decide: false, start: false, apply: false, addMember: true, readRoster: true },
      },
    });
  });

  it('refuses bad input naming the field and the rule', async () => {
    const missing = await t.gql(CREATE, { input: { name: 'Tanpa isi' } }, trainer.actor);
    expect(fieldErrors(missing).map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'purpose',
        'groupMonitorId',
        'capacity',
        'joinPolicy',
        'mode',
        'plannedStart',
        'plannedEnd',
        'funding',
        'costPerParticipant',
      ]),
    );
    const cases: [object, string, string][] = [
      [{ name: '   ' }, 'name', 'REQUIRED'],
      [{ capacity: 1 }, 'capacity', 'min'],
      [{ capacity: 201 }, 'capacity', 'max'],
      [{ plannedStart: '2026-02-30' }, 'plannedStart', 'DATE'],
      [{ plannedEnd: '2026-11-30' }, 'plannedEnd', 'BEFORE_START'],
      [{ costPerParticipant: -1 }, 'costPerParticipant', 'min'],
      [{ funding: 'COST_SHARING', costPerParticipant: 500000 }, 'participantSharePercent', 'REQUIRED'],
      [{ funding: 'COST_SHARING', costPerParticipant: 500000, participantSharePercent: 100 }, 'participantSharePercent', 'max'],
      [{ funding: 'APBD', costPerParticipant: 750000 }, 'budgetReference', 'REQUIRED'],
      [{ funding: 'APBD', costPerParticipant: 0, budgetReference: '5.1.02.02' }, 'costPerParticipant', 'min'],
      [{ joinPolicy: 'LISTED_OPDS' }, 'openToOpdIds', 'REQUIRED'],
      [{ joinPolicy: 'LISTED_OPDS', openToOpdIds: ['00000000-0000-4000-8000-000000000000'] }, 'openToOpdIds', 'NOT_FOUND'],
      [{ groupMonitorId: trainer.user.employee!.id }, 'groupMonitorId', 'SAME_AS_TRAINER'],
      [{ groupMonitorId: '00000000-0000-4000-8000-000000000000' }, 'groupMonitorId', 'NOT_FOUND'],
      [{ groupMonitorId: 'pengawas' }, 'groupMonitorId', 'isUuid'],
      [{ competencies: [{ competencyId, level: 6 }] }, 'competencies.0.level', 'max'],
      [{ competencies: [{ competencyId: '00000000-0000-4000-8000-000000000000', level: 2 }] }, 'competencies', 'NOT_FOUND'],
    ];
    for (const [change, field, rule] of cases) {
      const result = await t.gql(CREATE, { input: input(change) }, trainer.actor);
      expect({ change, errors: fieldErrors(result) }).toEqual({ change, errors: [{ field, rule }] });
    }
  });

  it('keeps only the detail of the chosen funding source', async () => {
    const sharing = await ok(
      t,
      CREATE,
      { input: input({ funding: 'COST_SHARING', costPerParticipant: 400000, participantSharePercent: 40, budgetReference: '5.1.02' }) },
      trainer.actor,
    );
    expect(sharing.createCommunityGroup).toMatchObject({ funding: 'COST_SHARING', participantSharePercent: 40, budgetReference: null });
    const apbd = await ok(
      t,
      UPDATE,
      { input: { id: sharing.createCommunityGroup.id, funding: 'APBD', budgetReference: '5.1.02.01.01.0024 DPA BKD' } },
      trainer.actor,
    );
    expect(apbd.updateCommunityGroup).toMatchObject({
      funding: 'APBD',
      participantSharePercent: null,
      budgetReference: '5.1.02.01.01.0024 DPA BKD',
      costPerParticipant: 400000,
    });
  });

  it('updateCommunityGroup: only the group trainer and administrators edit, and only a draft', async () => {
    const id = await groupIn(t, 'DRAFT', people);
    expect(errorCode(await t.gql(UPDATE, { input: { id, name: 'Diubah' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE, { input: { id, name: 'Diubah' } }, learner.actor))).toBe('FORBIDDEN');
    // Another trainer does not even see someone else's draft.
    expect(errorCode(await t.gql(UPDATE, { input: { id, name: 'Diubah' } }, otherTrainer.actor))).toBe('NOT_FOUND');
    expect(fieldErrors(await t.gql(UPDATE, { input: { id, capacity: 0 } }, trainer.actor))).toEqual([{ field: 'capacity', rule: 'min' }]);
    expect((await ok(t, UPDATE, { input: { id, name: 'Kelompok Baru' } }, trainer.actor)).updateCommunityGroup.name).toBe('Kelompok Baru');
    expect(errorCode(await t.gql(UPDATE, { input: { id, groupTrainerId: otherTrainer.user.employee!.id } }, trainer.actor))).toBe(
      'FORBIDDEN',
    );
    const proposed = await groupIn(t, 'PROPOSED', people);
    expect(errorCode(await t.gql(UPDATE, { input: { id: proposed, name: 'Terlambat' } }, trainer.actor))).toBe('CONFLICT');
  });
});

describe('lifecycle', () => {
  it('a trainer proposes, an administrator returns with a reason, the trainer proposes again, the administrator approves', async () => {
    const id = await groupIn(t, 'DRAFT', people);
    expect(errorCode(await t.gql(PROPOSE, { input: { groupId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(PROPOSE, { input: { groupId: id } }, monitor.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(PROPOSE, { input: { groupId: 'x' } }, trainer.actor))).toEqual([{ field: 'groupId', rule: 'isUuid' }]);
    expect((await ok(t, PROPOSE, { input: { groupId: id } }, trainer.actor)).proposeCommunityGroup.status).toBe('PROPOSED');

    expect(errorCode(await t.gql(RETURN, { input: { groupId: id, reason: 'Anggaran belum jelas' } }, trainer.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(RETURN, { input: { groupId: id, reason: '  ' } }, admin.actor))).toEqual([
      { field: 'reason', rule: 'REQUIRED' },
    ]);
    const returned = (await ok(t, RETURN, { input: { groupId: id, reason: 'Anggaran belum jelas' } }, admin.actor)).returnCommunityGroup;
    expect(returned).toMatchObject({ status: 'DRAFT', decisionReason: 'Anggaran belum jelas' });
    expect(returned.history.map((h: { action: string }) => h.action)).toEqual(['PROPOSED', 'RETURNED']);
    expect(returned.history[1]).toEqual({ action: 'RETURNED', reason: 'Anggaran belum jelas', actorName: admin.user.displayName });

    await ok(t, PROPOSE, { input: { groupId: id } }, trainer.actor);
    expect(errorCode(await t.gql(APPROVE, { input: { groupId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(APPROVE, { input: { groupId: id } }, trainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { input: { groupId: '00000000-0000-4000-8000-000000000000' } }, admin.actor))).toBe('NOT_FOUND');
    expect((await ok(t, APPROVE, { input: { groupId: id } }, admin.actor)).approveCommunityGroup.status).toBe('APPROVED');

    expect(errorCode(await t.gql(START, { input: { groupId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(START, { input: { groupId: id } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect((await ok(t, START, { input: { groupId: id } }, trainer.actor)).startCommunityGroup.status).toBe('RUNNING');
  });

  it('refuses every transition that does not fit the status with CONFLICT', async () => {
    const ids = {
      DRAFT: await groupIn(t, 'DRAFT', people),
      PROPOSED: await groupIn(t, 'PROPOSED', people),
      APPROVED: await groupIn(t, 'APPROVED', people),
      RUNNING: await groupIn(t, 'RUNNING', people),
      CANCELLED: await groupIn(t, 'CANCELLED', people),
    };
    const reason = 'Alasan yang cukup';
    const actions: Record<string, { query: string; actor: TestUser['actor']; allowed: string[]; reason?: boolean }> = {
      propose: { query: PROPOSE, actor: trainer.actor, allowed: ['DRAFT'] },
      approve: { query: APPROVE, actor: admin.actor, allowed: ['PROPOSED'] },
      return: { query: RETURN, actor: admin.actor, allowed: ['PROPOSED'], reason: true },
      start: { query: START, actor: trainer.actor, allowed: ['APPROVED'] },
      cancel: { query: CANCEL, actor: trainer.actor, allowed: ['DRAFT', 'PROPOSED', 'APPROVED', 'RUNNING'], reason: true },
    };
    const refused: string[] = [];
    for (const [name, action] of Object.entries(actions)) {
      for (const [status, id] of Object.entries(ids)) {
        if (action.allowed.includes(status)) continue;
        const result = await t.gql(action.query, { input: { groupId: id, ...(action.reason && { reason }) } }, action.actor);
        if (errorCode(result) === 'CONFLICT') refused.push(`${name}:${status}`);
      }
    }
    expect(refused.sort()).toEqual(
      [
        'propose:PROPOSED',
        'propose:APPROVED',
        'propose:RUNNING',
        'propose:CANCELLED',
        'approve:DRAFT',
        'approve:APPROVED',
        'approve:RUNNING',
        'approve:CANCELLED',
        'return:DRAFT',
        'return:APPROVED',
        'return:RUNNING',
        'return:CANCELLED',
        'start:DRAFT',
        'start:PROPOSED',
        'start:RUNNING',
        'start:CANCELLED',
        'cancel:CANCELLED',
      ].sort(),
    );
    // Nothing moved.
    for (const [status, id] of Object.entries(ids)) expect((await ok(t, GROUP, { id }, admin.actor)).communityGroup.status).toBe(status);
  });

  it('cancelCommunityGroup: the trainer or an administrator cancels with a reason; members cannot', async () => {
    const id = await groupIn(t, 'APPROVED', people);
    expect(errorCode(await t.gql(CANCEL, { input: { groupId: id, reason: 'Pelatih pindah tugas' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CANCEL, { input: { groupId: id, reason: 'Pelatih pindah tugas' } }, learner.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(CANCEL, { input: { groupId: id, reason: 'x' } }, trainer.actor))).toEqual([
      { field: 'reason', rule: 'minLength' },
    ]);
    const cancelled = (await ok(t, CANCEL, { input: { groupId: id, reason: 'Pelatih pindah tugas' } }, admin.actor)).cancelCommunityGroup;
    expect(cancelled).toEqual({ id, status: 'CANCELLED', decisionReason: 'Pelatih pindah tugas' });
  });
});

describe('visibility', () => {
  it('the catalog lists open groups only; drafts stay with their trainer and monitor', async () => {
    const draft = await groupIn(t, 'DRAFT', people, { name: 'Katalog Draf' });
    const open = await groupIn(t, 'APPROVED', people, { name: 'Katalog Terbuka', mode: 'OFFLINE' });
    const names = async (actor: TestUser['actor'], filter: object = {}) =>
      (await ok(t, GROUPS, { filter: { search: 'Katalog', ...filter } }, actor)).communityGroups.items.map((g: { name: string }) => g.name);
    expect(await names(learner.actor)).toEqual(['Katalog Terbuka']);
    expect(await names(learner.actor, { mode: 'ONLINE' })).toEqual([]);
    expect(await names(trainer.actor, { mine: true })).toEqual(expect.arrayContaining(['Katalog Draf', 'Katalog Terbuka']));
    expect(await names(monitor.actor, { mine: true, status: 'DRAFT' })).toContain('Katalog Draf');
    expect(errorCode(await t.gql(GROUP, { id: draft }, learner.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GROUP, { id: draft }, otherTrainer.actor))).toBe('NOT_FOUND');
    expect((await ok(t, GROUP, { id: draft }, admin.actor)).communityGroup.status).toBe('DRAFT');
    expect((await ok(t, GROUP, { id: open }, learner.actor)).communityGroup.viewer).toMatchObject({
      roles: [],
      can: { apply: true, edit: false, readRoster: false },
    });
    expect(errorCode(await t.gql(GROUPS, {}))).toBe('UNAUTHENTICATED');
    expect(fieldErrors(await t.gql(GROUPS, { filter: { competencyId: 'x' } }, learner.actor))).toEqual([
      { field: 'competencyId', rule: 'isUuid' },
    ]);
  });

  it('administrators see proposals to decide', async () => {
    const id = await groupIn(t, 'PROPOSED', people, { name: 'Menunggu Keputusan' });
    const queue = await ok(t, GROUPS, { filter: { toDecide: true } }, admin.actor);
    expect(queue.communityGroups.items.map((g: { id: string }) => g.id)).toContain(id);
    expect((await ok(t, GROUPS, { filter: { toDecide: true } }, trainer.actor)).communityGroups.total).toBe(0);
  });
});

describe('joining', () => {
  it('members apply and the trainer accepts; a full group refuses with CONFLICT; the roster is the leaders’ only', async () => {
    const id = await groupIn(t, 'APPROVED', people, { capacity: 2 });
    expect(errorCode(await t.gql(APPLY, { input: { groupId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(APPLY, { input: { groupId: id } }, committee.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPLY, { input: { groupId: id } }, monitor.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(APPLY, { input: { groupId: 'kelompok' } }, learner.actor))).toEqual([
      { field: 'groupId', rule: 'isUuid' },
    ]);
    expect((await ok(t, APPLY, { input: { groupId: id } }, learner.actor)).applyToCommunityGroup).toMatchObject({
      status: 'APPLIED',
      groupId: id,
    });
    // Applying twice changes nothing.
    expect((await ok(t, APPLY, { input: { groupId: id } }, learner.actor)).applyToCommunityGroup.status).toBe('APPLIED');

    const decide = (who: TestUser, accept: boolean, actor = trainer.actor) =>
      t.gql(DECIDE_APPLICATION, { input: { groupId: id, employeeId: who.user.employee!.id, accept } }, actor);
    expect(
      errorCode(await t.gql(DECIDE_APPLICATION, { input: { groupId: id, employeeId: learner.user.employee!.id, accept: true } })),
    ).toBe('UNAUTHENTICATED');
    expect(errorCode(await decide(learner, true, monitor.actor))).toBe('FORBIDDEN');
    expect(errorCode(await decide(learner, true, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await decide(learner2, true))).toBe('CONFLICT'); // no application
    expect((await decide(learner, true)).data!.decideGroupApplication.status).toBe('ACTIVE');

    expect(errorCode(await t.gql(ADD_MEMBER, { input: { groupId: id, employeeId: learner2.user.employee!.id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ADD_MEMBER, { input: { groupId: id, employeeId: learner2.user.employee!.id } }, otherTrainer.actor))).toBe(
      'FORBIDDEN',
    );
    expect(fieldErrors(await t.gql(ADD_MEMBER, { input: { groupId: id, employeeId: trainer.user.employee!.id } }, monitor.actor))).toEqual([
      { field: 'employeeId', rule: 'GROUP_LEADER' },
    ]);
    expect(
      fieldErrors(await t.gql(ADD_MEMBER, { input: { groupId: id, employeeId: '00000000-0000-4000-8000-000000000000' } }, monitor.actor)),
    ).toEqual([{ field: 'employeeId', rule: 'NOT_FOUND' }]);
    expect(
      (await ok(t, ADD_MEMBER, { input: { groupId: id, employeeId: learner2.user.employee!.id } }, monitor.actor)).addGroupMember.status,
    ).toBe('ACTIVE');

    // Full: two active members.
    expect(errorCode(await t.gql(APPLY, { input: { groupId: id } }, learner3.actor))).toBe('CONFLICT');
    expect(errorCode(await t.gql(ADD_MEMBER, { input: { groupId: id, employeeId: learner3.user.employee!.id } }, trainer.actor))).toBe(
      'CONFLICT',
    );

    expect((await ok(t, GROUP, { id }, learner.actor)).communityGroup).toMatchObject({
      memberCount: 2,
      myMembership: { status: 'ACTIVE' },
      viewer: { roles: ['MEMBER'] },
    });
    expect(errorCode(await t.gql(ROSTER, { id }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ROSTER, { id }, otherTrainer.actor))).toBe('FORBIDDEN');
    const roster = (await ok(t, ROSTER, { id }, monitor.actor)).communityGroup.members;
    expect(roster.map((m: { employee: { id: string } }) => m.employee.id).sort()).toEqual(
      [learner.user.employee!.id, learner2.user.employee!.id].sort(),
    );
  });

  it('a member leaves before the group runs, not after; an invitation-only or other-OPD group refuses applications', async () => {
    const id = await groupIn(t, 'APPROVED', people);
    await ok(t, ADD_MEMBER, { input: { groupId: id, employeeId: learner.user.employee!.id } }, trainer.actor);
    expect(errorCode(await t.gql(LEAVE, { input: { groupId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LEAVE, { input: { groupId: id } }, learner2.actor))).toBe('FORBIDDEN');
    expect((await ok(t, LEAVE, { input: { groupId: id } }, learner.actor)).leaveCommunityGroup.status).toBe('LEFT');
    expect((await ok(t, GROUP, { id }, trainer.actor)).communityGroup.memberCount).toBe(0);

    await ok(t, ADD_MEMBER, { input: { groupId: id, employeeId: learner.user.employee!.id } }, trainer.actor);
    await ok(t, START, { input: { groupId: id } }, trainer.actor);
    expect(errorCode(await t.gql(LEAVE, { input: { groupId: id } }, learner.actor))).toBe('CONFLICT');

    const invitation = await groupIn(t, 'APPROVED', people, { joinPolicy: 'INVITATION' });
    expect(errorCode(await t.gql(APPLY, { input: { groupId: invitation } }, learner.actor))).toBe('FORBIDDEN');
    const diskominfo = await anOpd(t.em(), 'DISKOMINFO');
    const listed = await groupIn(t, 'APPROVED', people, { joinPolicy: 'LISTED_OPDS', openToOpdIds: [diskominfo.id] });
    expect((await ok(t, GROUP, { id: listed }, outsider.actor)).communityGroup.viewer.can.apply).toBe(false);
    expect(errorCode(await t.gql(APPLY, { input: { groupId: listed } }, outsider.actor))).toBe('FORBIDDEN');
    expect((await ok(t, APPLY, { input: { groupId: listed } }, learner2.actor)).applyToCommunityGroup.status).toBe('APPLIED');
    const draft = await groupIn(t, 'DRAFT', people);
    expect(errorCode(await t.gql(APPLY, { input: { groupId: draft } }, learner.actor))).toBe('NOT_FOUND');
  });

  it('a full group refuses concurrent applications beyond its capacity', async () => {
    const id = await groupIn(t, 'APPROVED', people, { capacity: 2 });
    const results = await Promise.all(
      [learner, learner2, learner3].map((who) =>
        t.gql(ADD_MEMBER, { input: { groupId: id, employeeId: who.user.employee!.id } }, trainer.actor),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(2);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(1);
    expect((await ok(t, GROUP, { id }, trainer.actor)).communityGroup.memberCount).toBe(2);
  });
});
