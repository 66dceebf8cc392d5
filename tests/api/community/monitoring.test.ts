import { fixedClock } from '../../../api/src/common/dates';
import { codeFor, codeWindow } from '../../../api/src/modules/community/check-in-code';
import { completeGroup } from '../../../api/src/modules/community/complete-group';
import { CommunityService } from '../../../api/src/modules/community/community.service';
import { weekStartOf } from '../../../api/src/modules/community/group-monitoring';
import { GroupSession } from '../../../api/src/modules/community/group-session.entity';
import { SessionService } from '../../../api/src/modules/community/session.service';
import { Role } from '../../../api/src/modules/identity/role';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { ADD_MEMBER, groupIn, ok } from './support';

/** Setting up a database and a dozen groups takes a while on a busy machine. */
jest.setTimeout(120_000);

let t: TestApp;
let trainer: TestUser;
let otherTrainer: TestUser;
let monitor: TestUser;
let admin: TestUser;
let committee: TestUser;
let members: TestUser[];
let people: { trainer: TestUser['actor']; monitorEmployeeId: string; admin: TestUser['actor'] };

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER, Role.LEARNER]);
  otherTrainer = await makeUser(em, [Role.TRAINER, Role.LEARNER]);
  monitor = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER]);
  admin = await makeUser(em, [Role.ADMIN]);
  committee = await makeUser(em, [Role.COMMITTEE], { withEmployee: false });
  members = [];
  for (let i = 0; i < 3; i++) members.push(await makeUser(em, [Role.LEARNER]));
  people = { trainer: trainer.actor, monitorEmployeeId: monitor.user.employee!.id, admin: admin.actor };
});
afterAll(() => t.close());

/** A date of March 2026 in Jakarta, at a time of day. */
const at = (day: string, time: string) => new Date(`2026-03-${day}T${time}:00+07:00`);
const codeAt = (s: GroupSession, when: Date) => codeFor(s.codeSecret, s.id, codeWindow(when));

async function runningGroup(extra: object = {}): Promise<string> {
  const id = await groupIn(t, 'RUNNING', people, { capacity: 5, plannedSessions: 6, ...extra });
  for (const m of members) await ok(t, ADD_MEMBER, { input: { groupId: id, employeeId: m.user.employee!.id } }, trainer.actor);
  return id;
}

async function session(groupId: string, day: string, from: string, to: string, open = true): Promise<GroupSession> {
  const s = await new SessionService(t.em(), fixedClock(at(day, from))).plan(trainer.actor, {
    groupId,
    topic: `Sesi ${day}`,
    startsAt: at(day, from),
    endsAt: at(day, to),
    placeName: 'Ruang rapat',
    latitude: -7.4478,
    longitude: 112.7183,
    radiusMeters: 100,
  });
  if (open) await new SessionService(t.em(), fixedClock(at(day, from))).open(trainer.actor, s.id);
  return s;
}

const checkIn = (s: GroupSession, who: TestUser, when: Date, where?: { latitude: number; longitude: number }) =>
  new SessionService(t.em(), fixedClock(when)).checkIn(who.actor, { sessionId: s.id, code: codeAt(s, when), ...where });

const UPDATE_SETTING = `mutation UpdateSetting($input: UpdateSettingInput!) { updateSetting(input: $input) { key value } }`;
const MONITORING = `query GroupMonitoring($groupId: ID!) { groupMonitoring(groupId: $groupId) {
  plannedSessions heldSessions thresholdPercent averageAttendanceRate attendedJp reportsToAcknowledge
  members { employee { id name } sessionsAttended attendanceRate attendedMinutes attendedJp flaggedCheckIns underThreshold }
  flagged { flag distanceMeters sessionTopic employee { id } }
  weeks { weekStart sessions checkIns minutes } } }`;

describe('monitoring a group', () => {
  it('groupMonitoring: logged out, a member, another trainer and the committee are refused; bad input is named', async () => {
    const groupId = await runningGroup();
    expect(errorCode(await t.gql(MONITORING, { groupId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MONITORING, { groupId }, members[0].actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MONITORING, { groupId }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MONITORING, { groupId }, committee.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MONITORING, { groupId: '00000000-0000-4000-8000-000000000000' }, monitor.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MONITORING, { groupId: 'x' }, monitor.actor))).toBe('BAD_USER_INPUT');
  });

  it('shows sessions held against planned, attendance rate, minutes and JP per member, who is under the threshold, flags and weekly activity', async () => {
    const groupId = await runningGroup();
    const [a, b, c] = members;
    const s1 = await session(groupId, '02', '09:00', '10:30'); // Monday, week of 2 March
    const s2 = await session(groupId, '04', '09:00', '11:00');
    const s3 = await session(groupId, '16', '13:00', '14:30'); // two weeks later
    await session(groupId, '30', '09:00', '10:30', false); // planned: not held
    await checkIn(s1, a, at('02', '09:00'), { latitude: -7.4478, longitude: 112.7183 });
    await checkIn(s2, a, at('04', '09:15'), { latitude: -7.4478, longitude: 112.7183 });
    await checkIn(s3, a, at('16', '13:00'), { latitude: -7.4478, longitude: 112.7183 });
    await checkIn(s1, b, at('02', '09:30')); // no location: flagged
    await checkIn(s3, b, at('16', '13:05'), { latitude: -7.3, longitude: 112.7 }); // far away: flagged
    await new SessionService(t.em(), fixedClock(at('04', '11:00'))).mark(trainer.actor, {
      sessionId: s2.id,
      employeeId: b.user.employee!.id,
      reason: 'Ponsel mati',
    });
    // c never came.
    await new SessionService(t.em(), fixedClock(at('02', '11:00'))).close(trainer.actor, s1.id);
    await new SessionService(t.em(), fixedClock(at('02', '12:00'))).fileReport(trainer.actor, {
      sessionId: s1.id,
      report: 'Tabel pivot dan rekap.',
    });

    const data = (await t.gql(MONITORING, { groupId }, monitor.actor, fixedClock(at('18', '12:00')))).data!.groupMonitoring;
    expect(data).toMatchObject({ plannedSessions: 6, heldSessions: 3, thresholdPercent: 75, reportsToAcknowledge: 1 });
    const byId = new Map((data.members as { employee: { id: string } }[]).map((m) => [m.employee.id, m]));
    // a: 90 + 105 + 90 minutes, 2 + 2 + 2 JP (each date capped at 2 JP).
    expect(byId.get(a.user.employee!.id)).toMatchObject({
      sessionsAttended: 3,
      attendanceRate: 100,
      attendedMinutes: 285,
      attendedJp: 6,
      flaggedCheckIns: 0,
      underThreshold: false,
    });
    // b: 60 + 120 (by hand) + 85 minutes: 1.3 + 2 + 1.8 JP; two flagged check-ins.
    expect(byId.get(b.user.employee!.id)).toMatchObject({
      sessionsAttended: 3,
      attendanceRate: 100,
      attendedMinutes: 265,
      attendedJp: 5.1,
      flaggedCheckIns: 2,
      underThreshold: false,
    });
    expect(byId.get(c.user.employee!.id)).toMatchObject({
      sessionsAttended: 0,
      attendanceRate: 0,
      attendedMinutes: 0,
      attendedJp: 0,
      underThreshold: true,
    });
    // Lowest attendance first.
    expect(data.members[0].employee.id).toBe(c.user.employee!.id);
    expect(data.averageAttendanceRate).toBe(66);
    expect(data.attendedJp).toBe(11.1);
    expect((data.flagged as { flag: string }[]).map((f) => f.flag).sort()).toEqual(['NO_LOCATION', 'OUTSIDE_RADIUS']);
    expect(data.flagged.find((f: { flag: string }) => f.flag === 'OUTSIDE_RADIUS')).toMatchObject({
      sessionTopic: 'Sesi 16',
      employee: { id: b.user.employee!.id },
    });
    // Weeks from the first session to today's: 2, 9 and 16 March, empty weeks included.
    expect(data.weeks).toEqual([
      { weekStart: '2026-03-02', sessions: 2, checkIns: 4, minutes: 90 + 60 + 105 + 120 },
      { weekStart: '2026-03-09', sessions: 0, checkIns: 0, minutes: 0 },
      { weekStart: '2026-03-16', sessions: 1, checkIns: 2, minutes: 90 + 85 },
    ]);
    // The trainer and administrators see the same; the threshold is a setting.
    expect((await t.gql(MONITORING, { groupId }, trainer.actor, fixedClock(at('18', '12:00')))).data!.groupMonitoring.heldSessions).toBe(3);
    const setThreshold = (value: number) =>
      ok(t, UPDATE_SETTING, { input: { key: 'community.attendanceThresholdPercent', value } }, admin.actor);
    await setThreshold(50);
    try {
      const lower = (await t.gql(MONITORING, { groupId }, admin.actor, fixedClock(at('18', '12:00')))).data!.groupMonitoring;
      expect(lower.thresholdPercent).toBe(50);
      expect(lower.members.filter((m: { underThreshold: boolean }) => m.underThreshold)).toHaveLength(1);
    } finally {
      await setThreshold(75);
    }
  });

  it('weeks start on Monday', () => {
    expect(weekStartOf('2026-03-02')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09');
  });
});

const SESSION = `query GroupSession($id: ID!) { groupSession(id: $id) { id topic status groupName needsLocation myAttendance { method } attendances { employee { id } } } }`;
const OPEN_SESSIONS = `query MyOpenGroupSessions { myOpenGroupSessions { id topic groupId groupName needsLocation myAttendance { checkInAt } } }`;

describe('sessions for the check-in page and the trainer console', () => {
  it('groupSession: logged out refused, bad id named; members see their own attendance, the trainer everyone’s, outsiders nothing of a hidden group', async () => {
    const groupId = await runningGroup();
    const s = await session(groupId, '05', '09:00', '11:00');
    await checkIn(s, members[0], at('05', '09:10'));
    expect(errorCode(await t.gql(SESSION, { id: s.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(SESSION, { id: 'x' }, members[0].actor))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SESSION, { id: '00000000-0000-4000-8000-000000000000' }, members[0].actor))).toBe('NOT_FOUND');
    const own = (await t.gql(SESSION, { id: s.id }, members[0].actor)).data!.groupSession;
    expect(own).toMatchObject({
      status: 'OPEN',
      needsLocation: true,
      myAttendance: { method: 'CODE' },
      attendances: [{ employee: { id: members[0].user.employee!.id } }],
    });
    expect((await t.gql(SESSION, { id: s.id }, members[1].actor)).data!.groupSession).toMatchObject({
      myAttendance: null,
      attendances: [],
    });
    expect((await t.gql(SESSION, { id: s.id }, trainer.actor)).data!.groupSession.attendances).toHaveLength(1);
    // Another trainer sees the running group (it is in the catalog) but no attendance.
    expect((await t.gql(SESSION, { id: s.id }, otherTrainer.actor)).data!.groupSession.attendances).toEqual([]);
  });

  it("myOpenGroupSessions: a member's open sessions with their own check-in; nothing for others", async () => {
    const groupId = await runningGroup({ name: 'Kelompok Sesi Terbuka' });
    const s = await session(groupId, '06', '09:00', '11:00');
    await session(groupId, '07', '09:00', '11:00', false);
    expect(errorCode(await t.gql(OPEN_SESSIONS, {}))).toBe('UNAUTHENTICATED');
    const mine = (await t.gql(OPEN_SESSIONS, {}, members[2].actor)).data!.myOpenGroupSessions as {
      id: string;
      groupName: string;
      myAttendance: unknown;
    }[];
    expect(mine.find((x) => x.id === s.id)).toMatchObject({ groupName: 'Kelompok Sesi Terbuka', needsLocation: true, myAttendance: null });
    expect(mine.every((x) => x.groupName)).toBe(true);
    expect((await t.gql(OPEN_SESSIONS, {}, otherTrainer.actor)).data!.myOpenGroupSessions).toEqual([]);
    expect((await t.gql(OPEN_SESSIONS, {}, committee.actor)).data!.myOpenGroupSessions).toEqual([]);
  });
});

const FUNDING = `query Funding($year: Int!) { communityFundingReport(year: $year) { year
  sources { funding groups costPerParticipant regencyCost figures { participants totalCost creditedJp costPerJp } }
  total { participants totalCost creditedJp costPerJp }
  groups { groupId name status funding figures { participants totalCost creditedJp costPerJp } } } }`;

describe('funding report', () => {
  it('communityFundingReport: logged out, learners, trainers and supervisors are refused; a year out of range is named', async () => {
    expect(errorCode(await t.gql(FUNDING, { year: 2026 }))).toBe('UNAUTHENTICATED');
    for (const who of [members[0], trainer, monitor]) expect(errorCode(await t.gql(FUNDING, { year: 2026 }, who.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(FUNDING, { year: 1990 }, admin.actor))).toEqual([{ field: 'year', rule: 'OUT_OF_RANGE' }]);
  });

  it('cost per participant and per JP actually credited, per funding source', async () => {
    // A cost-sharing group that completes with two of three members credited.
    const year = 2031;
    const groupId = await runningGroup({
      name: 'Kelompok Biaya Bersama',
      funding: 'COST_SHARING',
      costPerParticipant: 300_000,
      participantSharePercent: 40,
      plannedStart: `${year}-03-01`,
      plannedEnd: `${year}-03-31`,
    });
    const when = (time: string) => new Date(`${year}-03-03T${time}:00+07:00`);
    const s = await new SessionService(t.em(), fixedClock(when('09:00'))).plan(trainer.actor, {
      groupId,
      topic: 'Sesi',
      startsAt: when('09:00'),
      endsAt: when('10:30'),
      meetingUrl: 'https://meet.example.id/x',
    });
    await new SessionService(t.em(), fixedClock(when('09:00'))).open(trainer.actor, s.id);
    for (const m of members.slice(0, 2)) await checkIn(s, m, when('09:00'));
    const service = new CommunityService(t.em(), fixedClock(when('12:00')));
    for (const [i, m] of members.entries())
      await service.proposeResult(trainer.actor, {
        groupId,
        employeeId: m.user.employee!.id,
        result: (i < 2 ? 'COMPLETED' : 'NOT_COMPLETED') as never,
      });
    await completeGroup(t.em(), monitor.actor, groupId, fixedClock(when('12:00')));
    // An APBD group still running: its active members count, nothing credited yet.
    await runningGroup({
      name: 'Kelompok APBD',
      funding: 'APBD',
      costPerParticipant: 500_000,
      budgetReference: '5.1.02',
      plannedStart: `${year}-02-01`,
      plannedEnd: `${year}-04-30`,
    });
    // A draft and a group of another year are left out.
    await groupIn(t, 'DRAFT', people, {
      funding: 'APBD',
      costPerParticipant: 900_000,
      budgetReference: '5.1.03',
      plannedStart: `${year}-05-01`,
      plannedEnd: `${year}-05-31`,
    });

    for (const who of [admin, committee]) {
      const report = (await t.gql(FUNDING, { year }, who.actor)).data!.communityFundingReport;
      expect(report.sources).toEqual([
        {
          funding: 'MANDIRI',
          groups: 0,
          costPerParticipant: null,
          regencyCost: 0,
          figures: { participants: 0, totalCost: 0, creditedJp: 0, costPerJp: null },
        },
        // Two credited members × 2 JP (90 minutes, capped at 2 JP a day): 600,000 / 4 JP.
        {
          funding: 'COST_SHARING',
          groups: 1,
          costPerParticipant: 300_000,
          regencyCost: 360_000,
          figures: { participants: 2, totalCost: 600_000, creditedJp: 4, costPerJp: 150_000 },
        },
        {
          funding: 'APBD',
          groups: 1,
          costPerParticipant: 500_000,
          regencyCost: 1_500_000,
          figures: { participants: 3, totalCost: 1_500_000, creditedJp: 0, costPerJp: null },
        },
      ]);
      expect(report.total).toEqual({ participants: 5, totalCost: 2_100_000, creditedJp: 4, costPerJp: 525_000 });
      expect(report.groups.map((g: { name: string }) => g.name)).toEqual(['Kelompok APBD', 'Kelompok Biaya Bersama']);
    }
  });
});
