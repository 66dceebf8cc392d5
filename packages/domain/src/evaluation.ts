/**
 * The Likert statements of the evaluation form until an administrator edits it (reaction to the
 * programme and to the trainer), worded to fit a module and a community group alike ("kegiatan
 * belajar ini"). The client shows a statement still worded so in the reader's language.
 */
export const DEFAULT_EVALUATION_STATEMENTS: readonly { readonly id: string; readonly text: string }[] = [
  { id: 'relevan', text: 'Materi kegiatan belajar ini relevan dengan pekerjaan saya.' },
  { id: 'tujuan', text: 'Tujuan kegiatan belajar ini jelas dan tercapai.' },
  { id: 'pelatih-menguasai', text: 'Pelatih menguasai materi.' },
  { id: 'pelatih-jelas', text: 'Pelatih menyampaikan materi dengan jelas dan menanggapi pertanyaan peserta.' },
  { id: 'waktu', text: 'Waktu dan beban belajar sesuai dengan JP kegiatan belajar ini.' },
  { id: 'rekomendasi', text: 'Saya akan merekomendasikan kegiatan belajar ini kepada rekan kerja.' },
];
