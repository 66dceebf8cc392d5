import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { PageInput } from '../../common/paging';
import { GradingStatus } from './assessment.enums';
import { Lesson } from '../learning/course-module.entity';
import { Role } from '../identity/role';
import {
  AttemptIdInput,
  GradeResponseInput,
  GradingQueueFilter,
  IdInput,
  ImportGiftInput,
  QuestionCategoryInput,
  QuestionFilter,
  QuestionInput,
  QuizSettingsInput,
  SaveQuizAnswerInput,
  StartQuizAttemptInput,
  UpdateQuestionCategoryInput,
  UpdateQuestionInput,
} from './assessment.inputs';
import {
  BankQuestionPage,
  BankQuestionView,
  GiftImportResult,
  GradingItem,
  GradingQueuePage,
  GradingQuiz,
  ModuleLearningGain,
  QuizAttemptView,
  QuizItemAnalysis,
  QuizInfo,
  QuizSettings,
  SavedAnswer,
} from './assessment.types';
import { quizAttempt } from './attempt-view';
import { gradeResponse, gradingItemOf, gradingQueue, gradingQuizzes } from './grading';
import { QuestionBankService } from './question-bank.service';
import { QuestionCategory } from './question.entity';
import { QuizService } from './quiz.service';
import { moduleLearningGain, quizItemAnalysis } from './quiz-statistics';
import { saveQuizAnswer } from './save-quiz-answer';
import { startQuizAttempt } from './start-quiz-attempt';
import { submitQuizAttempt } from './submit-quiz-attempt';

const TRAINERS = [Role.TRAINER, Role.ADMIN];

@Resolver()
export class QuestionBankResolver {
  @Authorized(TRAINERS)
  @Query(() => [QuestionCategory], { description: 'The viewer’s question categories (every bank’s, for administrators)' })
  questionCategories(@Ctx() ctx: Context): Promise<QuestionCategory[]> {
    return new QuestionBankService(ctx.em).categories(requireActor(ctx));
  }

  @Authorized(TRAINERS)
  @Query(() => BankQuestionPage, { description: 'The viewer’s questions, latest changed first' })
  bankQuestions(
    @Ctx() ctx: Context,
    @Arg('filter', () => QuestionFilter, { nullable: true }) filter?: QuestionFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<BankQuestionPage> {
    return new QuestionBankService(ctx.em).questions(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized(TRAINERS)
  @Query(() => BankQuestionView)
  bankQuestion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<BankQuestionView> {
    return new QuestionBankService(ctx.em).question(requireActor(ctx), id);
  }

  @Authorized(TRAINERS)
  @Query(() => String, { description: 'The viewer’s questions (of one category, or all) in Moodle’s GIFT format' })
  giftExport(@Ctx() ctx: Context, @Arg('categoryId', () => ID, { nullable: true }) categoryId?: string): Promise<string> {
    return new QuestionBankService(ctx.em).exportGift(requireActor(ctx), categoryId);
  }

  @Authorized(TRAINERS)
  @Mutation(() => QuestionCategory)
  createQuestionCategory(@Ctx() ctx: Context, @Arg('input') input: QuestionCategoryInput): Promise<QuestionCategory> {
    return new QuestionBankService(ctx.em).createCategory(requireActor(ctx), input.name);
  }

  @Authorized(TRAINERS)
  @Mutation(() => QuestionCategory)
  updateQuestionCategory(@Ctx() ctx: Context, @Arg('input') input: UpdateQuestionCategoryInput): Promise<QuestionCategory> {
    return new QuestionBankService(ctx.em).renameCategory(requireActor(ctx), input.id, input.name);
  }

  @Authorized(TRAINERS)
  @Mutation(() => QuestionCategory, { description: 'Deletes a category no quiz draws from; its questions stay, in no category' })
  deleteQuestionCategory(@Ctx() ctx: Context, @Arg('input') input: IdInput): Promise<QuestionCategory> {
    return new QuestionBankService(ctx.em).deleteCategory(requireActor(ctx), input.id);
  }

  @Authorized(TRAINERS)
  @Mutation(() => BankQuestionView)
  createQuestion(@Ctx() ctx: Context, @Arg('input') input: QuestionInput): Promise<BankQuestionView> {
    return new QuestionBankService(ctx.em).create(requireActor(ctx), input);
  }

  @Authorized(TRAINERS)
  @Mutation(() => BankQuestionView, { description: 'Attempts already started keep the question as it was' })
  updateQuestion(@Ctx() ctx: Context, @Arg('input') input: UpdateQuestionInput): Promise<BankQuestionView> {
    return new QuestionBankService(ctx.em).update(requireActor(ctx), input);
  }

  @Authorized(TRAINERS)
  @Mutation(() => BankQuestionView, { description: 'Deletes a question no quiz uses' })
  deleteQuestion(@Ctx() ctx: Context, @Arg('input') input: IdInput): Promise<BankQuestionView> {
    return new QuestionBankService(ctx.em).delete(requireActor(ctx), input.id);
  }

  @Authorized(TRAINERS)
  @Mutation(() => GiftImportResult, {
    description: 'Imports a GIFT file: the questions that read well are added, the others come back with their line',
  })
  importGiftQuestions(@Ctx() ctx: Context, @Arg('input') input: ImportGiftInput): Promise<GiftImportResult> {
    return new QuestionBankService(ctx.em).importGift(requireActor(ctx), input);
  }
}

@Resolver()
export class QuizResolver {
  @Authorized(TRAINERS)
  @Query(() => QuizSettings, { description: 'A quiz lesson’s settings and questions, for the module’s authors' })
  quizSettings(@Ctx() ctx: Context, @Arg('lessonId', () => ID) lessonId: string): Promise<QuizSettings> {
    return new QuizService(ctx.em).settings(requireActor(ctx), lessonId);
  }

  @Authorized(TRAINERS)
  @Mutation(() => QuizSettings, { description: 'Sets a draft module’s quiz: questions, window, limits, grading, review policy' })
  updateQuiz(@Ctx() ctx: Context, @Arg('input') input: QuizSettingsInput): Promise<QuizSettings> {
    return new QuizService(ctx.em).update(requireActor(ctx), input);
  }

  @Authorized(TRAINERS)
  @Query(() => QuizItemAnalysis, {
    description: 'Facility and discrimination of each question of a quiz lesson, for the module’s authors and administrators',
  })
  quizItemAnalysis(@Ctx() ctx: Context, @Arg('lessonId', () => ID) lessonId: string): Promise<QuizItemAnalysis> {
    return quizItemAnalysis(ctx.em, requireActor(ctx), lessonId);
  }

  @Authorized(TRAINERS)
  @Query(() => ModuleLearningGain, {
    description: 'Pre-test → post-test gain of a module’s learners and of the class, for the module’s authors and administrators',
  })
  moduleLearningGain(@Ctx() ctx: Context, @Arg('moduleId', () => ID) moduleId: string): Promise<ModuleLearningGain> {
    return moduleLearningGain(ctx.em, requireActor(ctx), moduleId);
  }

  @Authorized()
  @Query(() => QuizAttemptView, {
    description: 'The viewer’s own attempt: while open without any key; once finished, what the review policy shows',
  })
  async quizAttempt(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<QuizAttemptView> {
    return quizAttempt(ctx.em, requireActor(ctx), id, ctx.clock);
  }

  @Authorized()
  @Mutation(() => QuizAttemptView, { description: 'Starts the next attempt at a quiz lesson, or returns the open one' })
  async startQuizAttempt(@Ctx() ctx: Context, @Arg('input') input: StartQuizAttemptInput): Promise<QuizAttemptView> {
    const actor = requireActor(ctx);
    const id = await startQuizAttempt(ctx.em, actor, input.lessonId, ctx.clock);
    return quizAttempt(ctx.em, actor, id, ctx.clock);
  }

  @Authorized()
  @Mutation(() => SavedAnswer, { description: 'Autosaves one answer of an open attempt; saving the same again changes nothing' })
  saveQuizAnswer(@Ctx() ctx: Context, @Arg('input') input: SaveQuizAnswerInput): Promise<SavedAnswer> {
    return saveQuizAnswer(ctx.em, requireActor(ctx), input, ctx.clock);
  }

  @Authorized()
  @Mutation(() => QuizAttemptView, { description: 'Submits an attempt; submitting it again returns the same result' })
  async submitQuizAttempt(@Ctx() ctx: Context, @Arg('input') input: AttemptIdInput): Promise<QuizAttemptView> {
    return submitQuizAttempt(ctx.em, requireActor(ctx), input.attemptId, ctx.clock);
  }
}

@Resolver()
export class GradingResolver {
  @Authorized(TRAINERS)
  @Query(() => GradingQueuePage, {
    description:
      'Responses of finished attempts in quizzes of the viewer’s modules (all for administrators): waiting for a trainer, oldest first, or graded and released, latest first',
  })
  gradingQueue(
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('status', () => GradingStatus, { nullable: true, defaultValue: GradingStatus.WAITING }) status?: GradingStatus,
    @Arg('filter', () => GradingQueueFilter, { nullable: true }) filter?: GradingQueueFilter,
  ): Promise<GradingQueuePage> {
    return gradingQueue(ctx.em, requireActor(ctx), page ?? new PageInput(), status ?? GradingStatus.WAITING, filter);
  }

  @Authorized(TRAINERS)
  @Query(() => [GradingQuiz], {
    description:
      'The quizzes of the viewer’s modules (all, for administrators) with finished attempts, by module: the grading queue’s quiz filter',
  })
  gradingQuizzes(@Ctx() ctx: Context): Promise<GradingQuiz[]> {
    return gradingQuizzes(ctx.em, requireActor(ctx));
  }

  @Authorized(TRAINERS)
  @Query(() => GradingItem, {
    description:
      'One response of a finished attempt in a quiz of the viewer’s modules (any, for administrators), with all it takes to grade it',
  })
  gradingItem(
    @Ctx() ctx: Context,
    @Arg('attemptId', () => ID) attemptId: string,
    @Arg('questionId', () => ID) questionId: string,
  ): Promise<GradingItem> {
    return gradingItemOf(ctx.em, requireActor(ctx), attemptId, questionId);
  }

  @Authorized(TRAINERS)
  @Mutation(() => GradingItem, {
    description: 'Grades one response of a finished attempt; a change to a grade the learner could see needs a reason and is kept',
  })
  gradeResponse(@Ctx() ctx: Context, @Arg('input') input: GradeResponseInput): Promise<GradingItem> {
    return gradeResponse(ctx.em, requireActor(ctx), input, ctx.clock);
  }
}

@Resolver(() => Lesson)
export class LessonQuizResolver {
  @FieldResolver(() => QuizInfo, { nullable: true, description: 'A QUIZ lesson’s rules and the viewer’s attempts (no questions, no keys)' })
  quiz(@Root() lesson: Lesson, @Ctx() ctx: Context): Promise<QuizInfo | null> {
    return new QuizService(ctx.em).info(requireActor(ctx), lesson, ctx.clock.now());
  }
}
