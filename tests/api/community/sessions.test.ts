import { fixedClock } from '../../../api/src/common/dates';
import { onDomainEvent } from '../../../api/src/common/events';
import { codeFor, codeWindow } from '../../../api/src/modules/community/check-in-code';
import { completeGroup } from '../../../api/src/modules/community/complete-group';
import { GroupMember } from '../../../api/src/modules/community/community-group.entity';
import { GroupSession } from '../../../api/src/modules/community/group-session.entity';
import { SessionService } from '../../../api/src/modules/community/session.service';
import { CommunityService } from '../../../api/src/modules/community/community.service';
import { Role } from '../../../api/src/modules/identity/role';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { ADD_MEMBER, groupIn, ok } from './support';

let t: TestApp;
let trainer: TestUser;
let monitor: TestUser;
let admin: TestUser;
let member: TestUser;
let member2: TestUser;
let outsider: TestUser;
let people: { trainer: TestUser['actor']; monitorEmployeeId: string; admin: TestUser['actor'] };
const completions: { groupId: string; employeeId: string; learningRecordId: string | null }[] = [];

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER, Role.LEARNER]);
  monitor = await makeUser(em, [Role.LEARNER]);
  admin = await makeUser(em, [Role.ADMIN]);
  member = await makeUser(em, [Role.LEARNER]);
  member2 = await makeUser(em, [Role.LEARNER]);
  outsider = await makeUser(em, [Role.TRAINER, Role.LEARNER]);
  people = { trainer: trainer.actor, monitorEmployeeId: monitor.user.employee!.id, admin: admin.actor };
  onDomainEvent('groupMemberCompleted', (p) => {
    completions.push({ groupId: p.groupId, employeeId: p.employeeId, learningRecordId: p.learningRecordId });
  });
});
afterAll(() => t.close());

/** 2026-03-02 (Monday) in Jakarta, at a time of day. */
const at = (time: string, day = '02') => new Date(`2026-03-${day}T${time}:00+07:00`);
const clockAt = (time: string, day = '02') => fixedClock(at(time, day));

async function runningGroupWithMembers(extra: object = {}): Promise<string> {
  const id = await groupIn(t, 'RUNNING', people, extra);
  for (const who of [member, member2])
    await ok(t, ADD_MEMBER, { input: { groupId: id, employeeId: who.user.employee!.id } }, trainer.actor);
  return id;
}

async function openSession(groupId: string, from: string, to: string, day = '02', place = true): Promise<GroupSession> {
  const service = new SessionService(t.em(), clockAt(from, day));
  const session = await service.plan(trainer.actor, {
    groupId,
    topic: 'Tabel pivot',
    startsAt: at(from, day),
    endsAt: at(to, day),
    ...(place
      ? { placeName: 'Ruang rapat Diskominfo', latitude: -7.4478, longitude: 112.7183, radiusMeters: 100 }
      : { meetingUrl: 'https://meet.example.id/abc' }),
  });
  await new SessionService(t.em(), clockAt(from, day)).open(trainer.actor, session.id);
  return session;
}

const codeAt = (session: GroupSession, when: Date) => codeFor(session.codeSecret, session.id, codeWindow(when));

describe('check-in codes', () => {
  it('a code is valid for its session and minute, with a short grace; expired, wrong-session and closed-session codes are refused', async () => {
    const groupId = await runningGroupWithMembers();
    const a = await openSession(groupId, '09:00', '11:00');
    const b = await openSession(groupId, '09:00', '11:00');
    const now = at('09:10');
    const service = (when: Date) => new SessionService(t.em(), fixedClock(when));
    // The trainer's screen shows this minute's code.
    const shown = await service(now).checkInCode(trainer.actor, a.id);
    expect(shown.code).toBe(codeAt(a, now));
    expect(shown.qrSvg).toContain('<svg');
    await expect(service(now).checkInCode(member.actor, a.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Another session's code is wrong for this one.
    await expect(service(now).checkIn(member.actor, { sessionId: a.id, code: codeAt(b, now) })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'code', rule: 'CODE_WRONG' }],
    });
    // Last minute's code: taken within the grace, expired after it.
    const lastMinute = codeAt(a, new Date(now.getTime() - 60_000));
    await expect(
      service(new Date(now.getTime() + 30_000)).checkIn(member.actor, { sessionId: a.id, code: lastMinute }),
    ).rejects.toMatchObject({ fields: [{ field: 'code', rule: 'CODE_EXPIRED' }] });
    const inGrace = await service(new Date(now.getTime() + 5_000)).checkIn(member.actor, { sessionId: a.id, code: lastMinute });
    expect(inGrace.flag).toBe('NO_LOCATION');
    // Checking in again records nothing new.
    const again = await service(at('09:30')).checkIn(member.actor, {
      sessionId: a.id,
      code: codeAt(a, at('09:30')),
      latitude: -7.4478,
      longitude: 112.7183,
    });
    expect(again.id).toBe(inGrace.id);
    expect(again.checkInAt).toEqual(inGrace.checkInAt);
    // Without the session id, the code finds the member's open session; far away it is flagged, not dropped.
    const far = await service(now).checkIn(member2.actor, { code: codeAt(b, now), latitude: -7.3, longitude: 112.7 });
    expect(far).toMatchObject({ flag: 'OUTSIDE_RADIUS' });
    expect(far.distanceMeters).toBeGreaterThan(1000);
    // Someone outside the group cannot check in; a closed session takes no check-ins.
    await expect(service(now).checkIn(outsider.actor, { sessionId: a.id, code: codeAt(a, now) })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await service(at('11:00')).close(trainer.actor, b.id);
    await expect(service(at('11:00')).checkIn(member.actor, { sessionId: b.id, code: codeAt(b, at('11:00')) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('checkInToSession over GraphQL: logged out, bad input, and concurrent check-ins recording one', async () => {
    const groupId = await runningGroupWithMembers();
    const session = await openSession(groupId, '09:00', '11:00', '02', false);
    const CHECK_IN = `mutation CheckIn($input: CheckInInput!) { checkInToSession(input: $input) { id attendedMinutes method flag } }`;
    expect(errorCode(await t.gql(CHECK_IN, { input: { code: '123456' } }))).toBe('UNAUTHENTICATED');
    expect(fieldErrors(await t.gql(CHECK_IN, { input: { code: '12ab' } }, member.actor))).toEqual([{ field: 'code', rule: 'matches' }]);
    expect(fieldErrors(await t.gql(CHECK_IN, { input: { sessionId: 'x', code: '123456' } }, member.actor))).toEqual([
      { field: 'sessionId', rule: 'isUuid' },
    ]);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        new SessionService(t.em(), clockAt('10:00')).checkIn(member.actor, { sessionId: session.id, code: codeAt(session, at('10:00')) }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });
});

describe('attended minutes and completion', () => {
  it('credits attended minutes per date under the 2 JP daily cap, across two groups on one date, once, and emits the completion', async () => {
    const first = await runningGroupWithMembers({ name: 'Kelompok Pertama' });
    const second = await runningGroupWithMembers({ name: 'Kelompok Kedua' });
    const s1 = await openSession(first, '08:00', '09:30'); // 90 min on the 2nd
    const s2 = await openSession(first, '08:00', '08:45', '03'); // 45 min on the 3rd
    const s3 = await openSession(second, '13:00', '14:30'); // 90 min on the 2nd, in another group
    const checkIn = (s: GroupSession, who: TestUser, time: string, day = '02') =>
      new SessionService(t.em(), clockAt(time, day)).checkIn(who.actor, { sessionId: s.id, code: codeAt(s, at(time, day)) });
    await checkIn(s1, member, '08:15'); // late: 75 min
    await checkIn(s2, member, '07:55', '03'); // early: counts from the start, 45 min
    await checkIn(s3, member, '13:00'); // 90 min, but the 2nd already holds 1.6 JP
    // The trainer marks the second member by hand, with a reason.
    await new SessionService(t.em(), clockAt('10:00')).mark(trainer.actor, {
      sessionId: s1.id,
      employeeId: member2.user.employee!.id,
      reason: 'Ponsel peserta mati',
    });
    const results = new CommunityService(t.em(), clockAt('10:00', '04'));
    for (const groupId of [first, second]) {
      await results.proposeResult(trainer.actor, {
        groupId,
        employeeId: member.user.employee!.id,
        result: 'COMPLETED' as never,
        score: 88,
      });
      await results.proposeResult(trainer.actor, { groupId, employeeId: member2.user.employee!.id, result: 'NOT_COMPLETED' as never });
    }
    // Only the group monitor approves.
    await expect(completeGroup(t.em(), trainer.actor, first, clockAt('10:00', '04'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Fifty approvals at once: one completes, the others find it completed and credit nothing.
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () => completeGroup(t.em(), monitor.actor, first, clockAt('10:00', '04'))),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled').length).toBe(1);
    expect(attempts.filter((a) => a.status === 'rejected').every((a) => (a as PromiseRejectedResult).reason.code === 'CONFLICT')).toBe(
      true,
    );
    await completeGroup(t.em(), monitor.actor, second, clockAt('11:00', '04'));

    const records = await t
      .em()
      .find(LearningRecord, { employee: member.user.employee!.id }, { populate: ['form'], orderBy: { createdAt: 'asc' } });
    // First group: 75 min on the 2nd (1.6 JP) + 45 min on the 3rd (1 JP). Second: 90 min on the 2nd, room 0.4.
    expect(records.map((r) => ({ source: r.sourceId, jp: r.jp, form: r.form.id, minutes: r.minutes }))).toEqual([
      { source: first, jp: 2.6, form: 23, minutes: 120 },
      { source: second, jp: 0.4, form: 23, minutes: 90 },
    ]);
    expect(await t.em().count(LearningRecord, { employee: member2.user.employee!.id })).toBe(0);
    // Each member's row names the record that credited them (none for a member who did not complete).
    const memberRows = await t.em().find(GroupMember, { group: first });
    expect(Object.fromEntries(memberRows.map((m) => [m.employee.id, m.learningRecord?.id ?? null]))).toEqual({
      [member.user.employee!.id]: records[0].id,
      [member2.user.employee!.id]: null,
    });
    expect(completions.filter((c) => c.groupId === first)).toEqual([
      { groupId: first, employeeId: member.user.employee!.id, learningRecordId: records[0].id },
    ]);
    // A cancelled group credits nothing and cannot complete.
    const cancelled = await runningGroupWithMembers();
    await new CommunityService(t.em(), clockAt('10:00')).cancel(trainer.actor, { groupId: cancelled, reason: 'Tidak jadi dilaksanakan' });
    await expect(completeGroup(t.em(), monitor.actor, cancelled, clockAt('10:00', '04'))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('completeCommunityGroup over GraphQL: logged out, wrong role, bad input, and results still missing', async () => {
    const groupId = await runningGroupWithMembers();
    const COMPLETE = `mutation Complete($input: GroupIdInput!) { completeCommunityGroup(input: $input) { id status } }`;
    expect(errorCode(await t.gql(COMPLETE, { input: { groupId } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(COMPLETE, { input: { groupId } }, member.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(COMPLETE, { input: { groupId: 'x' } }, monitor.actor))).toEqual([{ field: 'groupId', rule: 'isUuid' }]);
    expect(fieldErrors(await t.gql(COMPLETE, { input: { groupId } }, monitor.actor))).toEqual([
      { field: 'groupId', rule: 'RESULTS_MISSING' },
    ]);
  });
});
