import { type FilterQuery, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { floorJp, sumJp } from '@komunitas-pintar/domain';
import { byKeys, requestLoader } from '../../common/loaders';
import { emptyPage, findPage, type Page, type PageInput } from '../../common/paging';
import { Role } from '../../common/role';
import { Competency } from '../competency/competency.entity';
import { assertReadable, employeeScope } from '../organisation/employee-access';
import { Employee } from '../organisation/employee.entity';
import { EmployeeType } from '../organisation/organisation.enums';
import type { EmployeeScope } from '../organisation/organisation.policy';
import { Position } from '../organisation/position.entity';
import { readSettings } from '../setting/setting.service';
import { DevelopmentPlan, DevelopmentPlanEvent, DevelopmentPlanItem } from './development-plan.entity';
import type { PlanDecisionInput, PlanFilter, PlanItemInput, ReturnPlanInput, UpdatePlanInput } from './development-plan.inputs';
import { LearningForm } from './learning-form.entity';
import { PlanAction, PlanStatus } from './record.enums';
import { recordPolicy } from './record.policy';
import type { PlanItemSnapshotType } from './record.types';

/** Which status each action needs, and which it leads to. */
const TRANSITIONS: Record<'edit' | 'submit' | 'approve' | 'return', { from: PlanStatus[]; to?: PlanStatus }> = {
  edit: { from: [PlanStatus.DRAFT, PlanStatus.RETURNED] },
  submit: { from: [PlanStatus.DRAFT, PlanStatus.RETURNED], to: PlanStatus.SUBMITTED },
  approve: { from: [PlanStatus.SUBMITTED], to: PlanStatus.APPROVED },
  return: { from: [PlanStatus.SUBMITTED], to: PlanStatus.RETURNED },
};

const PAST = { edit: 'edited', submit: 'submitted', approve: 'approved', return: 'returned' } as const;

export function totalJp(items: { targetJp: number }[]): number {
  return sumJp(items.map((i) => i.targetJp));
}

export class DevelopmentPlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  private async load(actor: Actor, planId: string) {
    const plan = await this.em.findOne(DevelopmentPlan, planId, { populate: ['employee', 'items'] });
    if (!plan) throw new NotFoundError('Development plan', planId);
    const employee = plan.employee.getEntity();
    const scope = await assertReadable(this.em, actor, employee, 'You may not see this plan');
    return { plan, employee, scope };
  }

  async permissions(actor: Actor, plan: DevelopmentPlan, employee: Employee, scope: EmployeeScope) {
    const decidable = TRANSITIONS.approve.from.includes(plan.status);
    return {
      edit: recordPolicy.proposePlan(actor, employee) && TRANSITIONS.edit.from.includes(plan.status),
      decide: decidable && (await this.mayDecide(actor, employee, scope)),
    };
  }

  /**
   * The plan policy, asking the database whether the employee supervises their own OPD only where
   * that matters (administrators); the plans of one request are asked about together.
   */
  private async mayDecide(actor: Actor, employee: Employee, scope: EmployeeScope): Promise<boolean> {
    if (recordPolicy.decidePlan(actor, employee, scope)) return true;
    if (!hasRole(actor, Role.ADMIN)) return false;
    const selfSupervising = await requestLoader<string, boolean>(this.em, 'selfSupervisingEmployee', async (ids) => {
      const found = await this.selfSupervisingEmployees([...ids]);
      return ids.map((id) => found.has(id));
    }).load(employee.id);
    return recordPolicy.decidePlan(actor, employee, scope, !!selfSupervising);
  }

  /** Of the given employees (all when omitted), those whose account supervises their own OPD. */
  private async selfSupervisingEmployees(employeeIds?: string[]): Promise<Set<string>> {
    if (employeeIds && !employeeIds.length) return new Set();
    const rows: { employee_id: string }[] = await this.em.getConnection().execute(
      `select distinct u.employee_id from app_user u
         join employee e on e.id = u.employee_id
         join user_supervised_opd s on s.user_id = u.id and s.opd_id = e.opd_id
        where 'SUPERVISOR' = any(u.roles)${employeeIds ? ` and u.employee_id in (${employeeIds.map(() => '?').join(', ')})` : ''}`,
      employeeIds ?? [],
      'all',
      this.em.getTransactionContext(),
    );
    return new Set(rows.map((r) => r.employee_id));
  }

  async plan(actor: Actor, planId: string): Promise<DevelopmentPlan> {
    return (await this.load(actor, planId)).plan;
  }

  /** Learners see their own plans, supervisors those of the OPDs they supervise, committee and admins all. */
  async plans(actor: Actor, filter: PlanFilter = {}, page: PageInput): Promise<Page<DevelopmentPlan>> {
    const where: FilterQuery<DevelopmentPlan> = {};
    if (filter.year) where.year = filter.year;
    if (filter.status) where.status = filter.status;
    if (filter.employeeId) where.employee = filter.employeeId;
    if (filter.toDecide) {
      const scope = await employeeScope(this.em, actor);
      const decidable: FilterQuery<DevelopmentPlan>[] = [];
      if (hasRole(actor, Role.SUPERVISOR) && scope.supervisedOpds.size)
        decidable.push({ employee: { opd: { $in: [...scope.supervisedOpds] } } });
      // Administrators decide the plans of supervisors of their own OPD.
      if (hasRole(actor, Role.ADMIN)) decidable.push({ employee: { $in: [...(await this.selfSupervisingEmployees())] } });
      if (!decidable.length) return emptyPage(page);
      where.status = PlanStatus.SUBMITTED;
      where.$and = [{ $or: decidable }, ...(actor.employeeId ? [{ employee: { $ne: actor.employeeId } }] : [])];
    } else if (!hasRole(actor, Role.ADMIN, Role.COMMITTEE)) {
      const scope = await employeeScope(this.em, actor);
      const visible: FilterQuery<DevelopmentPlan>[] = [];
      if (actor.employeeId) visible.push({ employee: actor.employeeId });
      if (scope.supervisedOpds.size) visible.push({ employee: { opd: { $in: [...scope.supervisedOpds] } } });
      if (!visible.length) return emptyPage(page);
      where.$and = [{ $or: visible }];
    }
    return findPage(this.em, DevelopmentPlan, where, page, { year: 'desc', submittedAt: 'desc nulls last', createdAt: 'desc' });
  }

  private assertStatus(plan: DevelopmentPlan, action: keyof typeof TRANSITIONS): void {
    if (!TRANSITIONS[action].from.includes(plan.status)) {
      throw new ConflictError(`This plan is ${plan.status.toLowerCase()} and cannot be ${PAST[action]}`);
    }
  }

  private record(plan: DevelopmentPlan, actor: Actor, action: PlanAction, comment?: string | null): void {
    const items = plan.items.getItems();
    this.em.create(DevelopmentPlanEvent, {
      plan,
      action,
      actor: actor.userId,
      comment: comment ?? null,
      totalJp: totalJp(items),
      items: items.map((i) => ({
        competencyId: i.competency?.id ?? null,
        formId: i.form.id,
        targetJp: i.targetJp,
        currentLevel: i.currentLevel ?? null,
        targetLevel: i.targetLevel ?? null,
        note: i.note ?? null,
      })),
    });
  }

  /** Creates a draft plan with the given items, recording who proposed it (the caller checks ownership). */
  async createDraft(
    actor: Actor,
    employee: Employee,
    year: number,
    target: Position | null,
    items: PlanItemInput[],
  ): Promise<DevelopmentPlan> {
    if (await this.em.count(DevelopmentPlan, { employee, year })) {
      throw new ConflictError(`A development plan for ${year} already exists`);
    }
    const plan = this.em.create(DevelopmentPlan, { employee, year, targetPosition: target });
    await this.replaceItems(plan, items);
    this.record(plan, actor, PlanAction.PROPOSED);
    await this.em.flush();
    return plan;
  }

  private async replaceItems(plan: DevelopmentPlan, items: PlanItemInput[]): Promise<void> {
    const formIds = [...new Set(items.map((i) => i.formId))];
    const forms = formIds.length ? await this.em.find(LearningForm, { id: { $in: formIds } }) : [];
    if (forms.length !== formIds.length) {
      throw BadInputError.field('items.formId', 'NOT_FOUND', 'A form of learning does not exist');
    }
    const competencyIds = [...new Set(items.map((i) => i.competencyId).filter((id): id is string => !!id))];
    const competencies = competencyIds.length ? await this.em.count(Competency, { id: { $in: competencyIds } }) : 0;
    if (competencies !== competencyIds.length) {
      throw BadInputError.field('items.competencyId', 'NOT_FOUND', 'A competency does not exist');
    }
    plan.items.removeAll();
    items.forEach((item, i) =>
      plan.items.add(
        this.em.create(DevelopmentPlanItem, {
          plan,
          sortOrder: i,
          competency: item.competencyId ?? null,
          form: item.formId,
          targetJp: floorJp(item.targetJp),
          currentLevel: item.currentLevel ?? null,
          targetLevel: item.targetLevel ?? null,
          note: item.note?.trim() || null,
          organiser: item.organiser?.trim() || null,
          plannedMonth: item.plannedMonth ?? null,
          budget: item.budget ?? null,
        }),
      ),
    );
  }

  /**
   * Runs `work` in one transaction that holds the plan's row lock, so that writes to one plan
   * happen one after another: parallel edits each replace the whole list, never add to it.
   */
  private locked<T>(planId: string, work: (service: DevelopmentPlanService) => Promise<T>): Promise<T> {
    return this.em.transactional(async (em) => {
      await em
        .getConnection()
        .execute('select id from development_plan where id = ? for update', [planId], 'all', em.getTransactionContext());
      return work(new DevelopmentPlanService(em, this.clock));
    });
  }

  update(actor: Actor, input: UpdatePlanInput): Promise<DevelopmentPlan> {
    return this.locked(input.planId, (service) => service.updateLocked(actor, input));
  }

  private async updateLocked(actor: Actor, input: UpdatePlanInput): Promise<DevelopmentPlan> {
    const { plan, employee } = await this.load(actor, input.planId);
    assertCan(recordPolicy.proposePlan(actor, employee), 'Only the employee edits their own plan');
    this.assertStatus(plan, 'edit');
    if (input.targetPositionId !== undefined) {
      const target = input.targetPositionId ? await this.em.findOne(Position, input.targetPositionId) : null;
      if (input.targetPositionId && !target) throw BadInputError.field('targetPositionId', 'NOT_FOUND', 'No position with this id');
      plan.targetPosition = target ? ref(target) : null;
    }
    await this.replaceItems(plan, input.items);
    this.record(plan, actor, PlanAction.EDITED);
    await this.em.flush();
    return plan;
  }

  submit(actor: Actor, planId: string): Promise<DevelopmentPlan> {
    return this.locked(planId, (service) => service.submitLocked(actor, planId));
  }

  private async submitLocked(actor: Actor, planId: string): Promise<DevelopmentPlan> {
    const { plan, employee } = await this.load(actor, planId);
    assertCan(recordPolicy.proposePlan(actor, employee), 'Only the employee submits their own plan');
    this.assertStatus(plan, 'submit');
    if (plan.items.length === 0) throw BadInputError.field('items', 'EMPTY', 'A plan needs at least one item');
    const total = totalJp(plan.items.getItems());
    const settings = await readSettings(this.em);
    if (employee.employeeType === EmployeeType.PNS && total < settings['jp.pnsYearlyTarget']) {
      throw BadInputError.field('items', 'MIN_JP', `A PNS plan needs at least ${settings['jp.pnsYearlyTarget']} JP; this one has ${total}`);
    }
    if (employee.employeeType === EmployeeType.PPPK && total > settings['jp.pppkYearlyMax']) {
      throw BadInputError.field(
        'items',
        'MAX_JP',
        `A PPPK plan may have at most ${settings['jp.pppkYearlyMax']} JP; this one has ${total}`,
      );
    }
    plan.status = PlanStatus.SUBMITTED;
    plan.submittedAt = this.clock.now();
    this.record(plan, actor, PlanAction.SUBMITTED);
    await this.em.flush();
    return plan;
  }

  private decide(actor: Actor, planId: string, action: 'approve' | 'return', comment: string | null | undefined) {
    return this.locked(planId, (service) => service.decideLocked(actor, planId, action, comment));
  }

  private async decideLocked(actor: Actor, planId: string, action: 'approve' | 'return', comment: string | null | undefined) {
    const { plan, employee, scope } = await this.load(actor, planId);
    assertCan(
      await this.mayDecide(actor, employee, scope),
      'Only a supervisor of this employee decides on the plan (an administrator, for a supervisor of their own OPD)',
    );
    this.assertStatus(plan, action);
    plan.status = TRANSITIONS[action].to!;
    plan.decidedAt = this.clock.now();
    plan.supervisorComment = comment?.trim() || null;
    this.record(plan, actor, action === 'approve' ? PlanAction.APPROVED : PlanAction.RETURNED, plan.supervisorComment);
    await this.em.flush();
    return plan;
  }

  approve(actor: Actor, input: PlanDecisionInput): Promise<DevelopmentPlan> {
    return this.decide(actor, input.planId, 'approve', input.comment);
  }

  returnPlan(actor: Actor, input: ReturnPlanInput): Promise<DevelopmentPlan> {
    return this.decide(actor, input.planId, 'return', input.comment);
  }

  /**
   * The items of an event as they stood then, with their competency and form. Every event of a
   * request asks together: one query for the competencies, one for the forms.
   */
  async snapshotItems(_actor: Actor, event: DevelopmentPlanEvent): Promise<PlanItemSnapshotType[]> {
    const competencies = requestLoader<string, Competency>(this.em, 'planSnapshotCompetency', async (ids) =>
      byKeys(ids, await this.em.find(Competency, { id: { $in: [...ids] } }), (c) => c.id),
    );
    const forms = requestLoader<number, LearningForm>(this.em, 'planSnapshotForm', async (ids) =>
      byKeys(ids, await this.em.find(LearningForm, { id: { $in: [...ids] } }), (f) => f.id),
    );
    const items = await Promise.all(
      event.items.map(async (item) => ({
        competency: item.competencyId ? ((await competencies.load(item.competencyId)) ?? null) : null,
        form: await forms.load(item.formId),
        targetJp: item.targetJp,
        currentLevel: item.currentLevel ?? null,
        targetLevel: item.targetLevel ?? null,
        note: item.note,
      })),
    );
    // Forms are reference data and never deleted; an item whose form is gone is left out.
    return items.filter((item): item is PlanItemSnapshotType => !!item.form);
  }
}
