import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { attendedMinutes } from './check-in-code';
import { completeGroup } from './complete-group';
import { CommunityGroup, GroupMember } from './community-group.entity';
import {
  CheckInInput,
  GroupIdInput,
  MarkAttendanceInput,
  MemberNotesInput,
  MemberResultInput,
  PlanSessionInput,
  SessionIdInput,
  SessionReportInput,
} from './community.inputs';
import { CommunityService } from './community.service';
import { CheckInCodeType, CommunityFundingReport, GroupMonitoring, GroupPerson } from './community.types';
import { communityFundingReport } from './funding-report';
import { groupMonitoring } from './group-monitoring';
import { Role } from '../identity/role';
import { Attendance, GroupSession } from './group-session.entity';
import { SessionService } from './session.service';
import { byKeys, requestLoader } from '../../common/loaders';
import { Employee } from '../organisation/employee.entity';

/** The session of an attendance, batched per request. */
async function sessionOf(ctx: Context, attendance: Attendance): Promise<GroupSession> {
  const session = await requestLoader<string, GroupSession>(ctx.em, 'attendanceSession', async (ids) =>
    byKeys(ids, await ctx.em.find(GroupSession, { id: { $in: [...ids] } }), (x) => x.id),
  ).load(attendance.session.id);
  return session!;
}

@Resolver(() => GroupSession)
export class GroupSessionResolver {
  @Authorized()
  @Mutation(() => GroupSession, { description: 'The group trainer plans a session at a place or behind a link' })
  planGroupSession(@Ctx() ctx: Context, @Arg('input') input: PlanSessionInput): Promise<GroupSession> {
    return new SessionService(ctx.em, ctx.clock).plan(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupSession, { description: 'The group trainer opens check-in' })
  openGroupSession(@Ctx() ctx: Context, @Arg('input') input: SessionIdInput): Promise<GroupSession> {
    return new SessionService(ctx.em, ctx.clock).open(requireActor(ctx), input.sessionId);
  }

  @Authorized()
  @Mutation(() => GroupSession, { description: 'The group trainer closes check-in' })
  closeGroupSession(@Ctx() ctx: Context, @Arg('input') input: SessionIdInput): Promise<GroupSession> {
    return new SessionService(ctx.em, ctx.clock).close(requireActor(ctx), input.sessionId);
  }

  @Authorized()
  @Query(() => GroupSession, { description: 'A session of a group the viewer may see' })
  groupSession(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<GroupSession> {
    return new SessionService(ctx.em, ctx.clock).session(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => [GroupSession], { description: "Sessions open for check-in now in the viewer's groups (as a member)" })
  myOpenGroupSessions(@Ctx() ctx: Context): Promise<GroupSession[]> {
    return new SessionService(ctx.em, ctx.clock).openSessionsOf(requireActor(ctx));
  }

  @Authorized()
  @Query(() => GroupMonitoring, { description: 'Attendance, flags and activity of a group: its trainer and monitor, administrators' })
  groupMonitoring(@Ctx() ctx: Context, @Arg('groupId', () => ID) groupId: string): Promise<GroupMonitoring> {
    return groupMonitoring(ctx.em, ctx.clock, requireActor(ctx), groupId);
  }

  @Authorized([Role.ADMIN, Role.COMMITTEE])
  @Query(() => CommunityFundingReport, {
    description: 'Cost per participant and per JP credited, per funding source, for the groups of a year',
  })
  communityFundingReport(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<CommunityFundingReport> {
    return communityFundingReport(ctx.em, requireActor(ctx), year);
  }

  @Authorized()
  @Query(() => CheckInCodeType, { description: 'The rotating code and QR code to show, for the group trainer while the session is open' })
  sessionCheckInCode(@Ctx() ctx: Context, @Arg('sessionId', () => ID) sessionId: string): Promise<CheckInCodeType> {
    const origin = ctx.req ? `${ctx.req.protocol}://${ctx.req.get('host')}` : '';
    return new SessionService(ctx.em, ctx.clock).checkInCode(requireActor(ctx), sessionId, origin);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: 'A member checks in with the code shown now; once per session' })
  checkInToSession(@Ctx() ctx: Context, @Arg('input') input: CheckInInput): Promise<Attendance> {
    return new SessionService(ctx.em, ctx.clock).checkIn(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: 'A member checks out with the code shown now' })
  checkOutOfSession(@Ctx() ctx: Context, @Arg('input') input: CheckInInput): Promise<Attendance> {
    return new SessionService(ctx.em, ctx.clock).checkOut(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: 'The group trainer marks an attendance by hand, with the reason' })
  markAttendance(@Ctx() ctx: Context, @Arg('input') input: MarkAttendanceInput): Promise<Attendance> {
    return new SessionService(ctx.em, ctx.clock).mark(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupSession, { description: 'The group trainer reports what a closed session learned' })
  fileSessionReport(@Ctx() ctx: Context, @Arg('input') input: SessionReportInput): Promise<GroupSession> {
    return new SessionService(ctx.em, ctx.clock).fileReport(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupSession, { description: 'The group monitor acknowledges a session report' })
  acknowledgeSessionReport(@Ctx() ctx: Context, @Arg('input') input: SessionIdInput): Promise<GroupSession> {
    return new SessionService(ctx.em, ctx.clock).acknowledgeReport(requireActor(ctx), input.sessionId);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: "The group trainer proposes a member's result" })
  proposeMemberResult(@Ctx() ctx: Context, @Arg('input') input: MemberResultInput): Promise<GroupMember> {
    return new CommunityService(ctx.em, ctx.clock).proposeResult(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: "The group trainer's notes on a member" })
  setMemberNotes(@Ctx() ctx: Context, @Arg('input') input: MemberNotesInput): Promise<GroupMember> {
    return new CommunityService(ctx.em, ctx.clock).setNotes(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => CommunityGroup, {
    description:
      'The group monitor approves the results: completed members are credited from their attended minutes (form 23) and the group completes',
  })
  completeCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupIdInput): Promise<CommunityGroup> {
    return completeGroup(ctx.em, requireActor(ctx), input.groupId, ctx.clock);
  }

  @FieldResolver(() => [Attendance], { description: "Everyone's for the group's trainer and monitor; a member's own; nothing for others" })
  attendances(@Ctx() ctx: Context, @Root() session: GroupSession): Promise<Attendance[]> {
    return new SessionService(ctx.em, ctx.clock).attendances(requireActor(ctx), session);
  }

  @FieldResolver(() => ID)
  groupId(@Root() session: GroupSession): string {
    return session.group.id;
  }

  @FieldResolver(() => String, { description: "The group's name" })
  async groupName(@Ctx() ctx: Context, @Root() session: GroupSession): Promise<string> {
    const group = await requestLoader<string, CommunityGroup>(ctx.em, 'sessionGroup', async (ids) =>
      byKeys(ids, await ctx.em.find(CommunityGroup, { id: { $in: [...ids] } }), (g) => g.id),
    ).load(session.group.id);
    return group!.name;
  }

  @FieldResolver({ description: 'Check-in asks the phone for its location (the session is at a place with coordinates)' })
  needsLocation(@Root() session: GroupSession): boolean {
    return session.latitude != null && session.longitude != null;
  }

  @FieldResolver(() => Attendance, { nullable: true, description: "The viewer's own attendance" })
  async myAttendance(@Ctx() ctx: Context, @Root() session: GroupSession): Promise<Attendance | null> {
    const actor = requireActor(ctx);
    if (!actor.employeeId) return null;
    return requestLoader<string, Attendance>(ctx.em, 'myAttendance', async (ids) =>
      byKeys(ids, await ctx.em.find(Attendance, { session: { $in: [...ids] }, employee: actor.employeeId }), (a) => a.session.id),
    ).load(session.id);
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => GroupPerson)
  async employee(@Ctx() ctx: Context, @Root() attendance: Attendance): Promise<GroupPerson> {
    const e = await requestLoader<string, Employee>(ctx.em, 'attendanceEmployee', async (ids) =>
      byKeys(ids, await ctx.em.find(Employee, { id: { $in: [...ids] } }, { populate: ['opd'] }), (x) => x.id),
    ).load(attendance.employee.id);
    return { id: e!.id, name: e!.name, opdName: e!.opd.getEntity().name };
  }

  @FieldResolver(() => ID)
  sessionId(@Root() attendance: Attendance): string {
    return attendance.session.id;
  }

  @FieldResolver(() => String, { description: "The session's topic" })
  async sessionTopic(@Ctx() ctx: Context, @Root() attendance: Attendance): Promise<string> {
    return (await sessionOf(ctx, attendance)).topic;
  }

  @FieldResolver(() => Date, { description: 'When the session started' })
  async sessionStartsAt(@Ctx() ctx: Context, @Root() attendance: Attendance): Promise<Date> {
    return (await sessionOf(ctx, attendance)).startsAt;
  }

  @FieldResolver(() => Int, { description: 'Overlap of check-in..check-out (or the session end) with the session' })
  async attendedMinutes(@Ctx() ctx: Context, @Root() attendance: Attendance): Promise<number> {
    return attendedMinutes(await sessionOf(ctx, attendance), attendance);
  }
}
