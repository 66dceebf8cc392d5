import { onDomainEvent } from '../../common/events';
import { defineModule } from '../../common/module';
import { registerFileReader } from '../file/file-readers';
import { readQuestionFile } from './assessment-files';
import { LessonKind } from '../learning/learning.enums';
import { registerCompletionRule } from '../learning/completion-rules';
import { registerLessonKind } from '../learning/lesson-kinds';
import { postTestCompletionRule } from './post-test-completion';
import { seedAssessmentDemo } from './assessment.demo';
import { GradingResolver, LessonQuizResolver, QuestionBankResolver, QuizResolver } from './assessment.resolver';
import { CompletedGroup, CompetencyFollowUp, EvaluationResponse, EvaluationSubmission, EvaluationTemplate } from './evaluation.entity';
import { EvaluationResolver, FollowUpResolver, GroupEvaluationResolver } from './evaluation.resolver';
import { keepCompletedGroup } from './group-evaluation.service';
import { BankQuestion, QuestionCategory } from './question.entity';
import { Quiz, QuizAnswer, QuizAttempt } from './quiz.entity';
import { quizProblems } from './quiz.service';
import { finishOverdueAttempts } from './finish-attempt';

/**
 * A QUIZ lesson is done when its quiz is passed (a pre-test when finished), never by marking it;
 * a module cannot be published while a quiz lacks questions; a new draft version copies its quizzes.
 */
function registerQuizLessons(): void {
  registerLessonKind(LessonKind.QUIZ, {
    learnerCompletes: false,
    async publishProblems(em, lesson, path) {
      return quizProblems(em, await em.findOne(Quiz, { lesson: lesson.id }), path, lesson.title);
    },
    async copyToDraft(em, from, to) {
      const quiz = await em.findOne(Quiz, { lesson: from.id });
      if (!quiz) return;
      const { id: _id, createdAt: _c, updatedAt: _u, lesson: _l, ...settings } = quiz;
      em.create(Quiz, { ...settings, slots: [...quiz.slots], lesson: to });
    },
  });
}

export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [
    QuestionCategory,
    BankQuestion,
    Quiz,
    QuizAttempt,
    QuizAnswer,
    EvaluationTemplate,
    CompletedGroup,
    EvaluationSubmission,
    EvaluationResponse,
    CompetencyFollowUp,
  ],
  resolvers: [
    QuestionBankResolver,
    QuizResolver,
    LessonQuizResolver,
    GradingResolver,
    EvaluationResolver,
    GroupEvaluationResolver,
    FollowUpResolver,
  ],
  register() {
    registerQuizLessons();
    // A module may need its post-test passed to complete: learning asks this rule.
    registerCompletionRule('assessment.postTest', postTestCompletionRule);
    registerFileReader('assessment.questionFile', readQuestionFile);
    // A completed community group is evaluated by its participants and has a learning gain.
    onDomainEvent('groupCompleted', (event, { em }) => keepCompletedGroup(em, event));
  },
  seedDemo: seedAssessmentDemo,
  jobs: [
    {
      // Reading or answering an overdue attempt finishes it too; this catches those nobody comes back to.
      name: 'finish overdue quiz attempts',
      everyMs: 30_000,
      run: ({ orm, clock }) => finishOverdueAttempts(orm.em.fork(), clock),
    },
  ],
});
