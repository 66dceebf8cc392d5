import { randomUUID } from 'node:crypto';
import { type FilterQuery, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, type FieldError, NotFoundError } from '../../common/errors';
import { findPage, type Page, type PageInput } from '../../common/paging';
import { likePattern } from '../../common/text';
import { Competency } from '../competency/competency.entity';
import { StoredFile } from '../file/stored-file.entity';
import { Role } from '../../common/role';
import { User } from '../identity/user.entity';
import { jpOfMinutes } from '@komunitas-pintar/domain';
import { fitsModules } from '../record/jp-credit';
import { LearningForm } from '../record/learning-form.entity';
import { CreditMode } from '../record/record.enums';
import { readSetting } from '../setting/setting.service';
import { CourseModule, CourseSection, Lesson, ModuleCompetency } from './course-module.entity';
import type {
  CourseModuleFilter,
  CreateCourseModuleInput,
  ModuleCompetencyInput,
  SectionInput,
  UpdateCourseModuleInput,
} from './learning.inputs';
import { LessonKind, ModuleStatus } from './learning.enums';
import { EnrollmentService } from './enrollment.service';
import { learningPolicy } from './learning.policy';
import { completionPublishProblems } from './completion-rules';
import { lessonKindRules } from './lesson-kinds';

/** What a lesson of each kind must carry before its module can be published. */
function lessonProblems(lesson: Lesson, path: string): FieldError[] {
  const need = (ok: boolean, field: string, message: string) => (ok ? [] : [{ field: `${path}.${field}`, rule: 'REQUIRED', message }]);
  switch (lesson.kind) {
    case LessonKind.TEXT:
      return need(!!lesson.body?.trim(), 'body', `Lesson "${lesson.title}" has no text`);
    case LessonKind.VIDEO:
    case LessonKind.LINK:
      return need(!!lesson.url, 'url', `Lesson "${lesson.title}" has no link`);
    case LessonKind.FILE:
      return need(!!lesson.file, 'fileId', `Lesson "${lesson.title}" has no file`);
    default:
      // Kinds another module owns report their own problems (`LessonKindRules.publishProblems`).
      return [];
  }
}

/**
 * A module credits the JP it states, by itself, when it is completed: so its form of learning
 * must credit curriculum or actual JP (not JP per day, session or activity, nor as approved)
 * and must not need a learning report.
 */
function moduleFormProblem(form: LearningForm): FieldError | null {
  if (fitsModules(form)) return null;
  return {
    field: 'formId',
    rule: 'FORM_NOT_FOR_MODULES',
    params: { formId: form.id, formName: form.name, creditMode: form.creditMode, requiresReport: form.requiresReport },
    message: form.requiresReport
      ? `Form ${form.id} (${form.name}) needs a learning report, so a module cannot credit it`
      : `Form ${form.id} (${form.name}) credits JP ${form.creditMode.toLowerCase().replace('_', ' ')}, not the JP a module states`,
  };
}

/**
 * A form crediting ACTUAL time (e-learning, komunitas belajar) credits a module the JP it states,
 * so the module may not state more JP than its required lessons last: their minutes / the
 * minutes-per-JP setting, cut to one decimal as the ledger counts JP (never rounded up). Lessons without a
 * duration count no time. CURRICULUM forms keep the JP their curriculum states.
 */
function moduleJpProblem(module: CourseModule, form: LearningForm, lessons: Lesson[], minutesPerJp: number): FieldError | null {
  if (form.creditMode !== CreditMode.ACTUAL) return null;
  const minutes = lessons.filter((l) => l.required).reduce((s, l) => s + (l.durationMinutes ?? 0), 0);
  const durationJp = jpOfMinutes(minutes, minutesPerJp);
  if (module.jpValue <= durationJp) return null;
  return {
    field: 'jpValue',
    rule: 'JP_ABOVE_DURATION',
    params: { formId: form.id, formName: form.name, statedJp: module.jpValue, minutes, durationJp, minutesPerJp },
    message: `Form ${form.id} (${form.name}) credits actual time: the module states ${module.jpValue} JP, but its required lessons last ${minutes} minutes, which is ${durationJp} JP at ${minutesPerJp} minutes per JP`,
  };
}

/** User ids of a module's authors. Collection loads are batched per request, so lists stay cheap. */
export async function moduleAuthorIds(module: CourseModule): Promise<string[]> {
  return (await module.authors.load()).getIdentifiers() as string[];
}

/** Authoring and the catalog of course modules. */
export class CourseModuleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** A module the actor may change (they author it, or administer): NOT_FOUND or FORBIDDEN otherwise. */
  private async authoredModule(
    actor: Actor,
    id: string,
    verb: 'edit' | 'publish' | 'archive',
    populate: ('sections' | 'sections.lessons' | 'form')[] = [],
  ): Promise<CourseModule> {
    const module = await this.em.findOne(CourseModule, id, { populate });
    if (!module) throw new NotFoundError('Course module', id);
    assertCan(learningPolicy.edit(actor, await moduleAuthorIds(module)), `You may ${verb} only modules you author`);
    return module;
  }

  /** Published modules are open to all; otherwise it takes authorship, or an enrolment in an archived version. */
  async canRead(actor: Actor, module: CourseModule): Promise<boolean> {
    if (module.status === ModuleStatus.PUBLISHED) return true;
    const enrolled =
      module.status === ModuleStatus.ARCHIVED && !!(await new EnrollmentService(this.em, this.clock).myEnrollment(actor, module.id));
    return learningPolicy.read(actor, module, await moduleAuthorIds(module), enrolled);
  }

  async module(actor: Actor, id: string): Promise<CourseModule> {
    const module = await this.em.findOne(CourseModule, id);
    // Drafts of others do not exist for the viewer.
    if (!module || !(await this.canRead(actor, module))) throw new NotFoundError('Course module', id);
    return module;
  }

  async modules(actor: Actor, filter: CourseModuleFilter = {}, page: PageInput): Promise<Page<CourseModule>> {
    const where: FilterQuery<CourseModule> = {};
    const and: FilterQuery<CourseModule>[] = [];
    const search = filter.search?.trim();
    if (search) {
      const q = `%${likePattern(search)}%`;
      and.push({ $or: [{ title: { $ilike: q } }, { code: { $ilike: q } }] });
    }
    if (filter.competencyId) and.push({ competencies: { competency: filter.competencyId } });
    if (filter.form) where.form = filter.form;
    if (filter.minJp != null) and.push({ jpValue: { $gte: filter.minJp } });
    if (filter.maxJp != null) and.push({ jpValue: { $lte: filter.maxJp } });
    if (filter.mine) {
      and.push({ authors: actor.userId });
      if (filter.status) where.status = filter.status;
    } else if (filter.status && hasRole(actor, Role.ADMIN)) {
      where.status = filter.status;
    } else {
      where.status = ModuleStatus.PUBLISHED;
    }
    if (and.length) where.$and = and;
    return findPage(this.em, CourseModule, where, page, filter.mine ? { updatedAt: 'desc' } : { publishedAt: 'desc', title: 'asc' });
  }

  async create(actor: Actor, input: CreateCourseModuleInput): Promise<CourseModule> {
    assertCan(learningPolicy.create(actor), 'Only trainers and administrators author modules');
    const code = input.code.trim().toUpperCase();
    if (await this.em.count(CourseModule, { code, version: 1 })) {
      throw BadInputError.field('code', 'CODE_TAKEN', `Module code ${code} is already used`);
    }
    const module = this.em.create(CourseModule, {
      moduleKey: randomUUID(),
      version: 1,
      code,
      title: input.title.trim(),
      summary: input.summary.trim(),
      form: await this.form(input.formId),
      jpValue: input.jpValue,
      certifying: input.certifying,
      completionRequiresPostTest: input.completionRequiresPostTest ?? false,
      organiser: input.organiser?.trim() || null,
    });
    module.authors.add(this.em.getReference(User, actor.userId));
    await this.apply(actor, module, input, true);
    await this.em.flush();
    return module;
  }

  /** A form of learning a module may have (see `moduleFormProblem`). */
  private async form(id: number): Promise<LearningForm> {
    const form = await this.em.findOne(LearningForm, id);
    if (!form) throw BadInputError.field('formId', 'NOT_FOUND', `No form of learning ${id}`);
    const problem = moduleFormProblem(form);
    if (problem) throw new BadInputError([problem]);
    return form;
  }

  /**
   * The files a module may use: the author's own uploads (any upload for admins) and files some
   * version of this module already uses. Anything else answers NOT_FOUND, so authors cannot
   * publish, and thereby expose, other people's files.
   */
  private async checkFiles(actor: Actor, moduleKey: string, wanted: { id: string; field: string }[]): Promise<void> {
    if (!wanted.length) return;
    const ids = [...new Set(wanted.map((w) => w.id))];
    const usable = new Set(
      (await this.em.find(StoredFile, { id: { $in: ids }, ...(hasRole(actor, Role.ADMIN) ? {} : { uploadedBy: actor.userId }) })).map(
        (f) => f.id,
      ),
    );
    for (const l of await this.em.find(Lesson, { file: { $in: ids }, module: { moduleKey } }, { fields: ['file'] })) usable.add(l.file!.id);
    for (const m of await this.em.find(CourseModule, { cover: { $in: ids }, moduleKey }, { fields: ['cover'] })) usable.add(m.cover!.id);
    const problems = wanted
      .filter((w) => !usable.has(w.id))
      .map((w) => ({ field: w.field, rule: 'NOT_FOUND', message: 'No file you uploaded has this id' }));
    if (problems.length) throw new BadInputError(problems);
  }

  /** Sets competencies, outline and cover from the input, where given. */
  private async apply(
    actor: Actor,
    module: CourseModule,
    input: { competencies?: ModuleCompetencyInput[]; sections?: SectionInput[]; coverFileId?: string | null },
    isNew = false,
  ): Promise<void> {
    await this.checkFiles(actor, module.moduleKey, [
      ...(input.coverFileId ? [{ id: input.coverFileId, field: 'coverFileId' }] : []),
      ...(input.sections ?? []).flatMap((s, si) =>
        s.lessons.flatMap((l, li) => (l.fileId ? [{ id: l.fileId, field: `sections.${si}.lessons.${li}.fileId` }] : [])),
      ),
    ]);
    if (input.competencies) {
      const ids = input.competencies.map((c) => c.competencyId);
      if (new Set(ids).size !== ids.length) throw BadInputError.field('competencies', 'DUPLICATE', 'A competency appears twice');
      if ((await this.em.count(Competency, { id: { $in: ids } })) !== ids.length) {
        throw BadInputError.field('competencies', 'NOT_FOUND', 'A competency does not exist');
      }
      // Update rows in place: inserting a competency again before its old row is deleted would
      // break the (module, competency) unique key.
      if (!isNew) await module.competencies.init();
      const wanted = new Map(input.competencies.map((c) => [c.competencyId, c.level]));
      for (const row of module.competencies.getItems()) {
        const level = wanted.get(row.competency.id);
        if (level === undefined) {
          module.competencies.remove(row);
        } else {
          row.level = level;
          wanted.delete(row.competency.id);
        }
      }
      for (const [competencyId, level] of wanted) {
        module.competencies.add(this.em.create(ModuleCompetency, { module, competency: competencyId, level }));
      }
    }
    if (input.coverFileId !== undefined) {
      module.cover = input.coverFileId ? this.em.getReference(StoredFile, input.coverFileId, { wrapped: true }) : null;
    }
    if (input.sections) await this.replaceOutline(module, input.sections, isNew);
  }

  /** Replaces sections and lessons; lessons given with their id keep it. Only drafts get here. */
  private async replaceOutline(module: CourseModule, sections: SectionInput[], isNew: boolean): Promise<void> {
    const existing = new Map(isNew ? [] : (await this.em.find(Lesson, { module })).map((l) => [l.id, l] as const));
    if (!isNew) await module.sections.init();
    const keep = new Set<string>();
    const newSections: CourseSection[] = [];
    for (const [si, s] of sections.entries()) {
      const section = this.em.create(CourseSection, { module, title: s.title.trim(), sortOrder: si });
      for (const [li, l] of s.lessons.entries()) {
        const data = {
          section,
          module,
          title: l.title.trim(),
          kind: l.kind,
          body: l.kind === LessonKind.TEXT ? (l.body ?? '') : null,
          url: l.kind === LessonKind.VIDEO || l.kind === LessonKind.LINK ? (l.url ?? null) : null,
          file: l.kind === LessonKind.FILE && l.fileId ? this.em.getReference(StoredFile, l.fileId, { wrapped: true }) : null,
          durationMinutes: l.durationMinutes ?? null,
          required: l.required,
          sortOrder: li,
        };
        const current = l.id ? existing.get(l.id) : undefined;
        if (current && !keep.has(current.id)) {
          keep.add(current.id);
          this.em.assign(current, data);
        } else {
          this.em.create(Lesson, data);
        }
      }
      newSections.push(section);
    }
    for (const [id, lesson] of existing) if (!keep.has(id)) this.em.remove(lesson);
    if (!isNew) for (const old of module.sections.getItems()) this.em.remove(old);
    module.sections.set(newSections);
  }

  /** The editable draft of a module: itself when a draft, else a new version copied from it. */
  private async draftOf(module: CourseModule): Promise<CourseModule> {
    if (module.status === ModuleStatus.DRAFT) return module;
    if (module.status === ModuleStatus.ARCHIVED) {
      const newer = await this.em.count(CourseModule, { moduleKey: module.moduleKey, version: { $gt: module.version } });
      if (newer) throw new ConflictError('This version is archived; edit the newest version of the module');
    }
    const open = await this.em.findOne(CourseModule, { moduleKey: module.moduleKey, status: ModuleStatus.DRAFT });
    if (open) return open;
    const latest = await this.em.findOneOrFail(CourseModule, { moduleKey: module.moduleKey }, { orderBy: { version: 'desc' } });
    const source = await this.em.populate(module, ['authors', 'competencies', 'sections', 'sections.lessons']);
    const draft = this.em.create(CourseModule, {
      moduleKey: source.moduleKey,
      version: latest.version + 1,
      code: source.code,
      title: source.title,
      summary: source.summary,
      form: source.form,
      jpValue: source.jpValue,
      certifying: source.certifying,
      completionRequiresPostTest: source.completionRequiresPostTest,
      organiser: source.organiser,
      cover: source.cover ?? null,
    });
    draft.authors.set(source.authors.getItems());
    for (const c of source.competencies) this.em.create(ModuleCompetency, { module: draft, competency: c.competency, level: c.level });
    for (const s of source.sections) {
      const section = this.em.create(CourseSection, { module: draft, title: s.title, sortOrder: s.sortOrder });
      for (const l of s.lessons) {
        const copy = this.em.create(Lesson, {
          section,
          module: draft,
          title: l.title,
          kind: l.kind,
          body: l.body,
          url: l.url,
          file: l.file ?? null,
          durationMinutes: l.durationMinutes,
          required: l.required,
          sortOrder: l.sortOrder,
        });
        await lessonKindRules(l.kind)?.copyToDraft?.(this.em, l, copy);
      }
    }
    return draft;
  }

  /** Edits a module. Editing a published version edits (or starts) its next draft version, which is returned. */
  async update(actor: Actor, input: UpdateCourseModuleInput): Promise<CourseModule> {
    const module = await this.authoredModule(actor, input.id, 'edit');
    const draft = await this.draftOf(module);
    if (input.title !== undefined) draft.title = input.title.trim();
    if (input.summary !== undefined) draft.summary = input.summary.trim();
    if (input.formId !== undefined) draft.form = ref(await this.form(input.formId));
    if (input.jpValue !== undefined) draft.jpValue = input.jpValue;
    if (input.certifying != null) draft.certifying = input.certifying;
    if (input.completionRequiresPostTest != null) draft.completionRequiresPostTest = input.completionRequiresPostTest;
    if (input.organiser !== undefined) draft.organiser = input.organiser?.trim() || null;
    if (input.authorIds) {
      assertCan(hasRole(actor, Role.ADMIN), 'Only administrators change the authors');
      const trainers = await this.em.find(User, { id: { $in: input.authorIds } });
      if (trainers.length !== new Set(input.authorIds).size || trainers.some((u) => !u.roles.includes(Role.TRAINER))) {
        throw BadInputError.field('authorIds', 'NOT_TRAINER', 'Every author must be a trainer');
      }
      draft.authors.set(trainers);
    }
    await this.apply(actor, draft, input);
    await this.em.flush();
    return draft;
  }

  /**
   * Publishes a draft version; the version it replaces is archived (its learners keep it). Every
   * lesson needs its content, the form must suit modules, and a module of a form crediting actual
   * time may not state more JP than its required lessons last.
   */
  async publish(actor: Actor, id: string): Promise<CourseModule> {
    const module = await this.authoredModule(actor, id, 'publish', ['sections', 'sections.lessons', 'form']);
    if (!learningPolicy.isPublishable(module)) throw new ConflictError(`This module is ${module.status.toLowerCase()}, not a draft`);
    const lessons = module.sections
      .getItems()
      .flatMap((s, si) => s.lessons.getItems().map((l, li) => ({ l, path: `sections.${si}.lessons.${li}` })));
    const problems = lessons.flatMap(({ l, path }) => lessonProblems(l, path));
    for (const { l, path } of lessons) {
      const rules = lessonKindRules(l.kind);
      if (rules?.publishProblems) problems.push(...(await rules.publishProblems(this.em, l, path)));
    }
    if (!lessons.length) problems.push({ field: 'sections', rule: 'EMPTY', message: 'A module needs at least one lesson' });
    // Conditions of completion that other modules own (the post-test passed) check what they need.
    problems.push(...(await completionPublishProblems(this.em, module)));
    // Administrators may have changed the form's rule since the draft chose it.
    const form = module.form.getEntity();
    const formProblem = moduleFormProblem(form);
    if (formProblem) problems.unshift(formProblem);
    if (lessons.length && !formProblem) {
      const minutesPerJp = await readSetting(this.em, 'jp.minutesPerJp');
      const jpProblem = moduleJpProblem(
        module,
        form,
        lessons.map(({ l }) => l),
        minutesPerJp,
      );
      if (jpProblem) problems.push(jpProblem);
    }
    if (problems.length)
      throw new BadInputError(problems, `The module cannot be published yet: ${problems.map((p) => p.message).join('; ')}`);
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(
        CourseModule,
        { moduleKey: module.moduleKey, status: ModuleStatus.PUBLISHED },
        { status: ModuleStatus.ARCHIVED },
      );
      const published = tx.merge(module);
      published.status = ModuleStatus.PUBLISHED;
      published.publishedAt = this.clock.now();
    });
    return module;
  }

  /** Withdraws a published module from the catalog; enrolled learners keep it. */
  async archive(actor: Actor, id: string): Promise<CourseModule> {
    const module = await this.authoredModule(actor, id, 'archive');
    if (module.status !== ModuleStatus.PUBLISHED) throw new ConflictError('Only a published module can be archived');
    module.status = ModuleStatus.ARCHIVED;
    await this.em.flush();
    return module;
  }
}
