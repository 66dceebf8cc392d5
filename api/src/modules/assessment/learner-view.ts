/**
 * The only shape of a question a learner may receive during an open attempt. It is built field by
 * field from an allow-list, never by copying the question and deleting keys, so a field added to
 * the bank later stays on the server until someone adds it here on purpose.
 */
import { type Question, QuestionType, isChoiceQuestion } from './question';

/** An option as a learner sees it: no fraction, no feedback. */
export interface LearnerOption {
  id: string;
  text: string;
}

/**
 * A question as a learner sees it: its text, type and points, and for choice questions the
 * options' ids and texts in the attempt's order. No title, fractions, feedback, accepted answers,
 * values, tolerances or grader notes.
 */
export interface LearnerQuestion {
  id: string;
  type: QuestionType;
  text: string;
  points: number;
  /** Choice questions only. */
  options?: LearnerOption[];
}

/**
 * Orders `items` by `order` (ids); items the order does not name follow in their own order, ids
 * the order names that no item has are skipped.
 */
export function inOrder<T extends { id: string }>(items: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = order.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const named = new Set(order);
  return [...ordered, ...items.filter((item) => !named.has(item.id))];
}

/**
 * What may be sent to a learner of `question`, with options in `optionOrder` (the attempt's
 * shuffled order of option ids; authored order when omitted).
 */
export function learnerView(question: Question, optionOrder?: readonly string[]): LearnerQuestion {
  const view: LearnerQuestion = { id: question.id, type: question.type, text: question.text, points: question.points };
  if (isChoiceQuestion(question)) {
    view.options = inOrder(question.options, optionOrder).map((option) => ({ id: option.id, text: option.text }));
  }
  return view;
}
