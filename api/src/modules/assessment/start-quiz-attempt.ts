import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { Lesson } from '../learning/course-module.entity';
import { Enrollment } from '../learning/enrollment.entity';
import { LessonKind } from '../learning/learning.enums';
import { isChoiceQuestion, type Question } from './question';
import { toQuestion } from './question.entity';
import { attemptDeadline, isOverdue, layOutAttempt, startRefusal } from './quiz-attempt';
import { Quiz, QuizAttempt } from './quiz.entity';
import { bankFor } from './quiz.service';
import { finishAttempt } from './finish-attempt';
import { AttemptEnd } from './assessment.enums';

const START_REFUSALS: Record<string, string> = {
  NOT_OPEN_YET: 'The quiz is not open yet',
  CLOSED: 'The quiz is closed',
  NO_ATTEMPTS_LEFT: 'You have used every attempt this quiz allows',
};

/**
 * Starts the learner's next attempt at a QUIZ lesson, or returns the open one (so a reload or
 * another device resumes the same paper). The paper is drawn and shuffled from a seed kept on the
 * attempt and copied onto it; the deadline is the earlier of start + time limit and close time.
 * Two starts at the same moment wait for each other and give one attempt.
 */
export async function startQuizAttempt(em: EntityManager, actor: Actor, lessonId: string, clock: Clock): Promise<string> {
  if (!actor.employeeId) throw new ForbiddenError('Only employees take quizzes');
  const employeeId = actor.employeeId;
  const lesson = await em.findOne(Lesson, lessonId);
  if (!lesson || lesson.kind !== LessonKind.QUIZ) throw new NotFoundError('Quiz', lessonId);
  return em.transactional(async (tx) => {
    const quiz = await tx.findOne(Quiz, { lesson: lesson.id });
    if (!quiz) throw new NotFoundError('Quiz', lessonId);
    await tx
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`quiz-start:${quiz.id}:${employeeId}`], 'all', tx.getTransactionContext());
    if (!(await tx.count(Enrollment, { employee: employeeId, module: lesson.module.id })))
      throw new ConflictError('Join the module before taking its quiz');
    const now = clock.now();
    const attempts = await tx.find(QuizAttempt, { quiz, employee: employeeId }, { orderBy: { number: 'desc' } });
    const open = attempts.find((a) => !a.finishedAt);
    if (open && !isOverdue(open.deadline ?? null, now)) return open.id;
    // Finished at its deadline, unless a submit got there first.
    if (open)
      await finishAttempt(tx, open.id, (locked) => (locked.deadline ? { at: locked.deadline, how: AttemptEnd.DEADLINE } : null), clock);
    const refusal = startRefusal(quiz, attempts.length, now);
    if (refusal) {
      const error = new ConflictError(START_REFUSALS[refusal]);
      error.extra.reason = refusal;
      throw error;
    }
    const { byId, inCategory } = await bankFor(tx, quiz.slots);
    const seed = randomUUID();
    const layout = layOutAttempt({
      slots: quiz.slots.filter((s) => !('questionId' in s) || byId.has(s.questionId)),
      questionsInCategory: inCategory,
      optionIdsOf: (id) => {
        const q = byId.get(id);
        const question = q && toQuestion(q);
        return question && isChoiceQuestion(question) ? question.options.map((o) => o.id) : undefined;
      },
      seed,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
    });
    if (layout.shortfall || layout.questionIds.length === 0)
      throw BadInputError.field('lessonId', 'QUIZ_NOT_READY', 'The quiz has too few questions to start; tell its trainer');
    const paper: Question[] = layout.questionIds.map((id) => toQuestion(byId.get(id)!));
    const attempt = tx.create(QuizAttempt, {
      quiz,
      employee: employeeId,
      number: (attempts[0]?.number ?? 0) + 1,
      seed,
      paper,
      optionOrder: layout.optionOrder,
      startedAt: now,
      deadline: attemptDeadline({ startedAt: now, timeLimitMinutes: quiz.timeLimitMinutes, closesAt: quiz.closesAt }),
    });
    const enrollment = await tx.findOneOrFail(Enrollment, { employee: employeeId, module: lesson.module.id });
    enrollment.lastActivityAt = now;
    await tx.flush();
    return attempt.id;
  });
}
