import { systemClock } from '../../../api/src/common/dates';
import { seedDemo } from '../../../api/src/db/seed/demo';
import { seedModuleDemos } from '../../../api/src/db/seed/index';
import { Attendance, GroupSession } from '../../../api/src/modules/community/group-session.entity';
import { toActor } from '../../../api/src/modules/identity/identity.service';
import { User } from '../../../api/src/modules/identity/user.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { GROUP, GROUPS } from './support';

/** Loading the whole demo regency takes a while on a busy machine. */
jest.setTimeout(180_000);

let t: TestApp;
let counts: Record<string, number>;
const clock = () => systemClock(t.config.timeZone);
// Every module's demo data, on a 2-core machine that other work keeps busy: minutes.
beforeAll(async () => {
  t = await setupTestApp();
  await seedDemo(t.em(), t.config.seedsDir, clock());
  counts = await seedModuleDemos(t.em(), t.config.seedsDir, clock());
}, 600_000);
afterAll(() => t.close());

const actorOf = async (username: string) => toActor(await t.em().findOneOrFail(User, { username }));

const SESSIONS = `query GroupSessions($id: ID!) { communityGroup(id: $id) { status sessions { id topic status startsAt endsAt reportFiledAt reportAcknowledgedAt
  attendances { employee { name } method flag attendedMinutes } } } }`;

describe('demo community groups', () => {
  it('six groups in every state; pelatih trains and pengawas monitors, peserta is in the running one', async () => {
    const admin = await actorOf('admin');
    const statuses: string[] = [];
    for (const status of ['DRAFT', 'PROPOSED', 'APPROVED', 'RUNNING', 'COMPLETED', 'CANCELLED']) {
      const page = await t.gql(GROUPS, { filter: { status } }, admin);
      statuses.push(...page.data!.communityGroups.items.map((g: { status: string }) => g.status));
    }
    expect(statuses.sort()).toEqual(['APPROVED', 'CANCELLED', 'COMPLETED', 'DRAFT', 'PROPOSED', 'RUNNING']);

    const mine = async (username: string) =>
      (await t.gql(GROUPS, { filter: { mine: true } }, await actorOf(username))).data!.communityGroups.items as {
        id: string;
        name: string;
        status: string;
      }[];
    const trained = await mine('pelatih');
    expect(trained.map((g) => g.status).sort()).toEqual(['COMPLETED', 'DRAFT', 'RUNNING']);
    expect((await mine('pengawas')).length).toBe(6);
    const peserta = await actorOf('peserta');
    const own = await mine('peserta');
    expect(own.map((g) => g.status)).toEqual(['RUNNING']);
    const running = (await t.gql(GROUP, { id: own[0].id }, peserta)).data!.communityGroup;
    expect(running).toMatchObject({
      viewer: { roles: ['MEMBER'] },
      myMembership: { status: 'ACTIVE' },
      groupTrainer: { name: 'Indah Pratiwi, S.Kom., M.M.' },
    });
    // The catalog shows the open groups to a learner, one of them still taking members.
    const catalog = (await t.gql(GROUPS, {}, peserta)).data!.communityGroups.items as { status: string }[];
    expect(catalog.map((g) => g.status).sort()).toEqual(['APPROVED', 'RUNNING']);
    expect(counts).toMatchObject({ demoGroups: 6, demoGroupCompletions: 5 });
  });

  it("peserta's group has a session open now, past sessions with attendance (some flagged, one by hand) and a report to acknowledge", async () => {
    const own = (await t.gql(GROUPS, { filter: { mine: true } }, await actorOf('peserta'))).data!.communityGroups.items as { id: string }[];
    const group = (await t.gql(SESSIONS, { id: own[0].id }, await actorOf('pengawas'))).data!.communityGroup;
    type S = {
      status: string;
      startsAt: string;
      endsAt: string;
      reportFiledAt: string | null;
      reportAcknowledgedAt: string | null;
      attendances: { flag: string | null; method: string; attendedMinutes: number }[];
    };
    const sessions = group.sessions as S[];
    const open = sessions.filter((s) => s.status === 'OPEN');
    expect(open).toHaveLength(1);
    const now = Date.now();
    expect(new Date(open[0].startsAt).getTime()).toBeLessThanOrEqual(now);
    expect(new Date(open[0].endsAt).getTime()).toBeGreaterThan(now);
    expect(open[0].attendances).toEqual([]);
    const closed = sessions.filter((s) => s.status === 'CLOSED');
    expect(closed).toHaveLength(3);
    expect(sessions.filter((s) => s.status === 'PLANNED')).toHaveLength(2);
    const attendances = closed.flatMap((s) => s.attendances);
    expect(attendances.filter((a) => a.flag === 'OUTSIDE_RADIUS').length).toBeGreaterThan(0);
    expect(attendances.filter((a) => a.flag === 'NO_LOCATION').length).toBeGreaterThan(0);
    expect(attendances.filter((a) => a.method === 'MANUAL')).toHaveLength(1);
    expect(attendances.every((a) => a.attendedMinutes > 0)).toBe(true);
    // One report acknowledged, one waiting for the group monitor, one session without a report yet.
    expect(closed.map((s) => [!!s.reportFiledAt, !!s.reportAcknowledgedAt])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
    // Every check-in lies in this year, up to now.
    const year = clock().today().slice(0, 4);
    for (const a of await t.em().find(Attendance, {}, { populate: ['session'] })) {
      expect(a.checkInAt.getTime()).toBeLessThanOrEqual(now);
      expect(a.session.getEntity().startsAt.toISOString() >= `${Number(year) - 1}-12-31`).toBe(true);
    }
    expect(await t.em().count(GroupSession, {})).toBe(counts.demoGroupSessions);
  });

  it("the completed group's members are credited under form 23 in this year's ledger, once each", async () => {
    const admin = await actorOf('admin');
    const [completed] = (await t.gql(GROUPS, { filter: { status: 'COMPLETED' } }, admin)).data!.communityGroups.items as { id: string }[];
    const records = await t.em().find(LearningRecord, { sourceId: completed.id }, { populate: ['form'] });
    expect(records).toHaveLength(5);
    const year = clock().today().slice(0, 4);
    for (const r of records) {
      expect(r.form.id).toBe(23);
      expect(r.jp).toBeGreaterThan(0);
      // Four sessions of 90 minutes at most: never more than 2 JP a day.
      expect(r.jp).toBeLessThanOrEqual(8);
      expect(r.startDate.slice(0, 4)).toBe(year);
      expect(r.endDate <= clock().today()).toBe(true);
    }
    expect(new Set(records.map((r) => r.employee.id)).size).toBe(5);
  });
});
