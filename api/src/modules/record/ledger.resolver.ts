import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../common/parent';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../../common/role';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';
import { LedgerService } from './ledger.service';
import { JpSummaryInput, UpdateLearningFormInput } from './record.inputs';
import { JpSummaryType } from './record.types';
import { loadedOrLoad } from '../../common/read-model';

@Resolver(() => LearningRecord)
export class LedgerResolver {
  @Authorized()
  @Query(() => JpSummaryType, {
    description: "An employee's JP for a year (a PPPK: the contract year starting in it): approved, pending, target, entries",
  })
  jpSummary(@Ctx() ctx: Context, @Arg('input') input: JpSummaryInput): Promise<JpSummaryType> {
    return new LedgerService(ctx.em, ctx.clock).summary(requireActor(ctx), input.employeeId, input.year);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => LearningForm, { description: 'Edits the JP credit rule of a form of learning (applies to new credits)' })
  updateLearningForm(@Ctx() ctx: Context, @Arg('input') input: UpdateLearningFormInput): Promise<LearningForm> {
    return new LedgerService(ctx.em, ctx.clock).updateCreditRule(requireActor(ctx), input);
  }

  @FieldResolver(() => LearningForm)
  form(@Parent() record: LearningRecord): LearningForm | Promise<LearningForm> {
    return loadedOrLoad(record.form);
  }
}
