import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { NotFoundError } from '../../common/errors';
import { renderMarkdown } from '../learning/markdown';
import { AttemptStatus } from './assessment.enums';
import { assessmentPolicy } from './assessment.policy';
import type { AttemptQuestion, QuizAttemptView } from './assessment.types';
import { learnerView } from './learner-view';
import { type AttemptItem, reviewQuestion, reviewVisibility } from './review-policy';
import { passes } from './quiz-grade';
import { reviewPolicyOf } from './quiz.service';
import type { AnswerFacts, AttemptFacts, QuizFacts } from './attempt-facts';
import { finishIfOverdue, readAttempt } from './finish-attempt';
import { isOverdue } from './quiz-attempt';

/** A text of a question as HTML (`renderMarkdown` keeps the texts it has rendered). */
const html = (markdown: string): string => renderMarkdown(markdown).trim();

/**
 * An attempt as its learner may see it at `now`. While it is open: each question only through
 * `learnerView` (text, type, points, options' ids and texts in the attempt's order) and the
 * learner's own saved responses; nothing scored, no feedback, no key. Once finished: what the
 * quiz's review policy shows at `now` (`reviewQuestion`), hidden parts null. A change a trainer
 * made to a released grade is shown with the trainer's name (`names`, by user id) when scores show.
 */
export function attemptView(
  attempt: AttemptFacts,
  quiz: QuizFacts,
  lesson: { id: string; title: string; moduleId: string },
  answers: AnswerFacts[],
  now: Date,
  names: ReadonlyMap<string, string> = new Map(),
): QuizAttemptView {
  const finished = !!attempt.finishedAt;
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const visibility = reviewVisibility(reviewPolicyOf(quiz), { attemptFinished: finished, now, closesAt: quiz.closesAt });
  const questions: AttemptQuestion[] = attempt.paper.map((question, i) => {
    const saved = byQuestion.get(question.id);
    const response = saved && Object.keys(saved.response).length ? saved.response : null;
    const base = learnerView(question, attempt.optionOrder[question.id]);
    const view: AttemptQuestion = {
      id: base.id,
      number: i + 1,
      type: base.type,
      textHtml: html(base.text),
      points: base.points,
      options: base.options?.map((o) => ({ id: o.id, textHtml: html(o.text) })) ?? null,
      response: response && {
        optionIds: response.optionIds ? [...response.optionIds] : null,
        truth: response.truth ?? null,
        text: response.text ?? null,
      },
      revision: saved?.revision ?? 0,
    };
    if (!finished || !saved?.result) return view;
    const item: AttemptItem = { question, response, result: saved.result, optionOrder: attempt.optionOrder[question.id] };
    const review = reviewQuestion(item, visibility);
    return {
      ...view,
      graded: review.graded,
      score: review.score ?? null,
      outcome: review.outcome ?? null,
      feedbackHtml: review.feedback?.map(html) ?? null,
      rightAnswer: review.rightAnswer ?? null,
      gradeChanges: visibility.score
        ? (saved.gradeHistory ?? []).map((h) => ({
            changedAt: new Date(h.changedAt),
            changedByName: names.get(h.changedBy) ?? '',
            reason: h.reason,
            previousScore: h.previous.score,
            nextScore: h.next.score,
          }))
        : null,
    };
  });
  const total =
    visibility.score && finished
      ? { score: attempt.score ?? 0, maxScore: attempt.maxScore ?? 0, percent: attempt.percent ?? null, pending: attempt.pending }
      : null;
  const secondsLeft = !finished && attempt.deadline ? Math.max(0, Math.floor((attempt.deadline.getTime() - now.getTime()) / 1000)) : null;
  return {
    id: attempt.id,
    number: attempt.number,
    status: finished ? AttemptStatus.FINISHED : AttemptStatus.OPEN,
    lessonId: lesson.id,
    moduleId: lesson.moduleId,
    title: lesson.title,
    role: quiz.role,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline ?? null,
    secondsLeft,
    finishedAt: attempt.finishedAt ?? null,
    finishedHow: attempt.finishedHow ?? null,
    questions,
    visibility,
    total,
    passed: total && quiz.passMarkPercent != null ? passes({ percent: total.percent, pending: total.pending }, quiz.passMarkPercent) : null,
  };
}

/**
 * The viewer's own attempt (anyone else's answers NOT_FOUND, so attempts of others cannot be told
 * from ids that do not exist). An open attempt past its deadline is finished first. A read model:
 * the attempt with its quiz, lesson, answers and the names of grade changers as plain rows in one
 * statement (`readAttempt`), read again only when it was just finished.
 */
export async function quizAttempt(em: EntityManager, actor: Actor, id: string, clock: Clock): Promise<QuizAttemptView> {
  let loaded = await readAttempt(em, id);
  if (!loaded || !assessmentPolicy.takeAttempt(actor, loaded.attempt.employeeId)) throw new NotFoundError('Quiz attempt', id);
  if (!loaded.attempt.finishedAt && isOverdue(loaded.attempt.deadline ?? null, clock.now())) {
    await finishIfOverdue(em, id, clock);
    loaded = (await readAttempt(em, id))!;
  }
  return attemptView(loaded.attempt, loaded.quiz, loaded.lesson, loaded.answers, clock.now(), loaded.names);
}
