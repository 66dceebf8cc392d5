import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { assertCan, BadInputError, ConflictError, type FieldError, NotFoundError } from '../../common/errors';
import type { PageInput } from '../../common/paging';
import { likePattern } from '../../common/text';
import { Competency } from '../competency/competency.entity';
import { User } from '../identity/user.entity';
import type { ImportGiftInput, QuestionFilter, QuestionInput, UpdateQuestionInput } from './assessment.inputs';
import { assessmentPolicy } from './assessment.policy';
import type { BankQuestionPage, BankQuestionView, GiftImportResult, RubricView } from './assessment.types';
import { essayRubricProblems, type Rubric } from './rubric';
import { exportGift, type GiftItem } from './gift-export';
import { importGift } from './gift-import';
import { type QuestionContent, QuestionType, questionProblems } from './question';
import { BankQuestion, QuestionCategory, questionColumns, toQuestion } from './question.entity';
import { Quiz } from './quiz.entity';

const blankToUndefined = (text: string | null | undefined) => (text && /\S/.test(text) ? text : undefined);

/** The authored question from the form's input (fields of other types are left out). */
export function contentFromInput(input: QuestionInput): QuestionContent {
  const base = {
    title: blankToUndefined(input.title)?.trim(),
    text: input.text,
    points: input.points,
    generalFeedback: blankToUndefined(input.generalFeedback),
  };
  const answers = input.answers ?? [];
  switch (input.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE:
      return {
        ...base,
        type: input.type,
        options: (input.options ?? []).map((o) => ({
          id: o.id?.trim() || randomUUID().slice(0, 8),
          text: o.text,
          fraction: o.fraction,
          feedback: blankToUndefined(o.feedback),
        })),
      };
    case QuestionType.TRUE_FALSE:
      return {
        ...base,
        type: input.type,
        correct: input.correct ?? true,
        trueFeedback: blankToUndefined(input.trueFeedback),
        falseFeedback: blankToUndefined(input.falseFeedback),
      };
    case QuestionType.SHORT_ANSWER:
      return {
        ...base,
        type: input.type,
        answers: answers.map((a) => ({ text: a.text ?? '', fraction: a.fraction, feedback: blankToUndefined(a.feedback) })),
      };
    case QuestionType.NUMERIC:
      return {
        ...base,
        type: input.type,
        answers: answers.map((a) => ({
          value: a.value ?? Number.NaN,
          tolerance: a.tolerance ?? 0,
          fraction: a.fraction,
          feedback: blankToUndefined(a.feedback),
        })),
        otherFeedback: blankToUndefined(input.otherFeedback),
      };
    case QuestionType.ESSAY:
      return {
        ...base,
        type: input.type,
        graderNotes: blankToUndefined(input.graderNotes),
        ...(input.rubric && {
          rubric: {
            criteria: input.rubric.criteria.map((c) => ({
              id: c.id?.trim() || randomUUID().slice(0, 8),
              title: c.title.trim(),
              description: blankToUndefined(c.description),
              levels: c.levels.map((l) => ({
                id: l.id?.trim() || randomUUID().slice(0, 8),
                title: l.title.trim(),
                description: blankToUndefined(l.description),
                points: l.points,
              })),
            })),
          },
        }),
      };
  }
}

/** A rubric as trainers read it (bank and grading); null without one. */
export function rubricView(rubric: Rubric | undefined): RubricView | null {
  if (!rubric) return null;
  return {
    criteria: rubric.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description ?? null,
      levels: c.levels.map((l) => ({ id: l.id, title: l.title, description: l.description ?? null, points: l.points })),
    })),
  };
}

/** The trainer's view of a bank question (its key included). */
export function bankView(row: BankQuestion, category: QuestionCategory | null, competencies: Competency[]): BankQuestionView {
  const q = toQuestion(row) as unknown as QuestionContent & Record<string, unknown>;
  return {
    id: row.id,
    type: row.type,
    title: row.title ?? null,
    text: row.text,
    points: row.points,
    generalFeedback: (q.generalFeedback as string | undefined) ?? null,
    options: 'options' in q ? (q.options as BankQuestionView['options']) : null,
    correct: q.type === QuestionType.TRUE_FALSE ? q.correct : null,
    trueFeedback: (q.trueFeedback as string | undefined) ?? null,
    falseFeedback: (q.falseFeedback as string | undefined) ?? null,
    answers: 'answers' in q ? (q.answers as BankQuestionView['answers']) : null,
    otherFeedback: (q.otherFeedback as string | undefined) ?? null,
    graderNotes: (q.graderNotes as string | undefined) ?? null,
    rubric: q.type === QuestionType.ESSAY ? rubricView(q.rubric) : null,
    category,
    competencies,
    level: row.level ?? null,
    updatedAt: row.updatedAt,
  };
}

/** Question banks: categories, questions, GIFT import and export. Trainers own theirs. */
export class QuestionBankService {
  constructor(private readonly em: EntityManager) {}

  private ownerFilter(actor: Actor): { owner?: string } {
    return assessmentPolicy.ownBankItem(actor, '') ? {} : { owner: actor.userId };
  }

  async categories(actor: Actor): Promise<QuestionCategory[]> {
    assertCan(assessmentPolicy.useBank(actor), 'Only trainers keep a question bank');
    return this.em.find(QuestionCategory, this.ownerFilter(actor), { orderBy: { name: 'asc' } });
  }

  /** A category of the actor's (any, for admins): NOT_FOUND otherwise, so others' banks do not show. */
  async ownCategory(actor: Actor, id: string, field = 'categoryId'): Promise<QuestionCategory> {
    const category = await this.em.findOne(QuestionCategory, id);
    if (!category || !assessmentPolicy.ownBankItem(actor, category.owner.id))
      throw BadInputError.field(field, 'NOT_FOUND', 'No category of yours has this id');
    return category;
  }

  async createCategory(actor: Actor, name: string): Promise<QuestionCategory> {
    assertCan(assessmentPolicy.useBank(actor), 'Only trainers keep a question bank');
    const trimmed = name.trim();
    if (await this.em.count(QuestionCategory, { owner: actor.userId, name: trimmed })) {
      throw BadInputError.field('name', 'NAME_TAKEN', `You already have a category named ${trimmed}`);
    }
    const category = this.em.create(QuestionCategory, { owner: this.em.getReference(User, actor.userId), name: trimmed });
    await this.em.flush();
    return category;
  }

  async renameCategory(actor: Actor, id: string, name: string): Promise<QuestionCategory> {
    const category = await this.em.findOne(QuestionCategory, id);
    if (!category) throw new NotFoundError('Question category', id);
    assertCan(assessmentPolicy.ownBankItem(actor, category.owner.id), 'You may change only your own categories');
    const trimmed = name.trim();
    if (await this.em.count(QuestionCategory, { owner: category.owner.id, name: trimmed, id: { $ne: id } })) {
      throw BadInputError.field('name', 'NAME_TAKEN', `There is already a category named ${trimmed}`);
    }
    category.name = trimmed;
    await this.em.flush();
    return category;
  }

  /** Deletes a category; its questions stay, in no category. Refused while a quiz draws from it. */
  async deleteCategory(actor: Actor, id: string): Promise<QuestionCategory> {
    const category = await this.em.findOne(QuestionCategory, id);
    if (!category) throw new NotFoundError('Question category', id);
    assertCan(assessmentPolicy.ownBankItem(actor, category.owner.id), 'You may delete only your own categories');
    if (await this.usedInQuizzes({ categoryId: id }))
      throw new ConflictError('A quiz draws questions from this category; change the quiz first');
    this.em.remove(category);
    await this.em.flush();
    return category;
  }

  private usedInQuizzes(slot: { questionId: string } | { categoryId: string }): Promise<number> {
    return this.em.count(Quiz, { slots: { $contains: [slot] } } as FilterQuery<Quiz>);
  }

  async questions(actor: Actor, filter: QuestionFilter = {}, page: PageInput): Promise<BankQuestionPage> {
    assertCan(assessmentPolicy.useBank(actor), 'Only trainers keep a question bank');
    const where: FilterQuery<BankQuestion> = { ...this.ownerFilter(actor) };
    if (filter.categoryId) where.category = filter.categoryId;
    if (filter.type) where.type = filter.type;
    const search = filter.search?.trim();
    if (search) {
      const q = `%${likePattern(search)}%`;
      where.$or = [{ title: { $ilike: q } }, { text: { $ilike: q } }];
    }
    const [rows, total] = await this.em.findAndCount(BankQuestion, where, {
      orderBy: { updatedAt: 'desc', id: 'asc' },
      offset: page.offset,
      limit: page.limit,
      populate: ['category', 'competencies'],
    });
    return { items: rows.map((r) => this.view(r)), total, offset: page.offset, limit: page.limit };
  }

  private view(row: BankQuestion): BankQuestionView {
    return bankView(row, row.category?.getEntity() ?? null, row.competencies.isInitialized() ? row.competencies.getItems() : []);
  }

  /** A question of the actor's bank (any, for admins). */
  async ownQuestion(actor: Actor, id: string): Promise<BankQuestion> {
    const row = await this.em.findOne(BankQuestion, id, { populate: ['category', 'competencies'] });
    if (!row) throw new NotFoundError('Question', id);
    assertCan(assessmentPolicy.ownBankItem(actor, row.owner.id), 'You may use only your own questions');
    return row;
  }

  async question(actor: Actor, id: string): Promise<BankQuestionView> {
    return this.view(await this.ownQuestion(actor, id));
  }

  private async checked(
    actor: Actor,
    input: QuestionInput,
  ): Promise<{ content: QuestionContent; category: QuestionCategory | null; competencies: Competency[] }> {
    const content = contentFromInput(input);
    const problems: FieldError[] = questionProblems(content);
    if (content.type === QuestionType.ESSAY && content.rubric) problems.push(...essayRubricProblems(content.points, content.rubric));
    if (problems.length) throw new BadInputError(problems);
    const category = input.categoryId ? await this.ownCategory(actor, input.categoryId) : null;
    const ids = [...new Set(input.competencyIds ?? [])];
    const competencies = ids.length ? await this.em.find(Competency, { id: { $in: ids } }) : [];
    if (competencies.length !== ids.length) throw BadInputError.field('competencyIds', 'NOT_FOUND', 'A competency does not exist');
    return { content, category, competencies };
  }

  async create(actor: Actor, input: QuestionInput): Promise<BankQuestionView> {
    assertCan(assessmentPolicy.useBank(actor), 'Only trainers keep a question bank');
    const { content, category, competencies } = await this.checked(actor, input);
    const row = this.em.create(BankQuestion, {
      owner: this.em.getReference(User, actor.userId),
      category,
      level: input.level ?? null,
      ...questionColumns(content),
    });
    row.competencies.set(competencies);
    await this.em.flush();
    return bankView(row, category, competencies);
  }

  /** Changes a question. Attempts already started keep the question as it was when they started. */
  async update(actor: Actor, input: UpdateQuestionInput): Promise<BankQuestionView> {
    const row = await this.ownQuestion(actor, input.id);
    const { content, category, competencies } = await this.checked(actor, input);
    this.em.assign(row, { ...questionColumns(content), category, level: input.level ?? null });
    row.competencies.set(competencies);
    await this.em.flush();
    return bankView(row, category, competencies);
  }

  /** Deletes a question no quiz names (finished attempts keep their copy). */
  async delete(actor: Actor, id: string): Promise<BankQuestionView> {
    const row = await this.ownQuestion(actor, id);
    if (await this.usedInQuizzes({ questionId: id })) throw new ConflictError('A quiz uses this question; take it out of the quiz first');
    const view = this.view(row);
    this.em.remove(row);
    await this.em.flush();
    return view;
  }

  /**
   * Imports GIFT text into the actor's bank: each readable, valid question is added (into the
   * category its `$CATEGORY:` names, created when missing, else `categoryId`); each other question
   * comes back as an error with its line. All imported in one transaction.
   */
  async importGift(actor: Actor, input: ImportGiftInput): Promise<GiftImportResult> {
    assertCan(assessmentPolicy.useBank(actor), 'Only trainers keep a question bank');
    const fallback = input.categoryId ? await this.ownCategory(actor, input.categoryId) : null;
    const read = importGift(input.text);
    return this.em.transactional(async (tx) => {
      const owner = tx.getReference(User, actor.userId);
      const byName = new Map((await tx.find(QuestionCategory, { owner: actor.userId })).map((c) => [c.name, c]));
      const created: QuestionCategory[] = [];
      for (const item of read.questions) {
        let category = fallback ? tx.merge(fallback) : null;
        if (item.category?.length) {
          const name = item.category.join(' / ');
          category = byName.get(name) ?? null;
          if (!category) {
            category = tx.create(QuestionCategory, { owner, name });
            byName.set(name, category);
            created.push(category);
          }
        }
        tx.create(BankQuestion, { owner, category, ...questionColumns(item.question) });
      }
      await tx.flush();
      return {
        imported: read.questions.length,
        errors: read.errors.map((e) => ({ line: e.line, code: e.code, message: e.message, title: e.title ?? null })),
        categoriesCreated: created,
      };
    });
  }

  /** The actor's questions (of one category, or all) as GIFT text, with `$CATEGORY:` lines. */
  async exportGift(actor: Actor, categoryId?: string | null): Promise<string> {
    assertCan(assessmentPolicy.useBank(actor), 'Only trainers keep a question bank');
    const where: FilterQuery<BankQuestion> = { owner: actor.userId };
    if (categoryId) where.category = (await this.ownCategory(actor, categoryId)).id;
    const rows = await this.em.find(BankQuestion, where, {
      populate: ['category'],
      orderBy: { category: { name: 'asc nulls first' }, createdAt: 'asc', id: 'asc' },
    });
    const items: GiftItem[] = rows.map((r) => ({
      question: toQuestion(r),
      ...(r.category ? { category: r.category.getEntity().name.split(' / ') } : {}),
    }));
    return exportGift(items);
  }
}
