import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, IsUUID } from 'class-validator';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, NotFoundError } from '../../common/errors';
import { CSV_PLAIN, csvLine, csvText, newWorkbook, styleHeaderRow, workbookBuffer } from '../../common/file-export';
import { AuditService } from '../audit/audit.service';
import { Opd } from '../organisation/opd.entity';
import { RecordStatus } from '../record/record.enums';
import { IsYear } from '../record/year.validator';
import { CertificateStatus } from './certificate.enums';
import { certificatePolicy } from './certificate.policy';

/** Which approved records go to SIASN: a year, and one OPD or all. */
export class SiasnExportQuery {
  @IsYear()
  year!: number;

  @IsOptional()
  @IsUUID()
  opdId?: string;
}

/**
 * The columns of SIASN's course history (riwayat kursus), in its field names, after the NIP that
 * names the employee: form id and name (`jenisDiklatId`, `jenisKursus`), course name, organiser,
 * certificate number, hours in JP (`jumlahJam`, one decimal, never rounded up), year, and start
 * and end dates as SIASN writes them (dd-mm-yyyy). The employee's name and OPD follow, for
 * checking before the upload.
 */
export const SIASN_COLUMNS = [
  'nip',
  'jenisDiklatId',
  'jenisKursus',
  'namaKursus',
  'institusiPenyelenggara',
  'nomorSertipikat',
  'jumlahJam',
  'tahunKursus',
  'tanggalKursus',
  'tanggalSelesaiKursus',
  'nama',
  'unitKerja',
] as const;

export type SiasnRow = Record<(typeof SIASN_COLUMNS)[number], string | number>;

/** A date as SIASN writes it: 2026-03-09 → 09-03-2026. */
const siasnDate = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;

/**
 * The approved JP records ending in `year` (of one OPD's employees, or all), with the number of the
 * valid registered certificate issued for each, by OPD, name and start date; one statement.
 * Administrators only: the file goes to BKD's upload. Audited with the people in it.
 */
export async function siasnRecords(
  em: EntityManager,
  clock: Clock,
  actor: Actor,
  query: SiasnExportQuery,
  format: string,
): Promise<{ rows: SiasnRow[]; opd: Opd | null }> {
  assertCan(certificatePolicy.administer(actor), 'Only administrators export records for SIASN');
  const opd = query.opdId ? await em.findOne(Opd, query.opdId) : null;
  if (query.opdId && !opd) throw new NotFoundError('Opd', query.opdId);
  const raw: Record<string, string>[] = await em.getConnection().execute(
    `select e.nip, f.id as form_id, f.name as form_name, r.title, r.organiser, c.number as certificate, r.jp, r.year,
            to_char(r.start_date, 'YYYY-MM-DD') as start_date, to_char(r.end_date, 'YYYY-MM-DD') as end_date, e.name, o.name as opd
       from learning_record r
       join employee e on e.id = r.employee_id
       join opd o on o.id = e.opd_id
       join learning_form f on f.id = r.form_id
       left join lateral (
         select c.number from certificate c
          where c.learning_record_id = r.id and c.status = ?
          order by c.issued_on, c.number limit 1
       ) c on true
      where r.status = ? and r.year = ? and (?::uuid is null or e.opd_id = ?::uuid)
      order by o.name, e.name, e.nip, r.start_date, r.title`,
    [CertificateStatus.VALID, RecordStatus.APPROVED, query.year, query.opdId ?? null, query.opdId ?? null],
  );
  const rows: SiasnRow[] = raw.map((r) => ({
    nip: r.nip,
    jenisDiklatId: Number(r.form_id),
    jenisKursus: r.form_name,
    namaKursus: r.title,
    institusiPenyelenggara: r.organiser ?? '',
    nomorSertipikat: r.certificate ?? '',
    jumlahJam: Number(r.jp),
    tahunKursus: Number(r.year),
    tanggalKursus: siasnDate(r.start_date),
    tanggalSelesaiKursus: siasnDate(r.end_date),
    nama: r.name,
    unitKerja: r.opd,
  }));
  new AuditService(clock).record(em, actor, {
    action: 'certificate.siasn.export',
    subjectType: 'LearningRecord',
    details: { year: query.year, opdId: query.opdId ?? null, format, rows: rows.length, nips: [...new Set(rows.map((r) => r.nip))] },
  });
  await em.flush();
  return { rows, opd };
}

/** CSV with SIASN's field names as the header, comma separated, UTF-8 with BOM; JP with a decimal point. */
export function siasnCsv(rows: SiasnRow[]): string {
  return csvText([
    csvLine(SIASN_COLUMNS, CSV_PLAIN),
    ...rows.map((row) =>
      csvLine(
        SIASN_COLUMNS.map((c) => row[c]),
        CSV_PLAIN,
      ),
    ),
  ]);
}

/** The same rows as a workbook: one sheet named after the year, NIP and dates kept as text. */
export async function siasnWorkbook(rows: SiasnRow[], year: number): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet(`Riwayat kursus ${year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SIASN_COLUMNS.map((key) => ({
    header: key,
    key,
    width:
      { nip: 21, namaKursus: 40, jenisKursus: 24, institusiPenyelenggara: 28, nomorSertipikat: 20, nama: 30, unitKerja: 36 }[
        key as string
      ] ?? 14,
  }));
  for (const row of rows) sheet.addRow(row);
  styleHeaderRow(sheet.getRow(1));
  for (const key of ['nip', 'nomorSertipikat', 'tanggalKursus', 'tanggalSelesaiKursus']) sheet.getColumn(key).numFmt = '@';
  sheet.getColumn('jumlahJam').numFmt = '0.0';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SIASN_COLUMNS.length } };
  return workbookBuffer(book);
}
