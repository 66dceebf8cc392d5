import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LearningRecord } from '../record/learning-record.entity';
import { previewCredit } from '../record/ledger.service';
import { RecordSource } from '../record/record.enums';
import { COMMUNITY_FORM_ID, minutesByDate } from './complete-group';
import { MemberStatus } from './community.enums';
import { type Context, requireActor } from '../../common/context';
import { byKeys, groupByKeys, requestLoader } from '../../common/loaders';
import { PageInput, PageOf } from '../../common/paging';
import { Competency } from '../competency/competency.entity';
import { CourseModule } from '../learning/course-module.entity';
import { Role } from '../identity/role';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { CommunityGroup, GroupCompetency, GroupEvent, GroupMember } from './community-group.entity';
import {
  CreateGroupInput,
  DecideApplicationInput,
  GroupFilter,
  GroupIdInput,
  GroupMemberInput,
  GroupReasonInput,
  UpdateGroupInput,
} from './community.inputs';
import { CommunityService, relationTo, rolesOf } from './community.service';
import { GroupPerson, GroupViewer } from './community.types';
import { GroupSession } from './group-session.entity';
import { SessionService } from './session.service';

const CommunityGroupPage = PageOf(CommunityGroup, 'CommunityGroupPage');

/** Employees with their OPD names, batched per request. */
function personLoader(ctx: Context) {
  return requestLoader<string, GroupPerson>(ctx.em, 'groupPerson', async (ids) => {
    const employees = await ctx.em.find(Employee, { id: { $in: [...ids] } }, { populate: ['opd'] });
    return byKeys(ids, employees, (e) => e.id).map((e) => (e ? { id: e.id, name: e.name, opdName: e.opd.getEntity().name } : null));
  });
}

async function person(ctx: Context, id: string): Promise<GroupPerson> {
  return (await personLoader(ctx).load(id))!;
}

@Resolver(() => CommunityGroup)
export class CommunityGroupResolver {
  @Authorized()
  @Query(() => CommunityGroupPage, {
    description: 'Open groups to join; with `mine` the viewer’s own; with `toDecide` proposals for administrators',
  })
  communityGroups(
    @Ctx() ctx: Context,
    @Arg('filter', () => GroupFilter, { nullable: true }) filter?: GroupFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new CommunityService(ctx.em, ctx.clock).groups(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => CommunityGroup)
  communityGroup(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).group(requireActor(ctx), id);
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Mutation(() => CommunityGroup, { description: 'Drafts a group; the proposer leads it unless another trainer is named' })
  createCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: CreateGroupInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).create(requireActor(ctx), input);
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Mutation(() => CommunityGroup, { description: 'Edits a draft group' })
  updateCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: UpdateGroupInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).update(requireActor(ctx), input);
  }

  @Authorized([Role.TRAINER])
  @Mutation(() => CommunityGroup, { description: 'The group trainer proposes the draft for approval' })
  proposeCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupIdInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).propose(requireActor(ctx), input.groupId);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CommunityGroup, { description: 'An administrator (BKD) approves a proposed group' })
  approveCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupIdInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).approve(requireActor(ctx), input.groupId);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CommunityGroup, { description: 'An administrator returns a proposed group to draft, with the reason' })
  returnCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupReasonInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).returnGroup(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => CommunityGroup, { description: 'The group trainer starts an approved group' })
  startCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupIdInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).start(requireActor(ctx), input.groupId);
  }

  @Authorized()
  @Mutation(() => CommunityGroup, { description: 'Cancels a group before it completes; a cancelled group credits nothing' })
  cancelCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupReasonInput): Promise<CommunityGroup> {
    return new CommunityService(ctx.em, ctx.clock).cancel(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'Applies to join an open group; its trainer accepts or declines' })
  applyToCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupIdInput): Promise<GroupMember> {
    return new CommunityService(ctx.em, ctx.clock).applyToJoin(requireActor(ctx), input.groupId);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'The group trainer accepts or declines an application; a full group refuses' })
  decideGroupApplication(@Ctx() ctx: Context, @Arg('input') input: DecideApplicationInput): Promise<GroupMember> {
    return new CommunityService(ctx.em, ctx.clock).decideApplication(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'The group trainer or monitor adds a member; a full group refuses' })
  addGroupMember(@Ctx() ctx: Context, @Arg('input') input: GroupMemberInput): Promise<GroupMember> {
    return new CommunityService(ctx.em, ctx.clock).addMember(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'Leaves a group (or withdraws an application) before it runs' })
  leaveCommunityGroup(@Ctx() ctx: Context, @Arg('input') input: GroupIdInput): Promise<GroupMember> {
    return new CommunityService(ctx.em, ctx.clock).leave(requireActor(ctx), input.groupId);
  }

  @FieldResolver(() => GroupPerson)
  groupTrainer(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupPerson> {
    return person(ctx, group.groupTrainer.id);
  }

  @FieldResolver(() => GroupPerson, { description: 'Pengawas kelompok' })
  groupMonitor(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupPerson> {
    return person(ctx, group.groupMonitor.id);
  }

  @FieldResolver(() => Opd, { description: 'The organising OPD' })
  async opd(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<Opd> {
    return (await requestLoader<string, Opd>(ctx.em, 'opdById', async (ids) =>
      byKeys(ids, await ctx.em.find(Opd, { id: { $in: [...ids] } }), (o) => o.id),
    ).load(group.opd.id))!;
  }

  @FieldResolver(() => [Opd], { description: 'For LISTED_OPDS: who may apply' })
  openToOpds(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<Opd[]> {
    return requestLoader<string, Opd[]>(ctx.em, 'groupOpenOpds', async (ids) => {
      const groups = await ctx.em.find(
        CommunityGroup,
        { id: { $in: [...ids] } },
        { populate: ['openToOpds'], fields: ['id', 'openToOpds'] as never },
      );
      return byKeys(ids, groups, (g) => g.id).map((g) => g?.openToOpds.getItems() ?? []);
    })
      .load(group.id)
      .then((o) => o ?? []);
  }

  @FieldResolver(() => [CourseModule], { description: 'Course modules the group learns from (optional material)' })
  materials(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<CourseModule[]> {
    return requestLoader<string, CourseModule[]>(ctx.em, 'groupMaterials', async (ids) => {
      const groups = await ctx.em.find(
        CommunityGroup,
        { id: { $in: [...ids] } },
        { populate: ['materials'], fields: ['id', 'materials'] as never },
      );
      return byKeys(ids, groups, (g) => g.id).map((g) => g?.materials.getItems() ?? []);
    })
      .load(group.id)
      .then((m) => m ?? []);
  }

  @FieldResolver(() => [GroupCompetency])
  competencies(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupCompetency[]> {
    return requestLoader<string, GroupCompetency[]>(ctx.em, 'groupCompetencies', async (ids) => {
      const rows = await ctx.em.find(
        GroupCompetency,
        { group: { $in: [...ids] } },
        { populate: ['competency'], orderBy: { level: 'desc' } },
      );
      return groupByKeys(ids, rows, (r) => r.group.id);
    })
      .load(group.id)
      .then((c) => c ?? []);
  }

  @FieldResolver(() => Int, { description: 'Active members' })
  memberCount(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<number> {
    return new CommunityService(ctx.em, ctx.clock).memberCount(group);
  }

  @FieldResolver(() => GroupViewer, { description: 'The viewer’s part in the group and what they may do' })
  async viewer(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupViewer> {
    const actor = requireActor(ctx);
    const service = new CommunityService(ctx.em, ctx.clock);
    return { roles: rolesOf(await relationTo(ctx.em, actor, group)), can: await service.permissions(actor, group) };
  }

  @FieldResolver(() => GroupMember, { nullable: true, description: 'The viewer’s own membership' })
  async myMembership(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupMember | null> {
    const actor = requireActor(ctx);
    if (!actor.employeeId) return null;
    return ctx.em.findOne(GroupMember, { group, employee: actor.employeeId });
  }

  @FieldResolver(() => [GroupMember], { description: 'Every member and applicant: the group trainer and monitor, administrators' })
  members(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupMember[]> {
    return new CommunityService(ctx.em, ctx.clock).members(requireActor(ctx), group);
  }

  @FieldResolver(() => [GroupSession], { description: 'Sessions in time order' })
  sessions(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupSession[]> {
    return new SessionService(ctx.em, ctx.clock).sessions(group);
  }

  @FieldResolver(() => [GroupEvent], { description: 'Proposals and decisions, oldest first' })
  async history(@Ctx() ctx: Context, @Root() group: CommunityGroup): Promise<GroupEvent[]> {
    return ctx.em.find(GroupEvent, { group }, { populate: ['actor'], orderBy: { at: 'asc' } });
  }
}

@Resolver(() => GroupCompetency)
export class GroupCompetencyResolver {
  @FieldResolver(() => Competency)
  competency(@Root() row: GroupCompetency): Competency {
    return row.competency.getEntity();
  }
}

@Resolver(() => GroupMember)
export class GroupMemberResolver {
  @FieldResolver(() => GroupPerson)
  employee(@Ctx() ctx: Context, @Root() member: GroupMember): Promise<GroupPerson> {
    return person(ctx, member.employee.id);
  }

  @FieldResolver(() => ID)
  groupId(@Root() member: GroupMember): string {
    return member.group.id;
  }

  @FieldResolver(() => Int, { description: 'Minutes attended so far, over all sessions' })
  async attendedMinutes(@Ctx() ctx: Context, @Root() member: GroupMember): Promise<number> {
    const perGroup = await requestLoader<string, Map<string, Record<string, number>>>(ctx.em, 'groupMinutes', (groupIds) =>
      Promise.all(
        groupIds.map(async (groupId) => {
          const members = await ctx.em.find(GroupMember, { group: groupId }, { fields: ['employee'] });
          return minutesByDate(
            ctx.em,
            groupId,
            members.map((m) => m.employee.id),
            ctx.clock.timeZone,
          );
        }),
      ),
    ).load(member.group.id);
    return Object.values(perGroup?.get(member.employee.id) ?? {}).reduce((a, b) => a + b, 0);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'JP credited to the ledger when the group completed' })
  async creditedJp(@Ctx() ctx: Context, @Root() member: GroupMember): Promise<number | null> {
    if (!member.learningRecord) return null;
    const record = await requestLoader<string, LearningRecord>(ctx.em, 'memberRecord', async (ids) =>
      byKeys(ids, await ctx.em.find(LearningRecord, { id: { $in: [...ids] } }), (r) => r.id),
    ).load(member.learningRecord.id);
    return record?.jp ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The JP the member would be credited if the group completed now (their own membership only)',
  })
  async expectedJp(@Ctx() ctx: Context, @Root() member: GroupMember): Promise<number | null> {
    const actor = requireActor(ctx);
    if (member.employee.id !== actor.employeeId || member.status !== MemberStatus.ACTIVE || member.completedAt) return null;
    const perDate = (await minutesByDate(ctx.em, member.group.id, [member.employee.id], ctx.clock.timeZone)).get(member.employee.id)!;
    const dates = Object.keys(perDate).sort();
    if (!dates.length) return 0;
    const { credit } = await previewCredit(ctx.em, {
      employeeId: member.employee.id,
      source: RecordSource.GROUP,
      sourceId: member.group.id,
      formId: COMMUNITY_FORM_ID,
      title: '',
      startDate: dates[0],
      endDate: dates[dates.length - 1],
      dates,
      minutes: Object.values(perDate).reduce((a, b) => a + b, 0),
      minutesOnDates: perDate,
    });
    return credit.jp;
  }
}

@Resolver(() => GroupEvent)
export class GroupEventResolver {
  @FieldResolver(() => String, { description: 'Who acted' })
  actorName(@Root() event: GroupEvent): string {
    return event.actor.getEntity().displayName;
  }
}
