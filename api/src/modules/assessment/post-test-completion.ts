import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldError } from '../../common/errors';
import type { CourseModule } from '../learning/course-module.entity';
import { Lesson } from '../learning/course-module.entity';
import type { ModuleCompletionRule } from '../learning/completion-rules';
import { LessonKind } from '../learning/learning.enums';
import { QuizRole } from './assessment.enums';
import { Quiz, QuizAttempt } from './quiz.entity';
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
    for (const quiz of await postTestsOf(em, module)) {
      const attempts = await em.find(
        QuizAttempt,
        { quiz, employee: employeeId, finishedAt: { $ne: null } },
        { fields: ['finishedAt', 'percent', 'pending'] },
      );
      const grade = gradeOf(quiz, attempts);
      if (grade.passed === true) continue;
      return attempts.some((a) => a.pending) ? 'POST_TEST_AWAITING_GRADE' : 'POST_TEST_NOT_PASSED';
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
