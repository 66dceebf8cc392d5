import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldError } from '../../common/errors';
import type { CourseModule } from '../learning/course-module.entity';
import { Lesson } from '../learning/course-module.entity';
import type { ModuleCompletionRule } from '../learning/completion-rules';
import { LessonKind } from '../learning/learning.enums';
import { QuizRole } from './assessment.enums';
import { instant, num, numOrNull, readRows } from '../../common/read-model';
import type { GradingMethod } from './quiz-grade';
import { Quiz } from './quiz.entity';
import { gradeOf } from './quiz.service';

/** The module's post-tests (quizzes in the POST_TEST role). */
async function postTestsOf(em: EntityManager, module: CourseModule): Promise<Quiz[]> {
  const lessons = await em.find(Lesson, { module: module.id, kind: LessonKind.QUIZ }, { fields: ['id'] });
  return lessons.length ? em.find(Quiz, { lesson: { $in: lessons.map((l) => l.id) }, role: QuizRole.POST_TEST }) : [];
}

/**
 * "Completing the module needs its post-test passed" (`CourseModule.completionRequiresPostTest`):
 * every post-test of the module must be passed by the learner's grade (`gradeOf`, the quiz's pass
 * mark). While an attempt that could pass waits for a trainer, the reason says so.
 */
export const postTestCompletionRule: ModuleCompletionRule = {
  async refusal(em, { module, employeeId }) {
    if (!module.completionRequiresPostTest) return null;
    // Each post-test of the module with the learner's finished attempts, in one statement.
    const postTests = await readRows<{
      grading_method: GradingMethod;
      pass_mark_percent: unknown;
      attempts: { finishedAt: string; percent: number | null; pending: boolean }[];
    }>(
      em,
      `select q.grading_method, q.pass_mark_percent,
              coalesce((select json_agg(json_build_object('finishedAt', a.finished_at, 'percent', a.percent, 'pending', a.pending))
                          from quiz_attempt a where a.quiz_id = q.id and a.employee_id = ? and a.finished_at is not null), '[]'::json) as attempts
         from quiz q join lesson l on l.id = q.lesson_id
        where l.module_id = ? and l.kind = ? and q.role = ?
        order by l.sort_order`,
      [employeeId, module.id, LessonKind.QUIZ, QuizRole.POST_TEST],
    );
    for (const quiz of postTests) {
      const attempts = quiz.attempts.map((a) => ({
        finishedAt: instant(a.finishedAt),
        percent: a.percent === null ? null : num(a.percent),
      }));
      const grade = gradeOf({ gradingMethod: quiz.grading_method, passMarkPercent: numOrNull(quiz.pass_mark_percent) }, attempts);
      if (grade.passed === true) continue;
      return quiz.attempts.some((a) => a.pending) ? 'POST_TEST_AWAITING_GRADE' : 'POST_TEST_NOT_PASSED';
    }
    return null;
  },
  async publishProblems(em, module): Promise<FieldError[]> {
    if (!module.completionRequiresPostTest || (await postTestsOf(em, module)).length) return [];
    return [
      {
        field: 'completionRequiresPostTest',
        rule: 'NO_POST_TEST',
        message: 'Completion needs the post-test passed, but no quiz of the module is a post-test',
      },
    ];
  },
};
