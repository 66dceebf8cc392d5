import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { PageInput, PageOf } from '../../common/paging';
import { employeeScope } from '../organisation/employee-access';
import { StoredFile } from '../file/stored-file.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import {
  ApproveClaimInput,
  ClaimDecisionInput,
  ClaimFilter,
  ClaimPermissions,
  ClaimPreview,
  LearningClaimInput,
  UpdateLearningClaimInput,
} from './claim.inputs';
import { ClaimService } from './claim.service';
import { CreditStep, type CreditStepData } from './credit-step';
import { LearningClaim, LearningClaimEvidence } from './learning-claim.entity';
import { LearningForm } from './learning-form.entity';
import { RecordStatus } from './record.enums';

const LearningClaimPage = PageOf(LearningClaim, 'LearningClaimPage');

@Resolver(() => LearningClaim)
export class LearningClaimResolver {
  @Authorized()
  @Query(() => ClaimPreview, {
    description: 'The JP a claim would earn by its form’s rule, shown before it is sent (`claimId`: when changing that claim)',
  })
  learningClaimPreview(
    @Ctx() ctx: Context,
    @Arg('input') input: LearningClaimInput,
    @Arg('claimId', () => ID, { nullable: true }) claimId?: string | null,
  ): Promise<ClaimPreview> {
    return new ClaimService(ctx.em, ctx.clock).preview(requireActor(ctx), input, claimId ?? null);
  }

  @Authorized()
  @Query(() => LearningClaimPage, {
    description: 'Claims the viewer may see: own, supervised OPDs, or all for committee and admins; `toDecide` for the approval queue',
  })
  learningClaims(
    @Ctx() ctx: Context,
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter?: ClaimFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new ClaimService(ctx.em, ctx.clock).claims(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => LearningClaim)
  learningClaim(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<LearningClaim> {
    return new ClaimService(ctx.em, ctx.clock).claim(requireActor(ctx), id);
  }

  @Authorized()
  @Mutation(() => LearningClaim, {
    description: 'Claims learning done elsewhere; its JP wait for approval (administrators may record one for an employee)',
  })
  createLearningClaim(@Ctx() ctx: Context, @Arg('input') input: LearningClaimInput): Promise<LearningClaim> {
    return new ClaimService(ctx.em, ctx.clock).create(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningClaim, { description: 'Changes a claim waiting for a decision or returned for revision, and sends it again' })
  updateLearningClaim(@Ctx() ctx: Context, @Arg('input') input: UpdateLearningClaimInput): Promise<LearningClaim> {
    return new ClaimService(ctx.em, ctx.clock).update(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningClaim, {
    description: "Approves a claim: its JP count (a supervisor of the employee's OPD, or an administrator)",
  })
  approveLearningClaim(@Ctx() ctx: Context, @Arg('input') input: ApproveClaimInput): Promise<LearningClaim> {
    return new ClaimService(ctx.em, ctx.clock).approve(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningClaim, { description: 'Rejects a claim with a reason' })
  rejectLearningClaim(@Ctx() ctx: Context, @Arg('input') input: ClaimDecisionInput): Promise<LearningClaim> {
    return new ClaimService(ctx.em, ctx.clock).reject(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningClaim, { description: 'Returns a claim to the employee for revision, saying what to change' })
  returnLearningClaim(@Ctx() ctx: Context, @Arg('input') input: ClaimDecisionInput): Promise<LearningClaim> {
    return new ClaimService(ctx.em, ctx.clock).returnClaim(requireActor(ctx), input);
  }

  @FieldResolver(() => Employee)
  employee(@Root() claim: LearningClaim): Promise<Employee> {
    return claim.employee.load() as Promise<Employee>;
  }

  @FieldResolver(() => LearningForm)
  form(@Root() claim: LearningClaim): Promise<LearningForm> {
    return claim.form.load() as Promise<LearningForm>;
  }

  @FieldResolver(() => [LearningClaimEvidence])
  evidence(@Root() claim: LearningClaim, @Ctx() ctx: Context): Promise<LearningClaimEvidence[]> {
    return new ClaimService(ctx.em, ctx.clock).evidenceOf(claim);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'JP credited (pending until approved); null while returned for revision' })
  async jp(@Root() claim: LearningClaim, @Ctx() ctx: Context): Promise<number | null> {
    return (await new ClaimService(ctx.em, ctx.clock).recordOf(claim))?.jp ?? null;
  }

  @FieldResolver(() => [CreditStep], {
    nullable: true,
    description: 'How the JP were computed: coded steps; null while returned for revision',
  })
  async creditSteps(@Root() claim: LearningClaim, @Ctx() ctx: Context): Promise<CreditStepData[] | null> {
    return (await new ClaimService(ctx.em, ctx.clock).recordOf(claim))?.creditSteps ?? null;
  }

  @FieldResolver(() => RecordStatus, { nullable: true, description: 'The ledger record’s status' })
  async recordStatus(@Root() claim: LearningClaim, @Ctx() ctx: Context): Promise<RecordStatus | null> {
    return (await new ClaimService(ctx.em, ctx.clock).recordOf(claim))?.status ?? null;
  }

  @FieldResolver(() => String)
  async submittedByName(@Root() claim: LearningClaim): Promise<string> {
    return ((await claim.submittedBy.load()) as User).displayName;
  }

  @FieldResolver(() => Boolean, { description: 'Recorded by an administrator on behalf of the employee' })
  async onBehalf(@Root() claim: LearningClaim): Promise<boolean> {
    const user = (await claim.submittedBy.load()) as User;
    return user.employee?.id !== claim.employee.id;
  }

  @FieldResolver(() => String, { nullable: true })
  async decidedByName(@Root() claim: LearningClaim): Promise<string | null> {
    return claim.decidedBy ? ((await claim.decidedBy.load()) as User).displayName : null;
  }

  @FieldResolver(() => ClaimPermissions)
  async viewerCan(@Root() claim: LearningClaim, @Ctx() ctx: Context): Promise<ClaimPermissions> {
    const actor = requireActor(ctx);
    const employee = (await claim.employee.load()) as Employee;
    return new ClaimService(ctx.em, ctx.clock).permissions(actor, claim, employee, await employeeScope(ctx.em, actor));
  }
}

@Resolver(() => LearningClaimEvidence)
export class LearningClaimEvidenceResolver {
  @FieldResolver(() => StoredFile)
  file(@Root() evidence: LearningClaimEvidence): Promise<StoredFile> {
    return evidence.file.load() as Promise<StoredFile>;
  }
}
