import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/dates';
import { NotFoundError } from '../../common/errors';
import { Employee } from '../organisation/employee.entity';
import { LearningRecord } from '../record/learning-record.entity';
import { Certificate, type CertificateCompetency, CertificateSettings } from './certificate.entity';
import { CertificateSource } from './certificate.enums';
import { formatRegisteredNumber } from './registered-number';
import { newVerificationCode } from './verification-code';

export interface IssueRequest {
  employeeId: string;
  source: CertificateSource;
  /** The JP record, group or claim: one certificate per person per source. */
  sourceId: string;
  /** The JP ledger record the certificate states (title, form, organiser, dates, JP). */
  learningRecordId: string;
  competencies?: CertificateCompetency[];
  result?: string | null;
}

export interface IssueResult {
  certificate: Certificate;
  /** False when the person already held a certificate for this source (that one is returned). */
  created: boolean;
}

/** The certificate settings, their defaults when no administrator has saved any. */
export async function certificateSettings(em: EntityManager): Promise<CertificateSettings> {
  return (await em.findOne(CertificateSettings, 1)) ?? em.create(CertificateSettings, {}, { persist: false });
}

/**
 * The next registered number of `year`: the year's counter row is raised and read in one
 * statement, which holds its row lock until the caller's transaction ends. Concurrent issues, from
 * any number of API processes on the database, wait for each other there, so each takes the next
 * number; a transaction that fails gives its number back with its rollback, so none is skipped.
 */
async function nextSeq(em: EntityManager, year: number): Promise<number> {
  const rows: { last: number }[] = await em
    .getConnection()
    .execute(
      'insert into certificate_sequence (year, last) values (?, 1) on conflict (year) do update set last = certificate_sequence.last + 1 returning last',
      [year],
      'all',
      em.getTransactionContext(),
    );
  return rows[0].last;
}

/**
 * Issues a registered certificate inside the caller's transaction (`em` must be in one): the
 * number is taken in the same transaction, the holder, position, OPD and activity are copied from
 * the employee and the JP record, and place, issuer and signer from the settings. Issuing twice
 * for the same person and source returns the first certificate.
 */
export async function issueCertificate(em: EntityManager, clock: Clock, request: IssueRequest): Promise<IssueResult> {
  // One issue per person and source at a time, so a repeated event cannot issue two.
  await em
    .getConnection()
    .execute(
      'select pg_advisory_xact_lock(hashtext(?))',
      [`certificate:${request.employeeId}:${request.source}:${request.sourceId}`],
      'all',
      em.getTransactionContext(),
    );
  const existing = await em.findOne(Certificate, { employee: request.employeeId, source: request.source, sourceId: request.sourceId });
  if (existing) return { certificate: existing, created: false };
  const employee = await em.findOne(Employee, request.employeeId, { populate: ['opd', 'position'] });
  if (!employee) throw new NotFoundError('Employee', request.employeeId);
  // The record with its form, in one statement.
  const record = await em.findOne(LearningRecord, request.learningRecordId, { populate: ['form'] });
  if (!record) throw new NotFoundError('Learning record', request.learningRecordId);
  const form = record.form.getEntity();
  const settings = await certificateSettings(em);
  const issuedOn = clock.today();
  const year = Number(issuedOn.slice(0, 4));
  const seq = await nextSeq(em, year);
  const certificate = em.create(Certificate, {
    number: formatRegisteredNumber(settings.numberFormat, year, seq),
    year,
    seq,
    verificationCode: newVerificationCode(),
    employee,
    source: request.source,
    sourceId: request.sourceId,
    learningRecordId: record.id,
    holderName: employee.name,
    holderNip: employee.nip,
    positionName: employee.position?.getEntity().name ?? null,
    opdName: employee.opd.getEntity().name,
    title: record.title,
    formId: form.id,
    formName: form.name,
    organiser: record.organiser ?? null,
    startDate: record.startDate,
    endDate: record.endDate,
    jp: record.jp,
    result: request.result ?? null,
    competencies: request.competencies ?? [],
    place: settings.place,
    issuedOn,
    issuer: {
      government: settings.government,
      agency: settings.agency,
      signerTitle: settings.signerTitle,
      signerName: settings.signerName,
      signerNip: settings.signerNip ?? null,
    },
  });
  await em.flush();
  return { certificate, created: true };
}
