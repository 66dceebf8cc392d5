import QuizOutlined from '@mui/icons-material/QuizOutlined';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import type { Role } from '../../gql/graphql';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import id from './locales/id.json';

const QuizPage = lazyPage(() => import('./pages/QuizPage'), 'QuizPage');
const QuizAttemptPage = lazyPage(() => import('./pages/QuizAttemptPage'), 'QuizAttemptPage');
/** Trainers' pages: learners do not download them. */
const QuestionBankPage = lazyPage(() => import('./pages/QuestionBankPage'), 'QuestionBankPage');
const QuizSettingsPage = lazyPage(() => import('./pages/QuizSettingsPage'), 'QuizSettingsPage');
const GradingPage = lazyPage(() => import('./pages/GradingPage'), 'GradingPage');

const TRAINERS: Role[] = ['TRAINER', 'ADMIN'];

/** Quizzes learners take, and the question banks, quiz settings and grading queue of trainers. */
export const assessmentModule = defineModule({
  name: 'assessment',
  routes: [
    { path: 'modul/:id/kuis/:lessonId', page: QuizPage },
    { path: 'kuis/percobaan/:attemptId', page: QuizAttemptPage },
    {
      path: 'pelatih/bank-soal',
      page: QuestionBankPage,
      roles: TRAINERS,
      nav: { label: 'nav.questionBank', icon: <QuizOutlined />, order: 25 },
    },
    { path: 'pelatih/kuis/:lessonId', page: QuizSettingsPage, roles: TRAINERS },
    {
      path: 'pelatih/penilaian',
      page: GradingPage,
      roles: TRAINERS,
      nav: { label: 'assessment.nav.grading', icon: <RateReviewOutlined />, order: 26 },
    },
  ],
  locales: { id, en: () => import('./locales/en.json') },
});
