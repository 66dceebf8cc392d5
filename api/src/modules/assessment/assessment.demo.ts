import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/dates';
import { fixedClock } from '../../common/dates';
import type { DemoSeedContext } from '../../common/module';
import { toActor } from '../identity/identity.service';
import { User } from '../identity/user.entity';
import { CourseModule } from '../learning/course-module.entity';
import { CourseModuleService } from '../learning/course-module.service';
import { EnrollmentService } from '../learning/enrollment.service';
import { LessonKind } from '../learning/learning.enums';
import { QuizRole, ReviewTiming } from './assessment.enums';
import { attemptView } from './attempt-view';
import { QuestionBankService } from './question-bank.service';
import type { GradeResponseInput, QuestionInput } from './assessment.inputs';
import { gradeResponse } from './grading';
import type { Rubric } from './rubric';
import { QuestionType } from './question';
import { Quiz, QuizAnswer, QuizAttempt } from './quiz.entity';
import { QuizService } from './quiz.service';
import { saveQuizAnswer } from './save-quiz-answer';
import { startQuizAttempt } from './start-quiz-attempt';
import { submitQuizAttempt } from './submit-quiz-attempt';
import { GradingMethod } from './quiz-grade';
import { CompletedGroup, EvaluationSubmission } from './evaluation.entity';
import { GroupEvaluationService } from './group-evaluation.service';
import { Employee } from '../organisation/employee.entity';

const CODE = 'AKH-01';
const DAY = 24 * 60 * 60_000;

/** The demo bank: the core values of ASN (BerAKHLAK, SE MenPANRB 20/2021), in every scored type. */
const QUESTIONS: Omit<QuestionInput, 'categoryId'>[] = [
  {
    type: QuestionType.SINGLE_CHOICE,
    title: 'Kepanjangan BerAKHLAK',
    text: 'Nilai dasar ASN **BerAKHLAK** adalah singkatan dari …',
    points: 1,
    options: [
      {
        id: 'a',
        text: 'Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif',
        fraction: 1,
        feedback: 'Tepat. Tujuh nilai ini berlaku untuk seluruh ASN sejak 2021.',
      },
      { id: 'b', text: 'Berintegritas, Amanah, Kreatif, Harmonis, Loyal, Aktif, Kompak', fraction: 0 },
      { id: 'c', text: 'Beriman, Adil, Kompeten, Hormat, Loyal, Amanah, Kerja keras', fraction: 0 },
    ],
    generalFeedback: 'BerAKHLAK ditetapkan melalui SE Menteri PANRB Nomor 20 Tahun 2021.',
  },
  {
    type: QuestionType.MULTIPLE_CHOICE,
    title: 'Perilaku berorientasi pelayanan',
    text: 'Pilih **semua** perilaku yang mencerminkan nilai *Berorientasi Pelayanan*.',
    points: 2,
    options: [
      { id: 'a', text: 'Memahami dan memenuhi kebutuhan masyarakat', fraction: 0.5 },
      { id: 'b', text: 'Ramah, cekatan, solutif dan dapat diandalkan', fraction: 0.5 },
      { id: 'c', text: 'Mendahulukan pemohon yang dikenal', fraction: -0.5, feedback: 'Ini bertentangan dengan pelayanan yang adil.' },
      { id: 'd', text: 'Menunda layanan sampai atasan hadir', fraction: -0.5 },
    ],
  },
  {
    type: QuestionType.TRUE_FALSE,
    title: 'Akuntabel',
    text: 'Menggunakan kendaraan dinas untuk keperluan pribadi di hari libur sejalan dengan nilai *Akuntabel*.',
    points: 1,
    correct: false,
    falseFeedback: 'Benar, barang milik negara dipakai secara bertanggung jawab dan hanya untuk kedinasan.',
    trueFeedback: 'Barang milik negara hanya dipakai untuk kedinasan.',
  },
  {
    type: QuestionType.SHORT_ANSWER,
    title: 'Nilai yang mendorong kerja sama',
    text: 'Nilai BerAKHLAK apa yang berarti *membangun kerja sama yang sinergis*? (satu kata)',
    points: 1,
    answers: [
      { text: 'Kolaboratif', fraction: 1 },
      { text: 'Kolaborasi', fraction: 1 },
    ],
  },
  {
    type: QuestionType.NUMERIC,
    title: 'Jumlah nilai dasar',
    text: 'Berapa banyak nilai dasar dalam BerAKHLAK?',
    points: 1,
    answers: [{ value: 7, tolerance: 0, fraction: 1 }],
    otherFeedback: 'Hitung huruf kapital pada singkatannya: B-A-K-H-L-A-K.',
  },
  {
    type: QuestionType.SINGLE_CHOICE,
    title: 'Adaptif',
    text: 'Sebuah aplikasi layanan baru diluncurkan. Sikap yang mencerminkan nilai *Adaptif* adalah …',
    points: 1,
    options: [
      { id: 'a', text: 'Mempelajari aplikasi itu dan membantu rekan yang kesulitan', fraction: 1 },
      { id: 'b', text: 'Tetap memakai formulir kertas karena sudah terbiasa', fraction: 0 },
      {
        id: 'c',
        text: 'Menunggu pelatihan resmi sebelum mencoba',
        fraction: 0.5,
        feedback: 'Boleh, tetapi sikap adaptif berinisiatif lebih dulu.',
      },
    ],
  },
  {
    type: QuestionType.ESSAY,
    title: 'Refleksi nilai di unit kerja',
    text: 'Ceritakan satu kejadian di unit kerja Anda ketika nilai *Harmonis* diuji, dan apa yang Anda lakukan.',
    points: 5,
    graderNotes: 'Cari situasi nyata, tindakan yang menghargai perbedaan, dan hasilnya bagi layanan.',
    rubric: {
      criteria: [
        {
          title: 'Situasi nyata',
          levels: [
            { title: 'Tidak ada', points: 0 },
            { title: 'Umum', points: 1 },
            { title: 'Nyata dan jelas', points: 2 },
          ],
        },
        {
          title: 'Tindakan yang menghargai perbedaan',
          levels: [
            { title: 'Belum tampak', points: 0 },
            { title: 'Sebagian', points: 1 },
            { title: 'Tampak jelas', points: 2 },
          ],
        },
        {
          title: 'Hasil bagi layanan',
          levels: [
            { title: 'Tidak disebut', points: 0 },
            { title: 'Disebut', points: 1 },
          ],
        },
      ],
    },
  },
];

/** What demo employees wrote in the reflection task (the essay above). */
const REFLECTIONS = [
  'Di loket pelayanan KTP ada warga lansia yang hanya berbahasa Madura. Rekan saya sempat kesal karena antrean panjang. Saya meminta rekan dari bagian lain yang fasih berbahasa Madura membantu, sehingga berkas beliau selesai hari itu dan antrean tetap berjalan.',
  'Dalam rapat persiapan bimtek, dua bidang berbeda pendapat soal jadwal. Saya mengusulkan agar masing-masing menyampaikan alasannya dulu, lalu kami memilih jadwal yang paling sedikit mengganggu layanan.',
  'Ada pegawai baru dari luar daerah yang sering disalahpahami karena logatnya. Saya mengajaknya makan siang bersama tim dan menjelaskan kebiasaan kantor kami.',
  'Saat musrenbang kecamatan, warga dari dua desa berdebat soal prioritas jalan. Saya mencatat usulan keduanya dengan adil dan menyampaikannya ke camat apa adanya.',
];

const LESSON_TEXT = [
  '## Tujuh nilai dasar ASN\n\nSejak 2021 seluruh ASN memakai satu *core values*: **BerAKHLAK** — Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif dan Kolaboratif. Setiap nilai dijabarkan menjadi perilaku yang dapat diamati atasan, rekan dan masyarakat.\n\n- **Berorientasi Pelayanan**: memahami kebutuhan masyarakat, ramah, cekatan, solutif.\n- **Akuntabel**: jujur, bertanggung jawab, memakai barang milik negara secara tepat.\n- **Kompeten**: terus belajar dan membantu orang lain belajar.',
  '## Nilai dalam kerja sehari-hari\n\n- **Harmonis**: menghargai setiap orang apa pun latar belakangnya.\n- **Loyal**: setia pada Pancasila, UUD 1945 dan pemerintahan yang sah; menjaga rahasia jabatan.\n- **Adaptif**: cepat menyesuaikan diri dan berinisiatif menghadapi perubahan.\n- **Kolaboratif**: membangun kerja sama yang sinergis lintas unit.\n\nDi Kabupaten Sidoarjo nilai ini dipakai dalam penilaian perilaku kerja pada SKP.',
];

/**
 * Responses a demo learner of a given skill gives: the right answer with probability `skill`,
 * otherwise a typical mistake (deterministic per learner and question).
 */
function demoResponse(
  type: string,
  options: { id: string }[] | null | undefined,
  right: boolean,
): { optionIds?: string[]; truth?: boolean; text?: string } {
  switch (type) {
    case QuestionType.SINGLE_CHOICE:
      return { optionIds: [right ? 'a' : (options?.[1]?.id ?? 'b')] };
    case QuestionType.MULTIPLE_CHOICE:
      return { optionIds: right ? ['a', 'b'] : ['a', 'c'] };
    case QuestionType.TRUE_FALSE:
      return { truth: !right };
    case QuestionType.SHORT_ANSWER:
      return { text: right ? 'kolaboratif' : 'harmonis' };
    case QuestionType.NUMERIC:
      return { text: right ? '7' : '8' };
    default:
      return {};
  }
}

async function takeQuiz(
  em: EntityManager,
  actor: ReturnType<typeof toActor>,
  lessonId: string,
  at: Date,
  skill: number,
  salt: number,
  clock: Clock,
): Promise<void> {
  const start = fixedClock(at, clock.timeZone);
  const id = await startQuizAttempt(em.fork(), actor, lessonId, start);
  const fork = em.fork();
  const attempt = await fork.findOneOrFail(QuizAttempt, id);
  const quiz = await fork.findOneOrFail(Quiz, attempt.quiz.id, { populate: ['lesson'] });
  const lesson = quiz.lesson.getEntity();
  const view = attemptView(
    attempt,
    quiz,
    { id: lesson.id, title: lesson.title, moduleId: lesson.module.id },
    await fork.find(QuizAnswer, { attempt }),
    at,
  );
  for (const [i, q] of view.questions.entries()) {
    const right = ((salt * 7 + i * 13) % 100) / 100 < skill;
    const response = demoResponse(q.type, q.options, right);
    const when = fixedClock(new Date(at.getTime() + (i + 1) * 40_000), clock.timeZone);
    await saveQuizAnswer(em.fork(), actor, { attemptId: id, questionId: q.id, ...response, revision: 1 }, when);
  }
  await submitQuizAttempt(em.fork(), actor, id, fixedClock(new Date(at.getTime() + 6 * 60_000), clock.timeZone));
}

/** Demo assessment content: the quizzes and their attempts, and the evaluations of the completed demo groups. */
export async function seedAssessmentDemo({ em, clock }: DemoSeedContext): Promise<Record<string, number>> {
  const quizzes = await seedQuizDemo(em, clock);
  return { ...quizzes, demoGroupEvaluations: await seedGroupEvaluationDemo(em) };
}

/** What three participants of a demo group answered (1–5 per statement of the default form) and wrote. */
const GROUP_EVALUATIONS: { value: number; comment: string | null }[] = [
  { value: 4, comment: 'Studi kasus surat dinasnya sangat membantu.' },
  { value: 5, comment: null },
  { value: 4, comment: 'Latihan disposisi elektroniknya langsung bisa dipakai di kantor.' },
];

/**
 * Three participants (the first by NIP) evaluated each completed demo group nobody evaluated yet,
 * so its trainer and monitor read results; the other participants are still asked. Runs after
 * community completed its demo groups (the modules' order in `modules/index.ts`).
 */
async function seedGroupEvaluationDemo(em: EntityManager): Promise<number> {
  let count = 0;
  for (const group of await em.find(CompletedGroup, {}, { orderBy: { completedAt: 'asc' } })) {
    if (await em.count(EvaluationSubmission, { group: group.id })) continue;
    const participants = await em.find(
      Employee,
      { id: { $in: group.participantIds } },
      { orderBy: { nip: 'asc' }, limit: GROUP_EVALUATIONS.length },
    );
    if (participants.length < GROUP_EVALUATIONS.length) continue;
    const users = await em.find(User, { employee: { $in: participants.map((p) => p.id) } });
    const items = (await new GroupEvaluationService(em).forViewer(toActor(users[0]), group.id))?.items ?? [];
    for (const [i, employee] of participants.entries()) {
      const user = users.find((u) => u.employee?.id === employee.id);
      if (!user) continue;
      const { value, comment } = GROUP_EVALUATIONS[i];
      // The time statement a point lower: sessions ran long.
      const answers = items.map((item) => ({ itemId: item.id, value: item.id === 'waktu' ? value - 1 : value }));
      await new GroupEvaluationService(em.fork()).submit(toActor(user), { groupId: group.id, answers, comment });
      count++;
    }
  }
  return count;
}

/**
 * Demo assessment content: the trainer's bank on BerAKHLAK (with a GIFT-ready category), a
 * published e-learning module with a pre-test and a post-test, and the attempts of a dozen
 * employees over the past weeks (pre-test lower than post-test). The demo learner has not started
 * it, so she can take it herself.
 */
async function seedQuizDemo(em: EntityManager, clock: Clock): Promise<Record<string, number>> {
  if (await em.count(CourseModule, { code: CODE })) return {};
  const trainerUser = await em.findOne(User, { username: 'pelatih' });
  if (!trainerUser) return {};
  const trainer = toActor(trainerUser);
  const bank = new QuestionBankService(em);
  const category = await bank.createCategory(trainer, 'Nilai Dasar ASN BerAKHLAK');
  const questionIds: string[] = [];
  for (const q of QUESTIONS) questionIds.push((await bank.create(trainer, { ...q, categoryId: category.id } as QuestionInput)).id);
  const scored = questionIds.slice(0, 6);

  const modules = new CourseModuleService(em, clock);
  const created = await modules.create(trainer, {
    code: CODE,
    title: 'Nilai Dasar ASN BerAKHLAK',
    summary:
      'Tujuh nilai dasar ASN dan perilakunya dalam pelayanan sehari-hari, dengan pre-test dan post-test untuk mengukur hasil belajar.',
    formId: 16,
    jpValue: 2,
    organiser: 'BKD Kabupaten Sidoarjo',
    certifying: false,
    sections: [
      { title: 'Sebelum belajar', lessons: [{ title: 'Pre-test BerAKHLAK', kind: LessonKind.QUIZ, durationMinutes: 15, required: true }] },
      {
        title: 'Materi',
        lessons: LESSON_TEXT.map((body, i) => ({
          title: i ? 'Nilai dalam kerja sehari-hari' : 'Tujuh nilai dasar ASN',
          kind: LessonKind.TEXT,
          body,
          durationMinutes: 40,
          required: true,
        })),
      },
      {
        title: 'Penutup',
        lessons: [
          { title: 'Post-test BerAKHLAK', kind: LessonKind.QUIZ, durationMinutes: 20, required: true },
          { title: 'Tugas refleksi BerAKHLAK', kind: LessonKind.QUIZ, durationMinutes: 30, required: false },
        ],
      },
    ],
  });
  const lessons = await em
    .find(CourseModule, created.id, { populate: ['sections.lessons'] })
    .then((m) => m[0].sections.getItems().flatMap((s) => s.lessons.getItems()));
  const [pre, , , post, reflection] = lessons;
  const quizzes = new QuizService(em);
  const common = {
    shuffleQuestions: true,
    shuffleOptions: true,
    gradingMethod: GradingMethod.HIGHEST,
    reviewFeedback: ReviewTiming.IMMEDIATELY,
  };
  await quizzes.update(trainer, {
    ...common,
    lessonId: pre.id,
    role: QuizRole.PRE_TEST,
    slots: scored.map((questionId) => ({ questionId })),
    reviewScore: ReviewTiming.IMMEDIATELY,
    reviewRightAnswers: ReviewTiming.NEVER,
    timeLimitMinutes: 15,
  });
  await quizzes.update(trainer, {
    ...common,
    lessonId: post.id,
    role: QuizRole.POST_TEST,
    slots: scored.map((questionId) => ({ questionId })),
    passMarkPercent: 70,
    attemptsAllowed: 3,
    timeLimitMinutes: 20,
    reviewScore: ReviewTiming.IMMEDIATELY,
    reviewRightAnswers: ReviewTiming.IMMEDIATELY,
  });
  await quizzes.update(trainer, {
    ...common,
    lessonId: reflection.id,
    role: QuizRole.QUIZ,
    slots: [{ questionId: questionIds[6] }],
    reviewScore: ReviewTiming.IMMEDIATELY,
    reviewRightAnswers: ReviewTiming.NEVER,
  });
  await modules.publish(trainer, created.id);

  // A dozen employees of other OPDs than the demo accounts took the tests over the past weeks.
  const learners = await em.find(
    User,
    { username: { $nin: ['admin', 'pelatih', 'pengawas', 'peserta', 'komite'] }, employee: { $ne: null }, active: true },
    { orderBy: { username: 'asc' }, limit: 12 },
  );
  const now = clock.now().getTime();
  let attempts = 0;
  for (const [i, user] of learners.entries()) {
    const actor = toActor(user);
    await new EnrollmentService(em.fork(), clock).enroll(actor, created.id);
    const day = now - (30 - i * 2) * DAY;
    await takeQuiz(em, actor, pre.id, new Date(day), 0.35 + (i % 4) * 0.1, i, clock);
    await takeQuiz(em, actor, post.id, new Date(day + 2 * DAY), 0.65 + (i % 4) * 0.1, i + 3, clock);
    attempts += 2;
  }

  // Four of them handed in the reflection essay in the past week: the trainer graded the first
  // and later changed that grade with a reason; the other three wait in the trainer's queue.
  const reflections: string[] = [];
  for (const [i, user] of learners.slice(0, REFLECTIONS.length).entries()) {
    const at = new Date(now - (7 - i) * DAY);
    const id = await startQuizAttempt(em.fork(), toActor(user), reflection.id, fixedClock(at, clock.timeZone));
    const attempt = await em.fork().findOneOrFail(QuizAttempt, id);
    const when = (minutes: number) => fixedClock(new Date(at.getTime() + minutes * 60_000), clock.timeZone);
    await saveQuizAnswer(
      em.fork(),
      toActor(user),
      { attemptId: id, questionId: attempt.paper[0].id, text: REFLECTIONS[i], revision: 1 },
      when(20),
    );
    await submitQuizAttempt(em.fork(), toActor(user), id, when(25));
    reflections.push(id);
    attempts += 1;
  }
  const graded = await em.fork().findOneOrFail(QuizAttempt, reflections[0]);
  const essay = graded.paper[0];
  const levels = (picks: number[]) =>
    (essay as { rubric?: Rubric }).rubric!.criteria.map((c, i) => ({ criterionId: c.id, levelId: c.levels[picks[i]].id }));
  const base = { attemptId: graded.id, questionId: essay.id };
  await gradeResponse(
    em.fork(),
    trainer,
    { ...base, scoring: levels([2, 1, 0]), feedback: 'Situasinya jelas. Ceritakan juga hasilnya bagi warga.' } as GradeResponseInput,
    fixedClock(new Date(now - 5 * DAY), clock.timeZone),
  );
  await gradeResponse(
    em.fork(),
    trainer,
    {
      ...base,
      scoring: levels([2, 1, 1]),
      feedback: 'Situasinya jelas, dan hasilnya (berkas selesai hari itu) sudah disebut.',
      reason: 'Hasil bagi layanan ternyata disebut di kalimat terakhir.',
    } as GradeResponseInput,
    fixedClock(new Date(now - 4 * DAY), clock.timeZone),
  );
  return { demoQuestions: questionIds.length, demoQuizAttempts: attempts, demoEssaysWaiting: reflections.length - 1 };
}
