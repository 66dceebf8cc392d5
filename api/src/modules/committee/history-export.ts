import type { TableFile } from '../../common/file-export';
import { floorJp } from '@komunitas-pintar/domain';
import { pdfkit } from '../../common/heavy-libraries';
import { pdfBytes, useNotoSans } from '../../common/pdf';
import type { Competency } from '../competency/competency.entity';
import type { EmployeeHistory, HistoryEvent } from './committee.types';
import { METHOD } from './search-export';
import type { EvidenceFact } from './talent-query';

export interface HistoryExport {
  history: EmployeeHistory;
  /** The deciding evidence of each competency the employee was assessed in (for the profile). */
  levels: EvidenceFact[];
  competencies: Map<string, Competency>;
  purpose: string;
  madeAt: string;
  madeBy: string;
}

export const KIND = {
  POSITION: 'Jabatan',
  LEARNING: 'Pembelajaran',
  ASSESSMENT: 'Penilaian kompetensi',
  MODULE: 'Modul daring',
  PLAN: 'Rencana pengembangan',
  CERTIFICATE: 'Sertifikat',
  GROUP: 'Kelompok pintar',
  EVALUATION: 'Evaluasi',
} as const;

const STATUS: Record<string, string> = {
  CURRENT: 'Jabatan sekarang',
  ENDED: 'Selesai',
  APPROVED: 'Disetujui',
  PENDING: 'Menunggu persetujuan',
  REJECTED: 'Ditolak',
  COMPLETED: 'Selesai',
  ENROLLED: 'Sedang diikuti',
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  RETURNED: 'Dikembalikan',
  VALID: 'Berlaku',
  REVOKED: 'Dicabut',
};

function detail(e: HistoryEvent): string {
  if (e.kind === 'ASSESSMENT' && e.detail) return METHOD[e.detail as keyof typeof METHOD] ?? e.detail;
  return e.detail ?? '';
}

function title(e: HistoryEvent): string {
  return e.kind === 'PLAN' ? `Rencana pengembangan ${e.title}` : e.title;
}

/** Who the history is of and why it was exported, one line each. */
export function describeHistory(e: HistoryExport): [string, string][] {
  const employee = e.history.employee;
  return [
    ['Nama', employee.name],
    ['NIP', employee.nip],
    ['Jenis pegawai', employee.employeeType],
    ['Golongan', employee.rank ?? '–'],
    ['OPD', employee.opd.getEntity().name],
    ['Jabatan', employee.position?.getEntity().name ?? '–'],
  ];
}

const EVENT_HEADER = ['Tanggal', 'Jenis', 'Judul', 'Keterangan', 'Status', 'JP', 'Level'];
/** The status in words; a position held before says until when. */
function status(e: HistoryEvent): string {
  if (e.kind === 'POSITION' && e.endDate) return `Sampai ${e.endDate}`;
  return e.status ? (STATUS[e.status] ?? e.status) : '';
}

function eventCells(e: HistoryEvent): (string | number)[] {
  return [e.date, KIND[e.kind], title(e), detail(e), status(e), e.jp ?? '', e.level ?? ''];
}

/** The person, purpose and JP per year on the first sheet (the comment lines of a CSV), the timeline (newest first) in the table. */
export function historyFile(e: HistoryExport): TableFile {
  return {
    about: {
      sheet: 'Pegawai',
      title: 'Riwayat pegawai',
      widths: [24, 60, 12],
      lines: [
        ['Tujuan', e.purpose],
        ['Dibuat', e.madeAt],
        ['Oleh', e.madeBy],
        [],
        ...describeHistory(e).map(([k, v]) => (k === 'NIP' ? { cells: [k, v], text: true } : [k, v])),
        [],
        { cells: ['Tahun', 'JP', 'Target'], bold: true },
        ...e.history.jpByYear.map((y) => [y.year, y.jp, y.targetJp === null ? '–' : `${y.targetJp} (${y.reached ? 'tercapai' : 'belum'})`]),
      ],
    },
    csvHead: [
      `Riwayat pegawai; Tujuan: ${e.purpose}; Dibuat ${e.madeAt} oleh ${e.madeBy}`,
      ...describeHistory(e).map(([k, v]) => `${k}: ${v}`),
      `JP per tahun: ${e.history.jpByYear.map((y) => `${y.year} ${String(y.jp).replace('.', ',')}`).join(', ')}`,
    ],
    table: {
      sheet: 'Riwayat',
      header: EVENT_HEADER,
      widths: [12, 22, 48, 36, 20, 8, 8],
      decimalColumns: [6],
    },
  };
}

/** The timeline's rows, as one page. */
export async function* historyRows(e: HistoryExport): AsyncGenerator<(string | number)[][]> {
  yield e.history.events.map((event) => eventCells(event));
}

const PRIMARY = '#0b5d8c';
const MUTED = '#52606d';
/** How many timeline entries the profile prints (the newest); the XLSX holds them all. */
export const PROFILE_EVENTS = 25;

/**
 * The candidate profile for a committee meeting: an A4 page (more when needed) with the person,
 * current competency levels with their evidence, JP per year against the target and the newest
 * entries of the history; the purpose and who printed it in the footer of every page.
 */
export function profilePdf(e: HistoryExport): Promise<Buffer> {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: `Profil kandidat ${e.history.employee.name}`, Creator: 'Komunitas Pintar' },
  });
  useNotoSans(doc);
  const done = pdfBytes(doc);
  const width = doc.page.width - 100;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('bold').fontSize(12).fillColor(PRIMARY).text(text, 50);
    doc
      .moveTo(50, doc.y + 2)
      .lineTo(50 + width, doc.y + 2)
      .strokeColor(PRIMARY)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.4).font('regular').fontSize(10).fillColor('black');
  };
  const row = (cols: { text: string; width: number; align?: 'left' | 'right' }[], bold = false) => {
    if (doc.y > doc.page.height - 90) doc.addPage();
    const y = doc.y;
    let x = 50;
    let bottom = y;
    doc.font(bold ? 'bold' : 'regular').fontSize(9.5);
    for (const col of cols) {
      doc.text(col.text, x, y, { width: col.width - 6, align: col.align ?? 'left' });
      bottom = Math.max(bottom, doc.y);
      x += col.width;
    }
    doc.y = bottom + 2;
  };

  const employee = e.history.employee;
  doc.font('bold').fontSize(18).fillColor(PRIMARY).text('Profil Kandidat', 50);
  doc.font('bold').fontSize(14).fillColor('black').text(employee.name);
  doc.font('regular').fontSize(10).fillColor(MUTED).text(`NIP ${employee.nip}`);
  heading('Data pegawai');
  for (const [k, v] of describeHistory(e).slice(2))
    row([
      { text: k, width: 130 },
      { text: v, width: width - 130 },
    ]);

  heading('Kompetensi saat ini');
  if (!e.levels.length) doc.text('Belum ada bukti kompetensi yang berlaku.');
  else {
    row(
      [
        { text: 'Kompetensi', width: 250 },
        { text: 'Level', width: 50, align: 'right' },
        { text: 'Bukti', width: width - 300 },
      ],
      true,
    );
    const levels = [...e.levels].sort((a, b) =>
      (e.competencies.get(a.competencyId)?.code ?? '').localeCompare(e.competencies.get(b.competencyId)?.code ?? ''),
    );
    for (const l of levels) {
      const c = e.competencies.get(l.competencyId);
      row([
        { text: c ? `${c.code} ${c.name}` : l.competencyId, width: 250 },
        { text: String(l.level), width: 50, align: 'right' },
        { text: `${METHOD[l.method]}, ${l.assessedOn}`, width: width - 300 },
      ]);
    }
  }

  heading('JP per tahun');
  row(
    [
      { text: 'Tahun', width: 80 },
      { text: 'JP', width: 80, align: 'right' },
      { text: 'Target', width: width - 160 },
    ],
    true,
  );
  for (const y of e.history.jpByYear) {
    const jp = floorJp(y.jp).toLocaleString('id-ID', { maximumFractionDigits: 1 });
    row([
      { text: String(y.year), width: 80 },
      { text: jp, width: 80, align: 'right' },
      { text: y.targetJp === null ? '–' : `${y.targetJp} JP, ${y.reached ? 'tercapai' : 'belum tercapai'}`, width: width - 160 },
    ]);
  }

  heading(`Riwayat terbaru${e.history.events.length > PROFILE_EVENTS ? ` (${PROFILE_EVENTS} dari ${e.history.events.length})` : ''}`);
  if (!e.history.events.length) doc.text('Belum ada riwayat.');
  else {
    row(
      [
        { text: 'Tanggal', width: 70 },
        { text: 'Jenis', width: 110 },
        { text: 'Judul', width: width - 180 },
      ],
      true,
    );
    for (const ev of e.history.events.slice(0, PROFILE_EVENTS)) {
      const extra = [
        ev.jp !== null ? `${ev.jp} JP` : null,
        ev.level !== null ? `level ${ev.level}` : null,
        ev.kind === 'POSITION' ? ev.detail : null,
        status(ev) || null,
      ]
        .filter(Boolean)
        .join(', ');
      row([
        { text: ev.date, width: 70 },
        { text: KIND[ev.kind], width: 110 },
        { text: extra ? `${title(ev)} (${extra})` : title(ev), width: width - 180 },
      ]);
    }
  }

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(
      `Rahasia · untuk ${e.purpose} · dicetak ${e.madeAt} oleh ${e.madeBy} · halaman ${i + 1} dari ${pages.count}`,
      50,
      doc.page.height - 40,
      { width, align: 'center' },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
