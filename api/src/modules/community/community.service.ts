import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, type FieldError, ForbiddenError, NotFoundError } from '../../common/errors';
import { byKeys, requestLoader } from '../../common/loaders';
import { emptyPage, findPage, type Page, type PageInput } from '../../common/paging';
import { Competency } from '../competency/competency.entity';
import { Role } from '../identity/role';
import { CourseModule } from '../learning/course-module.entity';
import { ModuleStatus } from '../learning/learning.enums';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { CommunityGroup, GroupCompetency, GroupEvent, GroupMember } from './community-group.entity';
import { GroupFunding, GroupAction, GroupRole, GroupStatus, JoinPolicy, MemberStatus } from './community.enums';
import type {
  CreateGroupInput,
  GroupFieldsInput,
  GroupFilter,
  GroupReasonInput,
  MemberNotesInput,
  MemberResultInput,
  UpdateGroupInput,
} from './community.inputs';
import { communityPolicy, fits, type GroupRelation, type GroupTransition, mayApply, OPEN_STATUSES, TRANSITIONS } from './community.policy';
import type { GroupPermissions } from './community.types';

const REQUIRED_ON_CREATE: (keyof GroupFieldsInput)[] = [
  'name',
  'purpose',
  'groupMonitorId',
  'capacity',
  'joinPolicy',
  'mode',
  'plannedStart',
  'plannedEnd',
  'plannedSessions',
  'funding',
  'costPerParticipant',
];

const PAST: Record<GroupTransition, string> = {
  edit: 'edited',
  propose: 'proposed',
  approve: 'approved',
  return: 'returned',
  start: 'started',
  complete: 'completed',
  cancel: 'cancelled',
  join: 'joined',
  addMember: 'given members',
  leave: 'left',
};

/** CONFLICT unless the group's status allows the action. */
export function assertFits(group: CommunityGroup, action: GroupTransition): void {
  if (!fits(action, group.status)) {
    throw new ConflictError(`This group is ${group.status.toLowerCase()} and cannot be ${PAST[action]}`);
  }
}

/** The actor's membership status in each group, one query per request. */
function membershipLoader(em: EntityManager, actor: Actor) {
  return requestLoader<string, MemberStatus>(em, `groupMembership:${actor.employeeId}`, async (groupIds) => {
    if (!actor.employeeId) return groupIds.map(() => null);
    const rows = await em.find(GroupMember, { group: { $in: [...groupIds] }, employee: actor.employeeId }, { fields: ['group', 'status'] });
    return byKeys(groupIds, rows, (m) => m.group.id).map((m) => m?.status ?? null);
  });
}

/** How the actor stands to a group (see `GroupRelation`). */
export async function relationTo(em: EntityManager, actor: Actor, group: CommunityGroup): Promise<GroupRelation> {
  const employeeId = actor.employeeId;
  return {
    groupTrainer: employeeId !== null && group.groupTrainer.id === employeeId,
    groupMonitor: employeeId !== null && group.groupMonitor.id === employeeId,
    membership: employeeId ? await membershipLoader(em, actor).load(group.id) : null,
    creator: group.createdBy.id === actor.userId,
  };
}

export function rolesOf(r: GroupRelation): GroupRole[] {
  return [
    ...(r.groupTrainer ? [GroupRole.GROUP_TRAINER] : []),
    ...(r.groupMonitor ? [GroupRole.GROUP_MONITOR] : []),
    ...(r.membership === MemberStatus.ACTIVE ? [GroupRole.MEMBER] : []),
  ];
}

export class CommunityService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** A group the actor may see, and how they stand to it; NOT_FOUND otherwise (drafts stay hidden). */
  async load(
    actor: Actor,
    groupId: string,
    em: EntityManager = this.em,
    lock = false,
  ): Promise<{ group: CommunityGroup; relation: GroupRelation }> {
    const group = await em.findOne(CommunityGroup, groupId, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!group) throw new NotFoundError('Group', groupId);
    const relation = lock ? await this.freshRelation(em, actor, group) : await relationTo(em, actor, group);
    if (!communityPolicy.read(actor, group.status, relation)) throw new NotFoundError('Group', groupId);
    return { group, relation };
  }

  /** The relation read inside a transaction, without the request's cached loader. */
  private async freshRelation(em: EntityManager, actor: Actor, group: CommunityGroup): Promise<GroupRelation> {
    const membership = actor.employeeId ? await em.findOne(GroupMember, { group, employee: actor.employeeId }) : null;
    return {
      groupTrainer: group.groupTrainer.id === actor.employeeId,
      groupMonitor: group.groupMonitor.id === actor.employeeId,
      membership: membership?.status ?? null,
      creator: group.createdBy.id === actor.userId,
    };
  }

  async group(actor: Actor, groupId: string): Promise<CommunityGroup> {
    return (await this.load(actor, groupId)).group;
  }

  async permissions(actor: Actor, group: CommunityGroup): Promise<GroupPermissions> {
    const r = await relationTo(this.em, actor, group);
    const s = group.status;
    return {
      edit: communityPolicy.edit(actor, r) && fits('edit', s),
      propose: communityPolicy.propose(actor, r) && fits('propose', s),
      decide: communityPolicy.decide(actor) && fits('approve', s),
      start: communityPolicy.start(actor, r) && fits('start', s),
      cancel: communityPolicy.cancel(actor, r) && fits('cancel', s),
      apply:
        communityPolicy.apply(actor, r) &&
        r.membership === null &&
        fits('join', s) &&
        (await this.employeeMayApply(group, actor.employeeId!)),
      leave: communityPolicy.leave(actor, r) && fits('leave', s),
      addMember: communityPolicy.addMember(actor, r) && fits('addMember', s),
      decideApplications: communityPolicy.decideApplication(actor, r) && fits('addMember', s),
      readRoster: communityPolicy.readRoster(actor, r),
      runSessions: communityPolicy.runSessions(actor, r) && s === GroupStatus.RUNNING,
      monitor: communityPolicy.monitor(actor, r),
    };
  }

  private async employeeMayApply(group: CommunityGroup, employeeId: string): Promise<boolean> {
    if (group.joinPolicy === JoinPolicy.INVITATION) return false;
    const employee = await this.em.findOne(Employee, employeeId);
    if (!employee) return false;
    if (group.joinPolicy === JoinPolicy.ANY_OPD) return true;
    await group.openToOpds.init();
    return mayApply(group.joinPolicy, group.openToOpds.getIdentifiers() as string[], employee.opd.id);
  }

  /**
   * The catalog (open groups, for everyone), the viewer's own groups (`mine`), proposals to decide
   * (administrators), or every group (administrators and committee, with a status).
   */
  async groups(actor: Actor, filter: GroupFilter = {}, page: PageInput): Promise<Page<CommunityGroup>> {
    const and: FilterQuery<CommunityGroup>[] = [];
    if (filter.toDecide) {
      if (!hasRole(actor, Role.ADMIN)) return emptyPage(page);
      and.push({ status: GroupStatus.PROPOSED });
    } else if (filter.mine) {
      const mine: FilterQuery<CommunityGroup>[] = [{ createdBy: actor.userId }];
      if (actor.employeeId) {
        mine.push({ groupTrainer: actor.employeeId }, { groupMonitor: actor.employeeId });
        const memberships = await this.em.find(
          GroupMember,
          { employee: actor.employeeId, status: { $in: [MemberStatus.ACTIVE, MemberStatus.APPLIED] } },
          { fields: ['group'] },
        );
        if (memberships.length) mine.push({ id: { $in: memberships.map((m) => m.group.id) } });
      }
      and.push({ $or: mine });
      if (filter.status) and.push({ status: filter.status });
    } else if (filter.status && hasRole(actor, Role.ADMIN, Role.COMMITTEE)) {
      and.push({ status: filter.status === GroupStatus.DRAFT && !hasRole(actor, Role.ADMIN) ? { $in: [] } : filter.status });
    } else {
      and.push({ status: { $in: [...OPEN_STATUSES] } });
    }
    if (filter.search) and.push({ name: { $ilike: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    if (filter.mode) and.push({ mode: filter.mode });
    if (filter.funding) and.push({ funding: filter.funding });
    if (filter.competencyId) and.push({ competencies: { competency: filter.competencyId } });
    if (filter.opdId)
      and.push({ $or: [{ joinPolicy: JoinPolicy.ANY_OPD }, { joinPolicy: JoinPolicy.LISTED_OPDS, openToOpds: filter.opdId }] });
    return findPage(this.em, CommunityGroup, { $and: and }, page, { plannedStart: 'desc', name: 'asc' });
  }

  /** Starts a draft; the proposer leads it unless they name another trainer. */
  async create(actor: Actor, input: CreateGroupInput): Promise<CommunityGroup> {
    assertCan(communityPolicy.create(actor), 'Only trainers and administrators create groups');
    const missing = REQUIRED_ON_CREATE.filter((k) => input[k] == null);
    if (!input.groupTrainerId && !actor.employeeId) missing.push('groupTrainerId');
    if (missing.length) throw new BadInputError(missing.map((field) => ({ field, rule: 'REQUIRED', message: `${field} is required` })));
    const trainerId = input.groupTrainerId ?? actor.employeeId!;
    const trainer = await this.em.findOne(Employee, trainerId);
    if (!trainer) throw BadInputError.field('groupTrainerId', 'NOT_FOUND', 'No such employee');
    const group = this.em.create(CommunityGroup, {
      name: '',
      purpose: '',
      mode: input.mode!,
      joinPolicy: input.joinPolicy!,
      capacity: input.capacity!,
      plannedStart: input.plannedStart!,
      plannedEnd: input.plannedEnd!,
      plannedSessions: input.plannedSessions!,
      funding: input.funding!,
      costPerParticipant: input.costPerParticipant!,
      groupTrainer: trainer,
      groupMonitor: trainer,
      opd: trainer.opd,
      createdBy: actor.userId,
    });
    await this.apply(group, { ...input, groupTrainerId: trainerId });
    await this.em.flush();
    return group;
  }

  async update(actor: Actor, input: UpdateGroupInput): Promise<CommunityGroup> {
    const { group, relation } = await this.load(actor, input.id);
    assertCan(communityPolicy.edit(actor, relation), 'Only the group trainer edits the group');
    assertFits(group, 'edit');
    if (input.groupTrainerId && input.groupTrainerId !== group.groupTrainer.id && !hasRole(actor, Role.ADMIN)) {
      throw new ForbiddenError('Only administrators hand a group to another trainer');
    }
    await this.apply(group, input);
    await this.em.flush();
    return group;
  }

  /** Writes the given fields, checking the rules across fields and the records they name. */
  private async apply(group: CommunityGroup, input: GroupFieldsInput): Promise<void> {
    const errors: FieldError[] = [];
    const bad = (field: string, rule: string, message: string) => errors.push({ field, rule, message });
    if (input.name != null) group.name = input.name.trim();
    if (input.purpose != null) group.purpose = input.purpose.trim();
    for (const key of [
      'mode',
      'joinPolicy',
      'capacity',
      'plannedStart',
      'plannedEnd',
      'plannedSessions',
      'funding',
      'costPerParticipant',
    ] as const) {
      if (input[key] != null) (group as unknown as Record<string, unknown>)[key] = input[key];
    }
    if (input.participantSharePercent !== undefined) group.participantSharePercent = input.participantSharePercent;
    if (input.budgetReference !== undefined) group.budgetReference = input.budgetReference?.trim() ?? null;
    if (group.plannedEnd < group.plannedStart) bad('plannedEnd', 'BEFORE_START', 'The planned end is before the planned start');
    // Funding: each source keeps only its own detail.
    if (group.funding === GroupFunding.COST_SHARING) {
      if (group.participantSharePercent == null) bad('participantSharePercent', 'REQUIRED', "Cost-sharing needs the participant's share");
    } else group.participantSharePercent = null;
    if (group.funding === GroupFunding.APBD) {
      if (!group.budgetReference) bad('budgetReference', 'REQUIRED', 'APBD funding needs the budget line (kode rekening / DPA)');
    } else group.budgetReference = null;
    if (group.funding !== GroupFunding.MANDIRI && group.costPerParticipant === 0 && input.costPerParticipant != null) {
      bad('costPerParticipant', 'min', 'Funded groups state their cost per participant');
    }
    if (input.groupTrainerId) {
      const trainer = await this.em.findOne(Employee, input.groupTrainerId);
      if (!trainer) bad('groupTrainerId', 'NOT_FOUND', 'No such employee');
      else group.groupTrainer = trainer as never;
    }
    if (input.groupMonitorId) {
      const monitor = await this.em.findOne(Employee, input.groupMonitorId);
      if (!monitor) bad('groupMonitorId', 'NOT_FOUND', 'No such employee');
      else group.groupMonitor = monitor as never;
    }
    if (!errors.some((e) => e.field === 'groupMonitorId') && group.groupMonitor.id === group.groupTrainer.id)
      bad('groupMonitorId', 'SAME_AS_TRAINER', 'The group monitor must be someone other than its trainer');
    if (input.openToOpdIds) {
      const opds = await this.em.find(Opd, { id: { $in: input.openToOpdIds } });
      if (opds.length !== new Set(input.openToOpdIds).size) bad('openToOpdIds', 'NOT_FOUND', 'An OPD does not exist');
      else group.openToOpds.set(opds);
    }
    if (group.joinPolicy === JoinPolicy.LISTED_OPDS) {
      const listed = input.openToOpdIds
        ? input.openToOpdIds.length
        : group.openToOpds.isInitialized()
          ? group.openToOpds.count()
          : await group.openToOpds.loadCount();
      if (!listed) bad('openToOpdIds', 'REQUIRED', 'List the OPDs whose employees may join');
    } else if (input.openToOpdIds?.length || group.openToOpds.isInitialized()) {
      group.openToOpds.removeAll();
    }
    if (input.capacity != null && this.em.getUnitOfWork().getOriginalEntityData(group)) {
      const active = await this.em.count(GroupMember, { group, status: MemberStatus.ACTIVE });
      if (input.capacity < active) bad('capacity', 'BELOW_MEMBERS', `The group already has ${active} members`);
    }
    if (input.materialModuleIds) {
      const ids = [...new Set(input.materialModuleIds)];
      const modules = ids.length ? await this.em.find(CourseModule, { id: { $in: ids } }) : [];
      if (modules.length !== ids.length) bad('materialModuleIds', 'NOT_FOUND', 'A course module does not exist');
      else if (modules.some((m) => m.status !== ModuleStatus.PUBLISHED))
        bad('materialModuleIds', 'NOT_PUBLISHED', 'Only published course modules can be a group’s material');
      else {
        if (!group.materials.isInitialized()) await group.materials.init();
        group.materials.set(modules);
      }
    }
    if (input.competencies) {
      const ids = input.competencies.map((c) => c.competencyId);
      if (new Set(ids).size !== ids.length) bad('competencies', 'DUPLICATE', 'A competency is listed twice');
      const found = await this.em.find(Competency, { id: { $in: ids } });
      if (found.length !== new Set(ids).size) bad('competencies', 'NOT_FOUND', 'A competency does not exist');
      if (!errors.length) {
        if (!group.competencies.isInitialized()) await group.competencies.init();
        group.competencies.removeAll();
        for (const c of input.competencies)
          group.competencies.add(this.em.create(GroupCompetency, { group, competency: c.competencyId, level: c.level }));
      }
    }
    if (errors.length) throw new BadInputError(errors);
  }

  private event(group: CommunityGroup, actor: Actor, action: GroupAction, reason: string | null = null, em: EntityManager = this.em): void {
    em.create(GroupEvent, { group, action, actor: actor.userId, reason, at: this.clock.now() });
  }

  async propose(actor: Actor, groupId: string): Promise<CommunityGroup> {
    const { group, relation } = await this.load(actor, groupId);
    assertCan(communityPolicy.propose(actor, relation), 'Only the group trainer proposes the group');
    assertFits(group, 'propose');
    group.status = GroupStatus.PROPOSED;
    this.event(group, actor, GroupAction.PROPOSED);
    await this.em.flush();
    return group;
  }

  async approve(actor: Actor, groupId: string): Promise<CommunityGroup> {
    const { group } = await this.load(actor, groupId);
    assertCan(communityPolicy.decide(actor), 'Only administrators approve groups');
    assertFits(group, 'approve');
    group.status = GroupStatus.APPROVED;
    group.decisionReason = null;
    this.event(group, actor, GroupAction.APPROVED);
    await this.em.flush();
    return group;
  }

  /** Sends a proposal back to draft with the reason, for the trainer to change and propose again. */
  async returnGroup(actor: Actor, input: GroupReasonInput): Promise<CommunityGroup> {
    const { group } = await this.load(actor, input.groupId);
    assertCan(communityPolicy.decide(actor), 'Only administrators return groups');
    assertFits(group, 'return');
    group.status = GroupStatus.DRAFT;
    group.decisionReason = input.reason.trim();
    this.event(group, actor, GroupAction.RETURNED, group.decisionReason);
    await this.em.flush();
    return group;
  }

  async start(actor: Actor, groupId: string): Promise<CommunityGroup> {
    const { group, relation } = await this.load(actor, groupId);
    assertCan(communityPolicy.start(actor, relation), 'Only the group trainer starts the group');
    assertFits(group, 'start');
    group.status = GroupStatus.RUNNING;
    this.event(group, actor, GroupAction.STARTED);
    await this.em.flush();
    return group;
  }

  async cancel(actor: Actor, input: GroupReasonInput): Promise<CommunityGroup> {
    return this.em.transactional(async (em) => {
      const { group, relation } = await this.load(actor, input.groupId, em, true);
      assertCan(communityPolicy.cancel(actor, relation), 'Only the group trainer or an administrator cancels the group');
      assertFits(group, 'cancel');
      group.status = GroupStatus.CANCELLED;
      group.decisionReason = input.reason.trim();
      this.event(group, actor, GroupAction.CANCELLED, group.decisionReason, em);
      await em.flush();
      return group;
    });
  }

  /** Applies to an open group; the group's trainer accepts or declines. Applying again changes nothing. */
  async applyToJoin(actor: Actor, groupId: string): Promise<GroupMember> {
    if (!actor.employeeId) throw new ForbiddenError('Only employees join groups');
    const employeeId = actor.employeeId;
    return this.em.transactional(async (em) => {
      const { group, relation } = await this.load(actor, groupId, em, true);
      assertCan(communityPolicy.apply(actor, relation), 'The group trainer and monitor do not join their own group');
      assertFits(group, 'join');
      const employee = await em.findOneOrFail(Employee, employeeId);
      await group.openToOpds.init();
      if (!mayApply(group.joinPolicy, group.openToOpds.getIdentifiers() as string[], employee.opd.id)) {
        throw new ForbiddenError(
          group.joinPolicy === JoinPolicy.INVITATION ? 'This group takes members by invitation only' : 'This group is open to other OPDs',
        );
      }
      const existing = await em.findOne(GroupMember, { group, employee: employeeId });
      if (existing && (existing.status === MemberStatus.ACTIVE || existing.status === MemberStatus.APPLIED)) return existing;
      if (existing?.status === MemberStatus.DECLINED) throw new ConflictError('The group trainer declined your application');
      await this.assertRoom(em, group);
      const member = existing ?? em.create(GroupMember, { group, employee: employeeId, status: MemberStatus.APPLIED });
      member.status = MemberStatus.APPLIED;
      await em.flush();
      return member;
    });
  }

  /** CONFLICT when the group's active members fill its capacity (the group row is locked by the caller). */
  private async assertRoom(em: EntityManager, group: CommunityGroup): Promise<void> {
    const active = await em.count(GroupMember, { group, status: MemberStatus.ACTIVE });
    if (active >= group.capacity) throw new ConflictError(`The group is full (${group.capacity} members)`);
  }

  async decideApplication(actor: Actor, input: { groupId: string; employeeId: string; accept: boolean }): Promise<GroupMember> {
    return this.em.transactional(async (em) => {
      const { group, relation } = await this.load(actor, input.groupId, em, true);
      assertCan(communityPolicy.decideApplication(actor, relation), 'Only the group trainer accepts members');
      assertFits(group, 'addMember');
      const member = await em.findOne(GroupMember, { group, employee: input.employeeId });
      if (!member || member.status !== MemberStatus.APPLIED) throw new ConflictError('There is no application from this employee');
      if (input.accept) {
        await this.assertRoom(em, group);
        member.status = MemberStatus.ACTIVE;
        member.joinedAt = this.clock.now();
      } else member.status = MemberStatus.DECLINED;
      await em.flush();
      return member;
    });
  }

  /** The group's trainer or monitor adds an employee as an active member (accepting any application). */
  async addMember(actor: Actor, input: { groupId: string; employeeId: string }): Promise<GroupMember> {
    return this.em.transactional(async (em) => {
      const { group, relation } = await this.load(actor, input.groupId, em, true);
      assertCan(communityPolicy.addMember(actor, relation), 'Only the group trainer or monitor adds members');
      assertFits(group, 'addMember');
      const employee = await em.findOne(Employee, input.employeeId);
      if (!employee) throw BadInputError.field('employeeId', 'NOT_FOUND', 'No such employee');
      if (employee.id === group.groupTrainer.id || employee.id === group.groupMonitor.id) {
        throw BadInputError.field('employeeId', 'GROUP_LEADER', 'The group trainer and monitor are not its members');
      }
      const existing = await em.findOne(GroupMember, { group, employee });
      if (existing?.status === MemberStatus.ACTIVE) return existing;
      await this.assertRoom(em, group);
      const member = existing ?? em.create(GroupMember, { group, employee, status: MemberStatus.ACTIVE });
      member.status = MemberStatus.ACTIVE;
      member.joinedAt = this.clock.now();
      await em.flush();
      return member;
    });
  }

  /** A member leaves (or withdraws an application) before the group runs. */
  async leave(actor: Actor, groupId: string): Promise<GroupMember> {
    return this.em.transactional(async (em) => {
      const { group, relation } = await this.load(actor, groupId, em, true);
      assertCan(communityPolicy.leave(actor, relation), 'You are not a member of this group');
      assertFits(group, 'leave');
      const member = await em.findOneOrFail(GroupMember, { group, employee: actor.employeeId });
      member.status = MemberStatus.LEFT;
      await em.flush();
      return member;
    });
  }

  /** The group trainer proposes a member's result (completed or not, score, comment) while the group runs. */
  async proposeResult(actor: Actor, input: MemberResultInput): Promise<GroupMember> {
    const { group, relation } = await this.load(actor, input.groupId);
    assertCan(communityPolicy.runSessions(actor, relation), 'Only the group trainer proposes results');
    if (group.status !== GroupStatus.RUNNING)
      throw new ConflictError(`This group is ${group.status.toLowerCase()}: results are proposed while it runs`);
    const member = await this.em.findOne(GroupMember, { group, employee: input.employeeId, status: MemberStatus.ACTIVE });
    if (!member) throw BadInputError.field('employeeId', 'NOT_MEMBER', 'This employee is not a member of the group');
    member.result = input.result;
    member.score = input.score ?? null;
    member.resultComment = input.comment?.trim() || null;
    await this.em.flush();
    return member;
  }

  /** The group trainer's notes on a member. */
  async setNotes(actor: Actor, input: MemberNotesInput): Promise<GroupMember> {
    const { group, relation } = await this.load(actor, input.groupId);
    assertCan(communityPolicy.decideApplication(actor, relation), 'Only the group trainer keeps notes on members');
    const member = await this.em.findOne(GroupMember, { group, employee: input.employeeId });
    if (!member) throw BadInputError.field('employeeId', 'NOT_MEMBER', 'This employee is not a member of the group');
    member.notes = input.notes.trim() || null;
    await this.em.flush();
    return member;
  }

  /** The roster: members of every status, for the group's trainer and monitor and administrators. */
  async members(actor: Actor, group: CommunityGroup): Promise<GroupMember[]> {
    const relation = await relationTo(this.em, actor, group);
    assertCan(communityPolicy.readRoster(actor, relation), "Only the group's trainer and monitor see its roster");
    return this.em.find(GroupMember, { group }, { populate: ['employee'], orderBy: { status: 'asc', employee: { name: 'asc' } } });
  }

  /** Active members of many groups at once (for lists). */
  memberCount(group: CommunityGroup): Promise<number> {
    return requestLoader<string, number>(this.em, 'groupMemberCount', async (ids) => {
      const rows: { group_id: string; n: string }[] = await this.em
        .getConnection()
        .execute(
          `select group_id, count(*) as n from group_member where group_id in (${ids.map(() => '?').join(', ')}) and status = ? group by group_id`,
          [...ids, MemberStatus.ACTIVE],
        );
      const map = new Map(rows.map((r) => [r.group_id, Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    })
      .load(group.id)
      .then((n) => n ?? 0);
  }
}

export { TRANSITIONS };
