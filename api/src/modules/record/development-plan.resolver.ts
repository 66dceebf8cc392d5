import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { PageInput, PageOf } from '../../common/paging';
import { Competency } from '../competency/competency.entity';
import { employeeScope } from '../organisation/employee-access';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { Position } from '../organisation/position.entity';
import { DevelopmentPlan, DevelopmentPlanEvent, DevelopmentPlanItem } from './development-plan.entity';
import {
  PlanDecisionInput,
  PlanFilter,
  PlanPermissions,
  ProposePlanInput,
  ReturnPlanInput,
  SubmitPlanInput,
  UpdatePlanInput,
} from './development-plan.inputs';
import { DevelopmentPlanService, totalJp } from './development-plan.service';
import { LearningForm } from './learning-form.entity';
import { proposeDevelopmentPlan } from './propose-development-plan';
import { PlanItemSnapshotType } from './record.types';

const DevelopmentPlanPage = PageOf(DevelopmentPlan, 'DevelopmentPlanPage');

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanResolver {
  @Authorized()
  @Query(() => DevelopmentPlanPage, { description: 'Plans the viewer may see: own, supervised, or all for committee and admins' })
  developmentPlans(
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilter, { nullable: true }) filter?: PlanFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new DevelopmentPlanService(ctx.em, ctx.clock).plans(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => DevelopmentPlan)
  developmentPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DevelopmentPlan> {
    return new DevelopmentPlanService(ctx.em, ctx.clock).plan(requireActor(ctx), id);
  }

  @Authorized()
  @Mutation(() => DevelopmentPlan, { description: 'Drafts the yearly plan from the competency gap (own plan only)' })
  proposeDevelopmentPlan(@Ctx() ctx: Context, @Arg('input') input: ProposePlanInput): Promise<DevelopmentPlan> {
    return proposeDevelopmentPlan(ctx.em, requireActor(ctx), input, ctx.clock);
  }

  @Authorized()
  @Mutation(() => DevelopmentPlan)
  updateDevelopmentPlan(@Ctx() ctx: Context, @Arg('input') input: UpdatePlanInput): Promise<DevelopmentPlan> {
    return new DevelopmentPlanService(ctx.em, ctx.clock).update(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => DevelopmentPlan)
  submitDevelopmentPlan(@Ctx() ctx: Context, @Arg('input') input: SubmitPlanInput): Promise<DevelopmentPlan> {
    return new DevelopmentPlanService(ctx.em, ctx.clock).submit(requireActor(ctx), input.planId);
  }

  @Authorized()
  @Mutation(() => DevelopmentPlan, { description: "Supervisor's approval of a submitted plan" })
  approveDevelopmentPlan(@Ctx() ctx: Context, @Arg('input') input: PlanDecisionInput): Promise<DevelopmentPlan> {
    return new DevelopmentPlanService(ctx.em, ctx.clock).approve(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => DevelopmentPlan, { description: 'Supervisor returns a submitted plan with a comment' })
  returnDevelopmentPlan(@Ctx() ctx: Context, @Arg('input') input: ReturnPlanInput): Promise<DevelopmentPlan> {
    return new DevelopmentPlanService(ctx.em, ctx.clock).returnPlan(requireActor(ctx), input);
  }

  @FieldResolver(() => Employee)
  employee(@Root() plan: DevelopmentPlan): Promise<Employee> {
    return plan.employee.load() as Promise<Employee>;
  }

  @FieldResolver(() => Position, { nullable: true })
  targetPosition(@Root() plan: DevelopmentPlan): Promise<Position | null> {
    return plan.targetPosition ? (plan.targetPosition.load() as Promise<Position>) : Promise.resolve(null);
  }

  @FieldResolver(() => [DevelopmentPlanItem])
  async items(@Root() plan: DevelopmentPlan): Promise<DevelopmentPlanItem[]> {
    return (await plan.items.load()).getItems();
  }

  @FieldResolver(() => Float)
  async totalJp(@Root() plan: DevelopmentPlan): Promise<number> {
    return totalJp((await plan.items.load()).getItems());
  }

  @FieldResolver(() => [DevelopmentPlanEvent], { description: 'History, oldest first' })
  async events(@Root() plan: DevelopmentPlan): Promise<DevelopmentPlanEvent[]> {
    return (await plan.events.load()).getItems();
  }

  @FieldResolver(() => PlanPermissions)
  async viewerCan(@Root() plan: DevelopmentPlan, @Ctx() ctx: Context): Promise<PlanPermissions> {
    const actor = requireActor(ctx);
    const employee = (await plan.employee.load()) as Employee;
    const scope = await employeeScope(ctx.em, actor);
    return new DevelopmentPlanService(ctx.em, ctx.clock).permissions(actor, plan, employee, scope);
  }
}

@Resolver(() => DevelopmentPlanItem)
export class DevelopmentPlanItemResolver {
  @FieldResolver(() => Competency, { nullable: true })
  competency(@Root() item: DevelopmentPlanItem): Promise<Competency | null> {
    return item.competency ? (item.competency.load() as Promise<Competency>) : Promise.resolve(null);
  }

  @FieldResolver(() => LearningForm)
  form(@Root() item: DevelopmentPlanItem): Promise<LearningForm> {
    return item.form.load() as Promise<LearningForm>;
  }
}

@Resolver(() => DevelopmentPlanEvent)
export class DevelopmentPlanEventResolver {
  @FieldResolver(() => String)
  async actorName(@Root() event: DevelopmentPlanEvent): Promise<string> {
    return ((await event.actor.load()) as User).displayName;
  }

  @FieldResolver(() => Date)
  at(@Root() event: DevelopmentPlanEvent): Date {
    return event.createdAt;
  }

  @FieldResolver(() => [PlanItemSnapshotType], { description: 'The items as they were at that moment' })
  items(@Root() event: DevelopmentPlanEvent, @Ctx() ctx: Context): Promise<PlanItemSnapshotType[]> {
    return new DevelopmentPlanService(ctx.em, ctx.clock).snapshotItems(requireActor(ctx), event);
  }
}
