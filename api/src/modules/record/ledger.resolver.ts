import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { Role } from '../identity/role';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';
import { LedgerService } from './ledger.service';
import { CreditMode } from './record.enums';
import { JpSummaryType } from './record.types';

@InputType()
export class JpSummaryInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@InputType()
export class UpdateLearningFormInput {
  @Field(() => Int)
  @IsInt()
  id!: number;

  @Field(() => CreditMode, { nullable: true })
  @IsOptional()
  creditMode?: CreditMode;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(500)
  creditValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.5)
  @Max(24)
  maxJpPerDay?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  maxSessionsPerMonth?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  requiresReport?: boolean;
}

@Resolver(() => LearningRecord)
export class LedgerResolver {
  @Authorized()
  @Query(() => JpSummaryType, { description: "An employee's JP for a year: approved, pending, target, entries" })
  jpSummary(@Ctx() ctx: Context, @Arg('input') input: JpSummaryInput): Promise<JpSummaryType> {
    return new LedgerService(ctx.em).summary(requireActor(ctx), input.employeeId, input.year);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => LearningForm, { description: 'Edits the JP credit rule of a form of learning (applies to new credits)' })
  async updateLearningForm(@Ctx() ctx: Context, @Arg('input') input: UpdateLearningFormInput): Promise<LearningForm> {
    const form = await ctx.em.findOne(LearningForm, input.id);
    if (!form) throw new NotFoundError('Form of learning', String(input.id));
    ctx.em.assign(form, {
      ...(input.creditMode && { creditMode: input.creditMode }),
      ...(input.creditValue !== undefined && { creditValue: input.creditValue }),
      ...(input.maxJpPerDay !== undefined && { maxJpPerDay: input.maxJpPerDay }),
      ...(input.maxSessionsPerMonth !== undefined && { maxSessionsPerMonth: input.maxSessionsPerMonth }),
      ...(input.requiresReport != null && { requiresReport: input.requiresReport }),
    });
    await ctx.em.flush();
    return form;
  }

  @FieldResolver(() => LearningForm)
  form(@Root() record: LearningRecord): Promise<LearningForm> {
    return record.form.load() as Promise<LearningForm>;
  }
}
