import { Collection, DecimalType, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Competency } from '../competency/competency.entity';
import { User } from '../identity/user.entity';
import type { Question, QuestionContent } from './question';
import { QuestionType } from './question';

/** A folder of a trainer's bank; quizzes draw questions at random from one. */
@ObjectType()
@Entity()
@Unique({ properties: ['owner', 'name'] })
export class QuestionCategory extends BaseEntity {
  @ManyToOne(() => User, { ref: true })
  owner!: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  name!: string;
}

/**
 * A question of a trainer's bank. Type-specific parts (options with their fractions, accepted
 * answers, feedback, grader notes) are kept as one JSON document in the shape of `question.ts`;
 * they reach trainers only, through `BankQuestionResolver`, never learners.
 */
@Entity()
@Index({ properties: ['owner', 'category'] })
export class BankQuestion extends BaseEntity {
  @ManyToOne(() => User, { ref: true })
  owner!: Ref<User>;

  @ManyToOne(() => QuestionCategory, { ref: true, nullable: true, deleteRule: 'set null' })
  category?: Ref<QuestionCategory> | null;

  @Enum({ items: () => QuestionType, type: 'text' })
  type!: QuestionType;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: new DecimalType('number'), precision: 7, scale: 2 })
  points!: number;

  /** The rest of the question (`QuestionContent` less type, title, text and points). */
  @Property({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @ManyToMany(() => Competency, undefined, { pivotTable: 'bank_question_competency' })
  competencies = new Collection<Competency>(this);

  /** The competency level (1–5) the question tests, if given. */
  @Property({ type: 'smallint', nullable: true })
  level?: number | null;
}

/** The question as the scoring rules read it. */
export function toQuestion(row: BankQuestion): Question {
  return {
    ...(row.content as object),
    id: row.id,
    type: row.type,
    title: row.title ?? undefined,
    text: row.text,
    points: row.points,
  } as Question;
}

/** Splits authored content into the entity's columns. */
export function questionColumns(question: QuestionContent): Pick<BankQuestion, 'type' | 'title' | 'text' | 'points' | 'content'> {
  const { type, title, text, points, ...content } = question;
  return { type, title: title?.trim() || null, text, points, content: JSON.parse(JSON.stringify(content)) as Record<string, unknown> };
}
