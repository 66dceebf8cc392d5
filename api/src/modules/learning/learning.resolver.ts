import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { PageInput, PageOf } from '../../common/paging';
import { Competency } from '../competency/competency.entity';
import { CompetencyEvidenceProposal } from '../competency/evidence-proposal.entity';
import { EvidenceProposalService } from '../competency/evidence-proposal.service';
import { CompetencyGap } from '../competency/competency.types';
import { StoredFile } from '../file/stored-file.entity';
import { Role } from '../../common/role';
import { LearningForm } from '../record/learning-form.entity';
import { completeLesson, previewModuleCredit } from './complete-lesson';
import { completionRefusal } from './completion-rules';
import { requestLoader } from '../../common/loaders';
import { LearningRecord } from '../record/learning-record.entity';
import { CreditMode, RecordSource } from '../record/record.enums';
import { CourseModule, CourseSection, Lesson, ModuleCompetency } from './course-module.entity';
import { CourseModuleService, moduleAuthorIds } from './course-module.service';
import { Enrollment } from './enrollment.entity';
import { EnrollmentService } from './enrollment.service';
import {
  CompleteLessonInput,
  CourseModuleFilter,
  CreateCourseModuleInput,
  EnrollInModuleInput,
  LessonHeartbeatInput,
  MarkdownPreviewInput,
  ModuleIdInput,
  UpdateCourseModuleInput,
} from './learning.inputs';
import {
  CompletionCredit,
  CompletionCreditReasonEnum,
  LessonCompletion,
  LessonTimeCounted,
  MyLearning,
  ModuleAuthor,
  ModulePermissions,
  ModuleRecommendation,
} from './learning.types';
import { minutesOnEnrollment, myMinutesOnLesson, recordLessonHeartbeat } from './lesson-heartbeat';
import { learningPolicy } from './learning.policy';
import { renderMarkdown } from './markdown';
import { recommendModules } from './recommend-modules';
import { embedUrl } from './video';

const CourseModulePage = PageOf(CourseModule, 'CourseModulePage');

@Resolver(() => CourseModule)
export class CourseModuleResolver {
  @Authorized()
  @Query(() => CourseModulePage, { description: 'The catalog: published modules, or the viewer’s own with `mine`' })
  courseModules(
    @Ctx() ctx: Context,
    @Arg('filter', () => CourseModuleFilter, { nullable: true }) filter?: CourseModuleFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new CourseModuleService(ctx.em, ctx.clock).modules(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => CourseModule)
  courseModule(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CourseModule> {
    return new CourseModuleService(ctx.em, ctx.clock).module(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => MyLearning, { description: "The learner's dashboard in one request" })
  myLearning(@Ctx() ctx: Context): Promise<MyLearning> {
    return new EnrollmentService(ctx.em, ctx.clock).dashboard(requireActor(ctx));
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Query(() => String, { description: 'Markdown rendered exactly as learners will get it, for the live preview' })
  markdownPreview(@Arg('input') input: MarkdownPreviewInput): string {
    return renderMarkdown(input.markdown);
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Mutation(() => CourseModule, { description: 'Starts a module as a draft; the creator becomes its author' })
  createCourseModule(@Ctx() ctx: Context, @Arg('input') input: CreateCourseModuleInput): Promise<CourseModule> {
    return new CourseModuleService(ctx.em, ctx.clock).create(requireActor(ctx), input);
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Mutation(() => CourseModule, { description: 'Edits a draft; editing a published module edits its next draft version (returned)' })
  updateCourseModule(@Ctx() ctx: Context, @Arg('input') input: UpdateCourseModuleInput): Promise<CourseModule> {
    return new CourseModuleService(ctx.em, ctx.clock).update(requireActor(ctx), input);
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Mutation(() => CourseModule, { description: 'Publishes a draft version; the previous version is archived' })
  publishCourseModule(@Ctx() ctx: Context, @Arg('input') input: ModuleIdInput): Promise<CourseModule> {
    return new CourseModuleService(ctx.em, ctx.clock).publish(requireActor(ctx), input.id);
  }

  @Authorized([Role.TRAINER, Role.ADMIN])
  @Mutation(() => CourseModule, { description: 'Withdraws a published module from the catalog' })
  archiveCourseModule(@Ctx() ctx: Context, @Arg('input') input: ModuleIdInput): Promise<CourseModule> {
    return new CourseModuleService(ctx.em, ctx.clock).archive(requireActor(ctx), input.id);
  }

  @Authorized()
  @Mutation(() => Enrollment, {
    description:
      'Joins a published module version. Joining again, or joining any version while another version is unfinished, returns that enrolment',
  })
  enrollInModule(@Ctx() ctx: Context, @Arg('input') input: EnrollInModuleInput): Promise<Enrollment> {
    return new EnrollmentService(ctx.em, ctx.clock).enroll(requireActor(ctx), input.moduleId);
  }

  @Authorized()
  @Mutation(() => LessonCompletion, { description: 'Marks a lesson done; the last required one completes the module and credits its JP' })
  completeLesson(@Ctx() ctx: Context, @Arg('input') input: CompleteLessonInput): Promise<LessonCompletion> {
    return completeLesson(ctx.em, requireActor(ctx), input, ctx.clock);
  }

  @Authorized()
  @Mutation(() => LessonTimeCounted, {
    description:
      'A heartbeat of the lesson page (at most every 30 s while it is open): time between two heartbeats of the lesson, both visible and active, at most 60 s apart, counts toward the lesson, one lesson at a time, up to its stated duration',
  })
  recordLessonHeartbeat(@Ctx() ctx: Context, @Arg('input') input: LessonHeartbeatInput): Promise<LessonTimeCounted> {
    return recordLessonHeartbeat(ctx.em, requireActor(ctx), input, ctx.clock);
  }

  @FieldResolver(() => Boolean, {
    description: 'Its form credits the time measured on its lessons (e-learning, komunitas belajar), capped at the stated JP',
  })
  async creditsMeasuredTime(@Root() module: CourseModule): Promise<boolean> {
    return (await module.form.load())?.creditMode === CreditMode.ACTUAL;
  }

  @FieldResolver(() => LearningForm)
  form(@Root() module: CourseModule): Promise<LearningForm> {
    return module.form.load() as Promise<LearningForm>;
  }

  @FieldResolver(() => StoredFile, { nullable: true })
  cover(@Root() module: CourseModule): Promise<StoredFile | null> {
    return module.cover ? (module.cover.load() as Promise<StoredFile>) : Promise.resolve(null);
  }

  @FieldResolver(() => [ModuleAuthor])
  async authors(@Root() module: CourseModule): Promise<ModuleAuthor[]> {
    return (await module.authors.load()).getItems().map((u) => ({ id: u.id, name: u.displayName }));
  }

  @FieldResolver(() => [ModuleCompetency], { description: 'Competencies it builds, with the level' })
  async competencies(@Root() module: CourseModule): Promise<ModuleCompetency[]> {
    return (await module.competencies.load()).getItems();
  }

  @FieldResolver(() => [CourseSection])
  async sections(@Root() module: CourseModule): Promise<CourseSection[]> {
    return (await module.sections.load()).getItems();
  }

  @FieldResolver(() => Int)
  async lessonCount(@Root() module: CourseModule, @Ctx() ctx: Context): Promise<number> {
    return (await new EnrollmentService(ctx.em, ctx.clock).lessonStats(requireActor(ctx), module.id)).lessons;
  }

  @FieldResolver(() => Int, { description: 'Sum of the lessons’ expected minutes' })
  async totalMinutes(@Root() module: CourseModule, @Ctx() ctx: Context): Promise<number> {
    return (await new EnrollmentService(ctx.em, ctx.clock).lessonStats(requireActor(ctx), module.id)).minutes;
  }

  @FieldResolver(() => Enrollment, { nullable: true, description: "The viewer's enrolment in this version" })
  myEnrollment(@Root() module: CourseModule, @Ctx() ctx: Context): Promise<Enrollment | null> {
    return new EnrollmentService(ctx.em, ctx.clock).myEnrollment(requireActor(ctx), module.id);
  }

  @FieldResolver(() => Enrollment, {
    nullable: true,
    description: "The viewer's unfinished enrolment in another version of this module: they keep that version until they finish it",
  })
  myOtherVersionEnrollment(@Root() module: CourseModule, @Ctx() ctx: Context): Promise<Enrollment | null> {
    return new EnrollmentService(ctx.em, ctx.clock).myOtherVersionEnrollment(requireActor(ctx), module);
  }

  @FieldResolver(() => ModulePermissions)
  async viewerCan(@Root() module: CourseModule, @Ctx() ctx: Context): Promise<ModulePermissions> {
    const actor = requireActor(ctx);
    const authorIds = await moduleAuthorIds(module);
    const edit = learningPolicy.edit(actor, authorIds);
    return { edit, publish: learningPolicy.publish(actor, module, authorIds), enroll: learningPolicy.enroll(actor, module) };
  }
}

@Resolver(() => CourseSection)
export class CourseSectionResolver {
  @FieldResolver(() => [Lesson])
  async lessons(@Root() section: CourseSection): Promise<Lesson[]> {
    return (await section.lessons.load()).getItems();
  }
}

@Resolver(() => Lesson)
export class LessonResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The text as safe HTML' })
  bodyHtml(@Root() lesson: Lesson): string | null {
    return lesson.body ? renderMarkdown(lesson.body) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Markdown source, for the module’s authors only' })
  async body(@Root() lesson: Lesson, @Ctx() ctx: Context): Promise<string | null> {
    const canEdit = learningPolicy.edit(requireActor(ctx), await moduleAuthorIds((await lesson.module.load()) as CourseModule));
    return canEdit ? (lesson.body ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Player URL for YouTube and Vimeo links' })
  embedUrl(@Root() lesson: Lesson): string | null {
    return lesson.url ? embedUrl(lesson.url) : null;
  }

  @FieldResolver(() => StoredFile, { nullable: true })
  file(@Root() lesson: Lesson): Promise<StoredFile | null> {
    return lesson.file ? (lesson.file.load() as Promise<StoredFile>) : Promise.resolve(null);
  }

  @FieldResolver(() => ID)
  moduleId(@Root() lesson: Lesson): string {
    return lesson.module.id;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Whole minutes measured on the lesson for the viewer (null for users without an employee record)',
  })
  myMinutesCounted(@Root() lesson: Lesson, @Ctx() ctx: Context): Promise<number> | null {
    const employeeId = requireActor(ctx).employeeId;
    return employeeId ? myMinutesOnLesson(ctx.em, employeeId, lesson.id) : null;
  }
}

@Resolver(() => ModuleCompetency)
export class ModuleCompetencyResolver {
  @FieldResolver(() => Competency)
  competency(@Root() row: ModuleCompetency): Promise<Competency> {
    return row.competency.load() as Promise<Competency>;
  }
}

@Resolver(() => LessonCompletion)
export class LessonCompletionResolver {
  @FieldResolver(() => [CompetencyEvidenceProposal], {
    description:
      'When this completion finished the module: the competency levels it proposed as training evidence, each waiting for a supervisor or administrator to accept or decline it (empty otherwise)',
  })
  evidenceProposed(@Root() completion: LessonCompletion, @Ctx() ctx: Context): Promise<CompetencyEvidenceProposal[]> {
    return new EvidenceProposalService(ctx.em, ctx.clock).made(requireActor(ctx), completion.evidenceProposalIds);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => CompletionCredit, {
    nullable: true,
    description:
      "What finishing the module today would credit, and why (the learner's own unfinished enrolment; null otherwise). One enrolment at a time: for the lesson page.",
  })
  async completionCredit(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<CompletionCredit | null> {
    if (enrollment.completedAt || requireActor(ctx).employeeId !== enrollment.employee.id) return null;
    const preview = await previewModuleCredit(ctx.em, enrollment, ctx.clock);
    return { ...preview, reason: preview.reason as CompletionCreditReasonEnum };
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'JP the ledger credited for finishing this version (0 when nothing, e.g. the day was full or another version was credited); null until finished',
  })
  async creditedJp(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<number | null> {
    if (!enrollment.completedAt) return null;
    const key = `${enrollment.employee.id}:${enrollment.module.id}`;
    const jp = await requestLoader<string, number>(ctx.em, 'enrollmentCreditedJp', async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const records = await ctx.em.find(
        LearningRecord,
        { source: RecordSource.MODULE, $or: pairs.map(([employee, sourceId]) => ({ employee, sourceId })) },
        { fields: ['employee', 'sourceId', 'jp'] },
      );
      const found = new Map(records.map((r) => [`${r.employee.id}:${r.sourceId}`, Number(r.jp)]));
      return keys.map((k) => found.get(k) ?? 0);
    }).load(key);
    return jp ?? 0;
  }

  @FieldResolver(() => Int, { description: "Whole minutes measured on the module's lessons for the learner" })
  minutesCounted(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<number> {
    return minutesOnEnrollment(ctx.em, enrollment);
  }

  @FieldResolver(() => CourseModule)
  module(@Root() enrollment: Enrollment): Promise<CourseModule> {
    return enrollment.module.load() as Promise<CourseModule>;
  }

  @FieldResolver(() => Date)
  enrolledAt(@Root() enrollment: Enrollment): Date {
    return enrollment.createdAt;
  }

  @FieldResolver(() => Int, { description: 'Percent of required lessons done' })
  async progressPercent(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<number> {
    return (await new EnrollmentService(ctx.em, ctx.clock).progress(requireActor(ctx), enrollment)).percent;
  }

  @FieldResolver(() => [ID])
  async doneLessonIds(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<string[]> {
    return (await new EnrollmentService(ctx.em, ctx.clock).progress(requireActor(ctx), enrollment)).doneLessonIds;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Every required lesson is done but the module is not completed, and why, as a code: POST_TEST_NOT_PASSED, POST_TEST_AWAITING_GRADE',
  })
  async completionRefusal(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<string | null> {
    if (enrollment.completedAt) return null;
    const progress = await new EnrollmentService(ctx.em, ctx.clock).progress(requireActor(ctx), enrollment);
    if (progress.doneRequired < progress.requiredLessons) return null;
    return completionRefusal(ctx.em, (await enrollment.module.load()) as CourseModule, enrollment.employee.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The first lesson not done yet' })
  async nextLessonId(@Root() enrollment: Enrollment, @Ctx() ctx: Context): Promise<string | null> {
    return (await new EnrollmentService(ctx.em, ctx.clock).progress(requireActor(ctx), enrollment)).nextLessonId;
  }
}

@Resolver(() => CompetencyGap)
export class GapRecommendationResolver {
  @FieldResolver(() => [ModuleRecommendation], { description: 'Published modules that build the missing levels, best first' })
  recommendedModules(@Root() gap: CompetencyGap, @Ctx() ctx: Context): Promise<ModuleRecommendation[]> {
    return recommendModules(ctx.em, gap.employee, gap.items);
  }
}
