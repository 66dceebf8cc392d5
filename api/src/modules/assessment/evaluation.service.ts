import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, assertCan } from '../../common/errors';
import { Role } from '../identity/role';
import { CourseModule } from '../learning/course-module.entity';
import { Enrollment } from '../learning/enrollment.entity';
import { DEFAULT_MIN_RESPONSES, aggregateEvaluation } from './evaluation';
import {
  CompletedGroup,
  DEFAULT_EVALUATION_ITEMS,
  EvaluationResponse,
  EvaluationSubmission,
  EvaluationTemplate,
  type EvaluationItem,
} from './evaluation.entity';
import {
  EVALUATION_LIMITS,
  type EvaluatedModule,
  type EvaluationAggregateFields,
  type EvaluationAnswerInput,
  type EvaluationItemInput,
  type EvaluationResults,
  type MyEvaluations,
  type SubmitEvaluationInput,
} from './evaluation.types';

/** What is evaluated: a module across its versions, or a completed community group. */
export type EvaluationSubject = { moduleKey: string } | { group: string };

/** What one participant answered, as kept without them. */
export interface KeptResponse {
  answers: Record<string, number>;
  comment: string | null;
}

export const TEMPLATE_KEY = 'default';

/** A conflict the client explains by `extensions.reason`. */
export function conflict(reason: 'ALREADY_EVALUATED' | 'NOT_COMPLETED', message: string): ConflictError {
  const error = new ConflictError(message);
  error.extra.reason = reason;
  return error;
}

/**
 * Kirkpatrick level 1: participants evaluate a module they completed, once; its trainers and the
 * administrators read the answers only through `aggregateEvaluation`, never one person's.
 */
export class EvaluationService {
  constructor(private readonly em: EntityManager) {}

  /** The administrator's form; the default one until they edit it (the migration seeds the same). */
  async template(): Promise<EvaluationItem[]> {
    const template = await this.em.findOne(EvaluationTemplate, { key: TEMPLATE_KEY });
    return template?.items ?? DEFAULT_EVALUATION_ITEMS.map((i) => ({ ...i }));
  }

  /** Replaces the form's statements; an item keeps its answers while its id is kept. */
  async updateTemplate(actor: Actor, items: EvaluationItemInput[]): Promise<EvaluationItem[]> {
    assertCan(hasRole(actor, Role.ADMIN), 'Only administrators edit the evaluation form');
    const template = await this.em.findOne(EvaluationTemplate, { key: TEMPLATE_KEY });
    const known = new Set((template?.items ?? DEFAULT_EVALUATION_ITEMS).map((i) => i.id));
    const seen = new Set<string>();
    const next = items.map((item, index): EvaluationItem => {
      if (item.id && !known.has(item.id)) throw BadInputError.field(`items.${index}.id`, 'UNKNOWN', 'Not an item of the form');
      if (item.id && seen.has(item.id)) throw BadInputError.field(`items.${index}.id`, 'DUPLICATE', 'The item is listed twice');
      const id = item.id ?? `i-${randomUUID().slice(0, 8)}`;
      seen.add(id);
      return { id, text: item.text.trim() };
    });
    if (template) template.items = next;
    else this.em.create(EvaluationTemplate, { key: TEMPLATE_KEY, items: next });
    await this.em.flush();
    return next;
  }

  /** The form, the completed modules the viewer has neither evaluated nor skipped, and the completed groups they took part in and have not evaluated. */
  async mine(actor: Actor): Promise<MyEvaluations> {
    const items = await this.template();
    const base = { items, commentMax: EVALUATION_LIMITS.commentMax };
    if (!actor.employeeId) throw new ForbiddenError('Only participants evaluate modules');
    const completed = await this.em.find(
      Enrollment,
      { employee: actor.employeeId, completedAt: { $ne: null } },
      { populate: ['module'], orderBy: { completedAt: 'desc' } },
    );
    const done = await this.em.find(
      EvaluationSubmission,
      { employee: actor.employeeId, moduleKey: { $ne: null } },
      { fields: ['moduleKey'] },
    );
    const answered = new Set(done.map((s) => s.moduleKey));
    const due = [];
    for (const e of completed) {
      const module = e.module.getEntity();
      if (answered.has(module.moduleKey)) continue;
      answered.add(module.moduleKey);
      due.push({ moduleId: module.id, title: module.title, completedAt: e.completedAt! });
    }
    const groups = await this.em
      .createQueryBuilder(CompletedGroup, 'g')
      .select(['g.id', 'g.name', 'g.completedAt'])
      .where('g.participant_ids @> ?::jsonb', [JSON.stringify([actor.employeeId])])
      .andWhere('not exists (select 1 from evaluation_submission s where s.group_id = g.id and s.employee_id = ?)', [actor.employeeId])
      .orderBy({ completedAt: 'desc', id: 'asc' })
      .getResultList();
    const dueGroups = groups.map((g) => ({ groupId: g.id, title: g.name, completedAt: g.completedAt }));
    return { ...base, due, dueGroups };
  }

  /** The module, and that the actor completed a version of it: FORBIDDEN or CONFLICT otherwise. */
  private async completedModule(actor: Actor, moduleId: string): Promise<CourseModule> {
    if (!actor.employeeId) throw new ForbiddenError('Only participants evaluate modules');
    const module = await this.em.findOne(CourseModule, { id: moduleId });
    if (!module) throw new NotFoundError('Module', moduleId);
    const completed = await this.em.count(Enrollment, {
      employee: actor.employeeId,
      module: { moduleKey: module.moduleKey },
      completedAt: { $ne: null },
    });
    if (!completed) throw conflict('NOT_COMPLETED', 'A module is evaluated after completing it');
    return module;
  }

  /**
   * The answers of a submitted evaluation, checked against the form: each item known and answered
   * once (1–5 is checked on the input), and at least one answer or a comment.
   */
  async answersOf(input: { answers: EvaluationAnswerInput[]; comment?: string | null }): Promise<KeptResponse> {
    const items = new Set((await this.template()).map((i) => i.id));
    const answers: Record<string, number> = {};
    input.answers.forEach((a, index) => {
      if (!items.has(a.itemId)) throw BadInputError.field(`answers.${index}.itemId`, 'UNKNOWN', 'Not an item of the form');
      if (a.itemId in answers) throw BadInputError.field(`answers.${index}.itemId`, 'DUPLICATE', 'The item is answered twice');
      answers[a.itemId] = a.value;
    });
    const comment = input.comment?.trim() || null;
    if (!Object.keys(answers).length && !comment)
      throw BadInputError.field('answers', 'REQUIRED', 'Answer at least one item or write a comment');
    return { answers, comment };
  }

  /**
   * Keeps the participant's one evaluation of the module: who answered and what they answered go
   * to two rows that nothing links, in one transaction. A second answer (or one after skipping) is
   * a CONFLICT, also when two arrive at once (the unique index decides).
   */
  async submit(actor: Actor, input: SubmitEvaluationInput): Promise<MyEvaluations> {
    const module = await this.completedModule(actor, input.moduleId);
    await this.keep(actor.employeeId!, { moduleKey: module.moduleKey }, await this.answersOf(input));
    return this.mine(actor);
  }

  /** The participant chooses not to evaluate the module; they are not asked again. */
  async skip(actor: Actor, moduleId: string): Promise<MyEvaluations> {
    const module = await this.completedModule(actor, moduleId);
    await this.keep(actor.employeeId!, { moduleKey: module.moduleKey }, null);
    return this.mine(actor);
  }

  /**
   * Keeps one employee's evaluation of a subject (a module or a completed group): the submission
   * (who, and that they answered or skipped: `response` null) and the response (what, without who)
   * in one transaction. A second one is a CONFLICT, reason `ALREADY_EVALUATED`.
   */
  async keep(employeeId: string, subject: EvaluationSubject, response: KeptResponse | null): Promise<void> {
    const exists = await this.em.count(EvaluationSubmission, { employee: employeeId, ...subject });
    if (exists) throw conflict('ALREADY_EVALUATED', 'This was already evaluated');
    await this.em.transactional(async (tx) => {
      tx.create(EvaluationSubmission, { employee: employeeId, ...subject, skipped: !response });
      if (response) tx.create(EvaluationResponse, { ...subject, ...response });
      await tx.flush();
    });
  }

  /**
   * A subject's responses in aggregate (`aggregateEvaluation`): the count alone until enough people
   * responded, then each item's mean and distribution and the comments, without names, in
   * alphabetical order rather than the order given.
   */
  async aggregate(subject: EvaluationSubject): Promise<EvaluationAggregateFields> {
    const template = await this.template();
    const responses = await this.em.find(EvaluationResponse, subject, { fields: ['answers', 'comment'] });
    const aggregate = aggregateEvaluation(
      template.map((i) => i.id),
      responses.map((r) => r.answers),
    );
    const head = { responses: responses.length, minResponses: DEFAULT_MIN_RESPONSES };
    if (!aggregate.released) return { ...head, released: false, items: [], comments: [] };
    const texts = new Map(template.map((i) => [i.id, i.text]));
    return {
      ...head,
      released: true,
      items: aggregate.items.map((i) => ({ ...i, text: texts.get(i.itemId) ?? '' })),
      comments: responses
        .map((r) => r.comment)
        .filter((c): c is string => !!c)
        .sort((a, b) => a.localeCompare(b, 'id')),
    };
  }

  /** Whether the actor sees the module's results: an author of a version of it, or an administrator. */
  private async trains(actor: Actor, moduleKey: string): Promise<boolean> {
    if (hasRole(actor, Role.ADMIN)) return true;
    if (!hasRole(actor, Role.TRAINER)) return false;
    return (await this.em.count(CourseModule, { moduleKey, authors: actor.userId })) > 0;
  }

  /** The module's evaluation in aggregate (items and comments only with enough responses). */
  async results(actor: Actor, moduleId: string): Promise<EvaluationResults> {
    const module = await this.em.findOne(CourseModule, { id: moduleId });
    if (!module) throw new NotFoundError('Module', moduleId);
    assertCan(await this.trains(actor, module.moduleKey), 'Only the module’s trainers and administrators see its evaluation');
    return { moduleId: module.id, title: module.title, ...(await this.aggregate({ moduleKey: module.moduleKey })) };
  }

  /** The modules whose evaluations the actor reads: a trainer's own, every evaluated one for administrators. */
  async evaluatedModules(actor: Actor): Promise<EvaluatedModule[]> {
    assertCan(hasRole(actor, Role.TRAINER, Role.ADMIN), 'Only trainers and administrators see evaluations');
    const counts = await this.em
      .getConnection()
      .execute<{ module_key: string; n: string }[]>(
        `select module_key, count(*) as n from evaluation_response where module_key is not null group by module_key`,
      );
    const byKey = new Map(counts.map((c) => [c.module_key, Number(c.n)]));
    const where = hasRole(actor, Role.ADMIN)
      ? { moduleKey: { $in: [...byKey.keys()] } }
      : {
          moduleKey: {
            $in: (await this.em.find(CourseModule, { authors: actor.userId }, { fields: ['moduleKey'] })).map((m) => m.moduleKey),
          },
        };
    const versions = await this.em.find(CourseModule, where, { orderBy: { title: 'asc', version: 'desc' } });
    const latest = new Map<string, CourseModule>();
    for (const m of versions) if (!latest.has(m.moduleKey)) latest.set(m.moduleKey, m);
    return [...latest.values()].map((m) => ({ moduleId: m.id, code: m.code, title: m.title, responses: byKey.get(m.moduleKey) ?? 0 }));
  }
}
