import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { qrcode } from '../../common/heavy-libraries';
import { assertCan, BadInputError, ConflictError, type FieldError, ForbiddenError, NotFoundError } from '../../common/errors';
import { Employee } from '../organisation/employee.entity';
import { checkCode, codeFor, codeShownUntil, codeWindow, distanceMeters, newCodeSecret } from './check-in-code';
import { CommunityGroup, GroupMember } from './community-group.entity';
import { AttendanceFlag, AttendanceMethod, GroupMode, GroupStatus, MemberStatus, SessionStatus } from './community.enums';
import type { CheckInInput, MarkAttendanceInput, PlanSessionInput, SessionReportInput } from './community.inputs';
import { communityPolicy, type GroupRelation } from './community.policy';
import { CommunityService, relationTo } from './community.service';
import { Attendance, GroupSession } from './group-session.entity';

/** Longest session, in hours. */
const MAX_SESSION_HOURS = 12;

export interface CheckInCode {
  sessionId: string;
  code: string;
  /** When the next code replaces this one. */
  shownUntil: Date;
  /** What the QR code holds: the check-in page with the session and the code. */
  checkInPath: string;
  qrSvg: string;
}

/** Sessions of a group, their rotating check-in codes and the attendance they record. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** A session with its group and the actor's relation to the group; NOT_FOUND when the group is hidden. */
  async load(
    actor: Actor,
    sessionId: string,
    em: EntityManager = this.em,
  ): Promise<{ session: GroupSession; group: CommunityGroup; relation: GroupRelation }> {
    const session = await em.findOne(GroupSession, sessionId);
    if (!session) throw new NotFoundError('Session', sessionId);
    const { group, relation } = await new CommunityService(em, this.clock).load(actor, session.group.id, em);
    return { session, group, relation };
  }

  async plan(actor: Actor, input: PlanSessionInput): Promise<GroupSession> {
    const { group, relation } = await new CommunityService(this.em, this.clock).load(actor, input.groupId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer plans sessions');
    if (group.status !== GroupStatus.APPROVED && group.status !== GroupStatus.RUNNING) {
      throw new ConflictError(`This group is ${group.status.toLowerCase()}: sessions are planned once it is approved`);
    }
    const errors: FieldError[] = [];
    const bad = (field: string, rule: string, message: string) => errors.push({ field, rule, message });
    if (input.endsAt <= input.startsAt) bad('endsAt', 'BEFORE_START', 'The session ends before it starts');
    else if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_SESSION_HOURS * 3_600_000)
      bad('endsAt', 'TOO_LONG', `A session lasts at most ${MAX_SESSION_HOURS} hours`);
    if ((input.latitude == null) !== (input.longitude == null))
      bad('longitude', 'REQUIRED', 'Give both latitude and longitude, or neither');
    if (input.radiusMeters != null && input.latitude == null)
      bad('latitude', 'REQUIRED', 'A radius needs the place’s latitude and longitude');
    if (!input.placeName && !input.meetingUrl) bad('placeName', 'REQUIRED', 'Give a place or a meeting link');
    if (group.mode === GroupMode.ONLINE && !input.meetingUrl) bad('meetingUrl', 'REQUIRED', 'An online group meets behind a link');
    if (errors.length) throw new BadInputError(errors);
    const session = this.em.create(GroupSession, {
      group,
      topic: input.topic.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      placeName: input.placeName?.trim() ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      radiusMeters: input.radiusMeters ?? (input.latitude != null ? 100 : null),
      meetingUrl: input.meetingUrl ?? null,
      codeSecret: newCodeSecret(),
    });
    await this.em.flush();
    return session;
  }

  /** The group trainer opens check-in (the group must be running) and closes it. */
  async open(actor: Actor, sessionId: string): Promise<GroupSession> {
    const { session, group, relation } = await this.load(actor, sessionId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer opens sessions');
    if (group.status !== GroupStatus.RUNNING) throw new ConflictError('Start the group before opening its sessions');
    if (session.status !== SessionStatus.PLANNED) throw new ConflictError(`This session is already ${session.status.toLowerCase()}`);
    session.status = SessionStatus.OPEN;
    session.openedAt = this.clock.now();
    await this.em.flush();
    return session;
  }

  async close(actor: Actor, sessionId: string): Promise<GroupSession> {
    const { session, relation } = await this.load(actor, sessionId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer closes sessions');
    if (session.status !== SessionStatus.OPEN) throw new ConflictError(`This session is ${session.status.toLowerCase()}, not open`);
    session.status = SessionStatus.CLOSED;
    session.closedAt = this.clock.now();
    await this.em.flush();
    return session;
  }

  /**
   * The code to show now, with its QR code: for the group trainer, while the session is open. The
   * QR code holds the check-in page's address on `origin` (where the app is served), so a phone's
   * own camera opens it too.
   */
  async checkInCode(actor: Actor, sessionId: string, origin = ''): Promise<CheckInCode> {
    const { session, relation } = await this.load(actor, sessionId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer shows the check-in code');
    if (session.status !== SessionStatus.OPEN) throw new ConflictError('Check-in runs only while the session is open');
    const now = this.clock.now();
    const code = codeFor(session.codeSecret, session.id, codeWindow(now));
    const checkInPath = `/absen?sesi=${session.id}&kode=${code}`;
    const qrSvg = await qrcode().toString(`${origin}${checkInPath}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { sessionId: session.id, code, shownUntil: codeShownUntil(now), checkInPath, qrSvg };
  }

  /**
   * The open session a code belongs to, among the sessions the member may check in to: the one named,
   * or any open session of a group the member belongs to.
   */
  private async sessionForCode(actor: Actor, input: CheckInInput): Promise<GroupSession> {
    const now = this.clock.now();
    if (input.sessionId) {
      const { session, relation } = await this.load(actor, input.sessionId);
      if (relation.membership !== MemberStatus.ACTIVE) throw new ForbiddenError('Only members of the group check in');
      if (session.status !== SessionStatus.OPEN)
        throw new ConflictError(`This session is ${session.status.toLowerCase()}: check-in is closed`);
      const result = checkCode(session.codeSecret, session.id, input.code, now);
      if (result === 'EXPIRED') throw BadInputError.field('code', 'CODE_EXPIRED', 'This code has expired: type the code shown now');
      if (result === 'WRONG') throw BadInputError.field('code', 'CODE_WRONG', 'This is not the code of this session');
      return session;
    }
    const memberships = await this.em.find(GroupMember, { employee: actor.employeeId, status: MemberStatus.ACTIVE }, { fields: ['group'] });
    const open = await this.em.find(GroupSession, { group: { $in: memberships.map((m) => m.group.id) }, status: SessionStatus.OPEN });
    let expired = false;
    for (const session of open) {
      const result = checkCode(session.codeSecret, session.id, input.code, now);
      if (result === 'VALID') return session;
      expired ||= result === 'EXPIRED';
    }
    if (expired) throw BadInputError.field('code', 'CODE_EXPIRED', 'This code has expired: type the code shown now');
    throw BadInputError.field(
      'code',
      'CODE_WRONG',
      open.length ? 'This is not the code of an open session of your groups' : 'None of your groups has an open session',
    );
  }

  /**
   * Checks the member in with the code shown now. Once per session: checking in again (even at the
   * same moment from two devices) keeps the first check-in. A session at a place asks for the
   * phone's location; none, or one outside the radius, is accepted and flagged for the group monitor.
   */
  async checkIn(actor: Actor, input: CheckInInput): Promise<Attendance> {
    if (!actor.employeeId) throw new ForbiddenError('Only employees check in');
    const session = await this.sessionForCode(actor, input);
    const location = input.latitude != null && input.longitude != null ? { lat: input.latitude, lng: input.longitude } : null;
    const atPlace = session.latitude != null && session.longitude != null;
    const distance = atPlace && location ? distanceMeters(location, { lat: session.latitude!, lng: session.longitude! }) : null;
    const flag = !atPlace
      ? null
      : !location
        ? AttendanceFlag.NO_LOCATION
        : distance! > (session.radiusMeters ?? 100)
          ? AttendanceFlag.OUTSIDE_RADIUS
          : null;
    const now = this.clock.now();
    await this.em
      .createQueryBuilder(Attendance)
      .insert({
        session: session.id,
        employee: actor.employeeId,
        checkInAt: now,
        method: AttendanceMethod.CODE,
        latitude: location?.lat ?? null,
        longitude: location?.lng ?? null,
        distanceMeters: distance,
        flag,
        createdAt: now,
        updatedAt: now,
      })
      .onConflict(['session', 'employee'])
      .ignore()
      .execute('run');
    return this.em.findOneOrFail(Attendance, { session: session.id, employee: actor.employeeId });
  }

  /** Checks the member out with the code shown now; the first check-out counts. */
  async checkOut(actor: Actor, input: CheckInInput): Promise<Attendance> {
    if (!actor.employeeId) throw new ForbiddenError('Only employees check out');
    const session = await this.sessionForCode(actor, input);
    const attendance = await this.em.findOne(Attendance, { session, employee: actor.employeeId });
    if (!attendance) throw new ConflictError('Check in before checking out');
    attendance.checkOutAt ??= this.clock.now();
    await this.em.flush();
    return attendance;
  }

  /** The group trainer records an attendance by hand, with the reason; it replaces what the member recorded. */
  async mark(actor: Actor, input: MarkAttendanceInput): Promise<Attendance> {
    const { session, group, relation } = await this.load(actor, input.sessionId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer marks attendance');
    if (group.status !== GroupStatus.RUNNING) throw new ConflictError('Attendance is marked while the group runs');
    if (session.status === SessionStatus.PLANNED) throw new ConflictError('Open the session before marking attendance');
    const member = await this.em.findOne(GroupMember, { group, employee: input.employeeId, status: MemberStatus.ACTIVE });
    if (!member) throw BadInputError.field('employeeId', 'NOT_MEMBER', 'This employee is not a member of the group');
    const checkInAt = input.checkInAt ?? session.startsAt;
    const checkOutAt = input.checkOutAt ?? null;
    if (checkOutAt && checkOutAt <= checkInAt) throw BadInputError.field('checkOutAt', 'BEFORE_START', 'Check-out is before check-in');
    const attendance =
      (await this.em.findOne(Attendance, { session, employee: input.employeeId })) ??
      this.em.create(Attendance, {
        session,
        employee: this.em.getReference(Employee, input.employeeId),
        checkInAt,
        method: AttendanceMethod.MANUAL,
      });
    this.em.assign(attendance, {
      checkInAt,
      checkOutAt,
      method: AttendanceMethod.MANUAL,
      manualReason: input.reason.trim(),
      markedBy: actor.userId,
      flag: null,
    });
    await this.em.flush();
    return attendance;
  }

  async fileReport(actor: Actor, input: SessionReportInput): Promise<GroupSession> {
    const { session, relation } = await this.load(actor, input.sessionId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer files the report');
    if (session.status !== SessionStatus.CLOSED) throw new ConflictError('The report is filed after the session is closed');
    if (session.reportAcknowledgedAt) throw new ConflictError('The group monitor has already acknowledged this report');
    session.report = input.report.trim();
    session.evidenceLinks = input.evidenceLinks ?? [];
    session.reportFiledAt = this.clock.now();
    await this.em.flush();
    return session;
  }

  async acknowledgeReport(actor: Actor, sessionId: string): Promise<GroupSession> {
    const { session, relation } = await this.load(actor, sessionId);
    assertCan(communityPolicy.monitor(actor, relation), 'Only the group monitor acknowledges reports');
    if (!session.reportFiledAt) throw new ConflictError('There is no report to acknowledge yet');
    session.reportAcknowledgedAt ??= this.clock.now();
    await this.em.flush();
    return session;
  }

  /** One session, for anyone who may see its group. */
  async session(actor: Actor, sessionId: string): Promise<GroupSession> {
    return (await this.load(actor, sessionId)).session;
  }

  /** Open sessions of the groups the actor is an active member of: where check-in runs now. */
  async openSessionsOf(actor: Actor): Promise<GroupSession[]> {
    if (!actor.employeeId) return [];
    const memberships = await this.em.find(
      GroupMember,
      { employee: actor.employeeId, status: MemberStatus.ACTIVE, group: { status: GroupStatus.RUNNING } },
      { fields: ['group'] },
    );
    if (!memberships.length) return [];
    return this.em.find(
      GroupSession,
      { group: { $in: memberships.map((m) => m.group.id) }, status: SessionStatus.OPEN },
      { orderBy: { startsAt: 'asc' } },
    );
  }

  /** The sessions of a group, in time order, for anyone who may see the group. */
  sessions(group: CommunityGroup): Promise<GroupSession[]> {
    return this.em.find(GroupSession, { group }, { orderBy: { startsAt: 'asc' } });
  }

  /**
   * Attendance of a session: everyone's for the group's trainer and monitor and administrators, the
   * viewer's own for a member, nothing for anyone else.
   */
  async attendances(actor: Actor, session: GroupSession): Promise<Attendance[]> {
    const group = await this.em.findOneOrFail(CommunityGroup, session.group.id);
    const relation = await relationTo(this.em, actor, group);
    if (communityPolicy.readRoster(actor, relation)) return this.em.find(Attendance, { session }, { orderBy: { checkInAt: 'asc' } });
    if (actor.employeeId && relation.membership) return this.em.find(Attendance, { session, employee: actor.employeeId });
    return [];
  }
}
