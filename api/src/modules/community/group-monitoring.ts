import { sumJp } from '@komunitas-pintar/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { assertCan } from '../../common/errors';
import { Employee } from '../organisation/employee.entity';
import { creditJp } from '../record/jp-credit';
import { LearningForm } from '../record/learning-form.entity';
import { readSettings } from '../setting/setting.service';
import { attendedMinutes } from './check-in-code';
import { GroupMember } from './community-group.entity';
import { MemberStatus, SessionStatus } from './community.enums';
import { communityPolicy } from './community.policy';
import { CommunityService } from './community.service';
import type { GroupMonitoring, MemberAttendanceSummary, WeeklyActivity } from './community.types';
import { COMMUNITY_FORM_ID } from './complete-group';
import { Attendance, GroupSession } from './group-session.entity';

/** The Monday of a date's week (YYYY-MM-DD). */
export function weekStartOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The group monitor's (and trainer's) view of a group: sessions held against planned, each active
 * member's attendance rate, minutes and attended JP, who is under the threshold setting, the
 * flagged check-ins and a weekly activity series. A fixed number of queries whatever the group's size.
 */
export async function groupMonitoring(em: EntityManager, clock: Clock, actor: Actor, groupId: string): Promise<GroupMonitoring> {
  const { group, relation } = await new CommunityService(em, clock).load(actor, groupId);
  assertCan(communityPolicy.readRoster(actor, relation), "Only the group's trainer and monitor watch its attendance");
  const [sessions, members, settings, form] = await Promise.all([
    em.find(GroupSession, { group }, { orderBy: { startsAt: 'asc' } }),
    em.find(GroupMember, { group, status: MemberStatus.ACTIVE }),
    readSettings(em),
    em.findOneOrFail(LearningForm, COMMUNITY_FORM_ID),
  ]);
  const held = sessions.filter((s) => s.status !== SessionStatus.PLANNED);
  const attendances = held.length
    ? await em.find(Attendance, { session: { $in: held.map((s) => s.id) } }, { orderBy: { checkInAt: 'desc' } })
    : [];
  const employees = members.length
    ? await em.find(Employee, { id: { $in: members.map((m) => m.employee.id) } }, { populate: ['opd'] })
    : [];
  const byEmployee = new Map(employees.map((e) => [e.id, e]));
  const sessionById = new Map(held.map((s) => [s.id, s]));
  const threshold = settings['community.attendanceThresholdPercent'];
  const closed = held.filter((s) => s.status === SessionStatus.CLOSED).length;
  const tz = clock.timeZone;

  const rows: MemberAttendanceSummary[] = members.map((member) => {
    const own = attendances.filter((a) => a.employee.id === member.employee.id);
    const perDate: Record<string, number> = {};
    let minutes = 0;
    for (const a of own) {
      const session = sessionById.get(a.session.id)!;
      const m = attendedMinutes(session, a);
      minutes += m;
      if (m) perDate[localDate(session.startsAt, tz)] = (perDate[localDate(session.startsAt, tz)] ?? 0) + m;
    }
    const dates = Object.keys(perDate);
    const jp = dates.length
      ? creditJp(
          form,
          { minutes, dates, sessions: 0, international: false, minutesOnDates: perDate },
          { jpOnDate: {}, sessionsInMonth: {} },
          { minutesPerJp: settings['jp.minutesPerJp'], internationalBonusPercent: settings['jp.internationalBonusPercent'] },
        ).jp
      : 0;
    const attended = new Set(own.map((a) => a.session.id)).size;
    // A session still open counts against nobody yet: only for those who already checked in.
    const countable = closed + own.filter((a) => sessionById.get(a.session.id)!.status === SessionStatus.OPEN).length;
    const rate = countable ? Math.floor((attended * 100) / countable) : 100;
    const e = byEmployee.get(member.employee.id)!;
    return {
      employee: { id: e.id, name: e.name, opdName: e.opd.getEntity().name },
      sessionsAttended: attended,
      attendanceRate: rate,
      attendedMinutes: minutes,
      attendedJp: jp,
      flaggedCheckIns: own.filter((a) => a.flag).length,
      underThreshold: countable > 0 && rate < threshold,
    };
  });
  rows.sort((a, b) => a.attendanceRate - b.attendanceRate || a.employee.name.localeCompare(b.employee.name));

  const weeks: WeeklyActivity[] = [];
  if (held.length) {
    const last =
      weekStartOf(clock.today()) > weekStartOf(localDate(held[held.length - 1].startsAt, tz))
        ? weekStartOf(clock.today())
        : weekStartOf(localDate(held[held.length - 1].startsAt, tz));
    for (let week = weekStartOf(localDate(held[0].startsAt, tz)); week <= last; week = addDays(week, 7))
      weeks.push({ weekStart: week, sessions: 0, checkIns: 0, minutes: 0 });
    const byWeek = new Map(weeks.map((w) => [w.weekStart, w]));
    for (const s of held) byWeek.get(weekStartOf(localDate(s.startsAt, tz)))!.sessions++;
    for (const a of attendances) {
      const session = sessionById.get(a.session.id)!;
      const w = byWeek.get(weekStartOf(localDate(session.startsAt, tz)))!;
      w.checkIns++;
      w.minutes += attendedMinutes(session, a);
    }
  }

  return {
    groupId: group.id,
    plannedSessions: group.plannedSessions,
    heldSessions: held.length,
    thresholdPercent: threshold,
    averageAttendanceRate: rows.length ? Math.floor(rows.reduce((n, r) => n + r.attendanceRate, 0) / rows.length) : 0,
    attendedJp: sumJp(rows.map((r) => r.attendedJp)),
    reportsToAcknowledge: sessions.filter((s) => s.reportFiledAt && !s.reportAcknowledgedAt).length,
    members: rows,
    flagged: attendances.filter((a) => a.flag),
    weeks,
  };
}
