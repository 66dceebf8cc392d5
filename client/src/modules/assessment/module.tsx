import QuizOutlined from '@mui/icons-material/QuizOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import type { Role } from '../../gql/graphql';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const QuizPage = lazyPage(() => import('./pages/QuizPage'), 'QuizPage');
const QuizAttemptPage = lazyPage(() => import('./pages/QuizAttemptPage'), 'QuizAttemptPage');
/** Trainers' pages: learners do not download them. */
const QuestionBankPage = lazyPage(() => import('./pages/QuestionBankPage'), 'QuestionBankPage');
const QuizSettingsPage = lazyPage(() => import('./pages/QuizSettingsPage'), 'QuizSettingsPage');
const GradingPage = lazyPage(() => import('./pages/GradingPage'), 'GradingPage');
const EvaluationResultsPage = lazyPage(() => import('./pages/EvaluationResultsPage'), 'EvaluationResultsPage');
const EvaluationTemplatePage = lazyPage(() => import('./pages/EvaluationTemplatePage'), 'EvaluationTemplatePage');
const EvaluationDueCard = lazyPart(() => import('./components/EvaluationDueCard'), 'EvaluationDueCard');
const FollowUpCard = lazyPart(() => import('./components/FollowUpCard'), 'FollowUpCard');
const GroupEvaluationPart = lazyPart(() => import('./components/GroupEvaluationPart'), 'GroupEvaluationPart');
const ModuleEvaluationPart = lazyPart(() => import('./components/ModuleEvaluationPart'), 'ModuleEvaluationPart');

const TRAINERS: Role[] = ['TRAINER', 'ADMIN'];

/**
 * Quizzes learners take, the question banks, quiz settings and grading queue of trainers, and the
 * evaluations of modules and groups.
 */
export const assessmentModule = defineModule({
  name: 'assessment',
  routes: [
    { path: 'modul/:id/kuis/:lessonId', page: QuizPage },
    { path: 'kuis/percobaan/:attemptId', page: QuizAttemptPage },
    {
      path: 'pelatih/bank-soal',
      page: QuestionBankPage,
      roles: TRAINERS,
      nav: { label: 'nav.assessment.questionBank', icon: <QuizOutlined />, order: 25 },
    },
    { path: 'pelatih/kuis/:lessonId', page: QuizSettingsPage, roles: TRAINERS },
    {
      path: 'pelatih/penilaian',
      page: GradingPage,
      roles: TRAINERS,
      nav: { label: 'nav.assessment.grading', icon: <RateReviewOutlined />, order: 26 },
    },
    {
      path: 'pelatih/evaluasi',
      page: EvaluationResultsPage,
      roles: TRAINERS,
      nav: { label: 'nav.assessment.evaluation', icon: <InsightsOutlined />, order: 27, also: ['/admin/formulir-evaluasi'] },
    },
    { path: 'admin/formulir-evaluasi', page: EvaluationTemplatePage, roles: ['ADMIN'] },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['learning'],
  // Right after the learner's own card: the modules they completed and may evaluate.
  home: [
    { id: 'evaluations-due', employeeOnly: true, order: 11, component: EvaluationDueCard },
    { id: 'follow-ups', roles: ['SUPERVISOR'], order: 6, component: FollowUpCard },
  ],
  // On a completed group's page: its participants evaluate it, its trainer and monitor read the results.
  // Where a learner completed a module: its evaluation, asked at once.
  parts: [
    { id: 'group-evaluation', slot: 'communityGroup', order: 10, component: GroupEvaluationPart },
    { id: 'module-evaluation', slot: 'completedModule', order: 10, component: ModuleEvaluationPart },
  ],
});
