import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../identity/role';
import type { EvaluationItem } from './evaluation.entity';
import { EvaluationService } from './evaluation.service';
import { FollowUpService } from './follow-up.service';
import { GroupEvaluationService } from './group-evaluation.service';
import {
  AnswerFollowUpInput,
  DueFollowUps,
  EvaluatedModule,
  EvaluationForm,
  EVALUATION_LIMITS,
  EvaluationModuleInput,
  EvaluationResults,
  EvaluationTemplateInput,
  GroupEvaluation,
  GroupEvaluationInput,
  GroupEvaluationResults,
  MyEvaluations,
  SubmitEvaluationInput,
  SubmitGroupEvaluationInput,
} from './evaluation.types';

const formOf = (items: EvaluationItem[]): EvaluationForm => ({
  items,
  itemsMax: EVALUATION_LIMITS.items,
  itemTextMax: EVALUATION_LIMITS.itemTextMax,
});

@Resolver()
export class EvaluationResolver {
  @Authorized()
  @Query(() => MyEvaluations, { description: 'The evaluation form and the completed modules the viewer may still evaluate' })
  myEvaluations(@Ctx() ctx: Context): Promise<MyEvaluations> {
    return new EvaluationService(ctx.em).mine(requireActor(ctx));
  }

  @Authorized()
  @Mutation(() => MyEvaluations, { description: 'Evaluates a completed module once, anonymously to its trainers' })
  submitEvaluation(@Ctx() ctx: Context, @Arg('input') input: SubmitEvaluationInput): Promise<MyEvaluations> {
    return new EvaluationService(ctx.em).submit(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => MyEvaluations, { description: 'Declines to evaluate a completed module; it is not asked again' })
  skipEvaluation(@Ctx() ctx: Context, @Arg('input') input: EvaluationModuleInput): Promise<MyEvaluations> {
    return new EvaluationService(ctx.em).skip(requireActor(ctx), input.moduleId);
  }

  @Authorized(Role.TRAINER, Role.ADMIN)
  @Query(() => [EvaluatedModule], {
    description: 'Modules the viewer trains (every evaluated module for administrators), with response counts',
  })
  evaluatedModules(@Ctx() ctx: Context): Promise<EvaluatedModule[]> {
    return new EvaluationService(ctx.em).evaluatedModules(requireActor(ctx));
  }

  @Authorized(Role.TRAINER, Role.ADMIN)
  @Query(() => EvaluationResults, { description: 'A module’s evaluation in aggregate, for its trainers and administrators' })
  evaluationResults(@Ctx() ctx: Context, @Arg('moduleId', () => ID) moduleId: string): Promise<EvaluationResults> {
    return new EvaluationService(ctx.em).results(requireActor(ctx), moduleId);
  }

  @Authorized(Role.ADMIN)
  @Query(() => EvaluationForm, { description: 'The statements of the evaluation form' })
  async evaluationTemplate(@Ctx() ctx: Context): Promise<EvaluationForm> {
    return formOf(await new EvaluationService(ctx.em).template());
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EvaluationForm, { description: 'Replaces the statements of the evaluation form' })
  async updateEvaluationTemplate(@Ctx() ctx: Context, @Arg('input') input: EvaluationTemplateInput): Promise<EvaluationForm> {
    return formOf(await new EvaluationService(ctx.em).updateTemplate(requireActor(ctx), input.items));
  }
}

@Resolver()
export class GroupEvaluationResolver {
  @Authorized()
  @Query(() => GroupEvaluation, {
    nullable: true,
    description:
      'The viewer’s part in a completed community group’s evaluation; null until it completes and for those who neither took part in it nor lead it; NOT_FOUND for no such group',
  })
  groupEvaluation(@Ctx() ctx: Context, @Arg('groupId', () => ID) groupId: string): Promise<GroupEvaluation | null> {
    return new GroupEvaluationService(ctx.em).forViewer(requireActor(ctx), groupId);
  }

  @Authorized()
  @Mutation(() => GroupEvaluation, {
    description: 'A participant evaluates a completed group’s trainer and programme once, anonymously to its trainer and monitor',
  })
  submitGroupEvaluation(@Ctx() ctx: Context, @Arg('input') input: SubmitGroupEvaluationInput): Promise<GroupEvaluation> {
    return new GroupEvaluationService(ctx.em).submit(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => GroupEvaluation, { description: 'A participant declines to evaluate a completed group; it is not asked again' })
  skipGroupEvaluation(@Ctx() ctx: Context, @Arg('input') input: GroupEvaluationInput): Promise<GroupEvaluation> {
    return new GroupEvaluationService(ctx.em).skip(requireActor(ctx), input.groupId);
  }

  @Authorized()
  @Query(() => GroupEvaluationResults, {
    description:
      'A completed group’s evaluation in aggregate and its participants’ learning gain, for its trainer and monitor and administrators',
  })
  groupEvaluationResults(@Ctx() ctx: Context, @Arg('groupId', () => ID) groupId: string): Promise<GroupEvaluationResults> {
    return new GroupEvaluationService(ctx.em).results(requireActor(ctx), groupId);
  }
}

@Resolver()
export class FollowUpResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => DueFollowUps, {
    description: 'Modules employees of the viewer’s OPDs completed months ago, awaiting whether they apply it at work',
  })
  dueFollowUps(@Ctx() ctx: Context): Promise<DueFollowUps> {
    return new FollowUpService(ctx.em, ctx.clock).due(requireActor(ctx));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => DueFollowUps, { description: 'Answers once whether an employee applies at work what a module taught' })
  answerFollowUp(@Ctx() ctx: Context, @Arg('input') input: AnswerFollowUpInput): Promise<DueFollowUps> {
    return new FollowUpService(ctx.em, ctx.clock).answer(requireActor(ctx), input);
  }
}
