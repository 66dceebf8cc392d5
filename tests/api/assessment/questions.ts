import {
  type EssayQuestion,
  type MultipleChoiceQuestion,
  type NumericQuestion,
  type Question,
  QuestionType,
  type ShortAnswerQuestion,
  type SingleChoiceQuestion,
  type TrueFalseQuestion,
} from '../../../api/src/modules/assessment/question';

type Stored<Q> = Q & { id: string };

/** One question of every type, with feedback and partial credit where the type has them. */
export const SINGLE: Stored<SingleChoiceQuestion> = {
  id: 'q-single',
  type: QuestionType.SINGLE_CHOICE,
  title: 'Ibu kota provinsi (bank)',
  text: 'Ibu kota Jawa Timur adalah …',
  points: 2,
  generalFeedback: 'Surabaya sejak 1950',
  options: [
    { id: 'a', text: 'Surabaya', fraction: 1, feedback: 'Benar, Surabaya.' },
    { id: 'b', text: 'Sidoarjo', fraction: 0.5, feedback: 'hampir: tetangganya' },
    { id: 'c', text: 'Malang', fraction: 0, feedback: 'Malang ada di Jawa Timur, tetapi bukan ibu kotanya.' },
  ],
};

export const MULTIPLE: Stored<MultipleChoiceQuestion> = {
  id: 'q-multiple',
  type: QuestionType.MULTIPLE_CHOICE,
  text: 'Pilih kompetensi manajerial',
  points: 4,
  options: [
    { id: 'a', text: 'Integritas', fraction: 0.5, feedback: 'Integritas termasuk kompetensi manajerial.' },
    { id: 'b', text: 'Kerja Sama', fraction: 0.5 },
    { id: 'c', text: 'Perekat Bangsa', fraction: -0.5, feedback: 'itu sosial kultural' },
    { id: 'd', text: 'Pemrograman', fraction: -0.5 },
  ],
};

export const TRUE_FALSE: Stored<TrueFalseQuestion> = {
  id: 'q-tf',
  type: QuestionType.TRUE_FALSE,
  text: '1 JP sama dengan 45 menit.',
  points: 1,
  correct: true,
  trueFeedback: 'betul, 45 menit',
  falseFeedback: 'keliru, 45 menit',
};

export const SHORT: Stored<ShortAnswerQuestion> = {
  id: 'q-short',
  type: QuestionType.SHORT_ANSWER,
  text: 'Siapa presiden pertama Republik Indonesia?',
  points: 2,
  answers: [
    { text: 'Soekarno', fraction: 1, feedback: 'tepat' },
    { text: 'Sukarno', fraction: 1 },
    { text: 'Bung Karno', fraction: 0.5, feedback: 'sebut nama lengkapnya' },
    { text: 'Hatta', fraction: 0, feedback: 'Hatta adalah wakil presiden pertama.' },
  ],
};

export const NUMERIC: Stored<NumericQuestion> = {
  id: 'q-numeric',
  type: QuestionType.NUMERIC,
  text: 'Berapa JP minimal per tahun untuk PNS, dibagi 8?',
  points: 3,
  answers: [
    { value: 2.5, tolerance: 0.05, fraction: 1, feedback: '20 / 8' },
    { value: 2, tolerance: 0.5, fraction: 0.5, feedback: 'dekat' },
  ],
  otherFeedback: 'hitung 20 / 8',
};

export const ESSAY: Stored<EssayQuestion> = {
  id: 'q-essay',
  type: QuestionType.ESSAY,
  text: 'Jelaskan manfaat kelompok pintar bagi OPD Anda.',
  points: 10,
  graderNotes: 'sebutkan belajar sejawat dan JP',
  generalFeedback: 'model answer',
};

export const ALL_QUESTIONS: Question[] = [SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, ESSAY];
