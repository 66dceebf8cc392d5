import { type FilterQuery, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { emptyPage, findPage, type Page, type PageInput } from '../../common/paging';
import { Role } from '../../common/role';
import { containsPattern } from '../../common/text';
import { AuditService } from '../audit/audit.service';
import { User } from '../identity/user.entity';
import { employeeScope } from '../organisation/employee-access';
import type { Employee } from '../organisation/employee.entity';
import { LearningClaim } from '../record/learning-claim.entity';
import { ClaimStatus } from '../record/record.enums';
import { type CertificateDocument, renderCertificatePdf } from './certificate-pdf';
import { Certificate, CertificateSettings } from './certificate.entity';
import { CertificateSource, CertificateStatus } from './certificate.enums';
import type { CertificateFilter, RevokeCertificateInput, UpdateCertificateSettingsInput } from './certificate.inputs';
import { certificatePolicy } from './certificate.policy';
import type { CertificatePermissions, CertificateVerification } from './certificate.types';
import { certificateSettings, issueCertificate } from './issue-certificate';
import { maskNip } from './nip-mask';
import { parseNumberFormat } from './registered-number';
import { normalizeVerificationCode, verificationUrl } from './verification-code';

/** The certificate as its PDF shows it. */
export function certificateDocument(c: Certificate): CertificateDocument {
  return {
    number: c.number,
    verificationCode: c.verificationCode,
    holder: { name: c.holderName, nip: c.holderNip, position: c.positionName ?? null, opd: c.opdName },
    activity: {
      title: c.title,
      form: c.formName,
      organiser: c.organiser ?? null,
      startDate: c.startDate,
      endDate: c.endDate,
      jp: c.jp,
      result: c.result ?? null,
      competencies: c.competencies,
    },
    issuer: { government: c.issuer.government, agency: c.issuer.agency },
    issued: { place: c.place, date: c.issuedOn },
    signer: { title: c.issuer.signerTitle, name: c.issuer.signerName, nip: c.issuer.signerNip },
  };
}

/** Registered certificates: the holder's list and download, the register, revocation, verification and settings. */
export class CertificateService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  private async load(actor: Actor, id: string): Promise<{ certificate: Certificate; holder: Employee }> {
    const certificate = await this.em.findOne(Certificate, id, { populate: ['employee'] });
    if (!certificate) throw new NotFoundError('Certificate', id);
    const holder = certificate.employee.getEntity();
    // Someone who may not read it learns nothing of it, not even that it exists.
    if (!certificatePolicy.read(actor, holder, await employeeScope(this.em, actor))) throw new NotFoundError('Certificate', id);
    return { certificate, holder };
  }

  async certificate(actor: Actor, id: string): Promise<Certificate> {
    return (await this.load(actor, id)).certificate;
  }

  permissions(actor: Actor, certificate: Certificate): CertificatePermissions {
    const valid = certificate.status === CertificateStatus.VALID;
    return { download: valid || certificatePolicy.downloadRevoked(actor), revoke: valid && certificatePolicy.administer(actor) };
  }

  /**
   * Certificates the viewer may see, newest first: the register for committee and administrators
   * (search by number, name or NIP), the OPDs a supervisor supervises, otherwise the viewer's own.
   */
  async certificates(actor: Actor, filter: CertificateFilter = {}, page: PageInput): Promise<Page<Certificate>> {
    const and: FilterQuery<Certificate>[] = [];
    if (filter.employeeId) and.push({ employee: filter.employeeId });
    if (filter.year) and.push({ year: filter.year });
    if (filter.status) and.push({ status: filter.status });
    if (filter.source) and.push({ source: filter.source });
    const search = filter.search?.trim();
    if (search) {
      const digits = search.replace(/\s/g, '');
      and.push({
        $or: [
          { number: { $ilike: containsPattern(search) } },
          { holderName: { $ilike: containsPattern(search) } },
          ...(/^\d+$/.test(digits) ? [{ holderNip: { $like: `${digits}%` } }] : []),
        ],
      });
    }
    if (!hasRole(actor, Role.ADMIN, Role.COMMITTEE)) {
      const scope = await employeeScope(this.em, actor);
      const visible: FilterQuery<Certificate>[] = [];
      if (actor.employeeId) visible.push({ employee: actor.employeeId });
      if (hasRole(actor, Role.SUPERVISOR) && scope.supervisedOpds.size)
        visible.push({ employee: { opd: { $in: [...scope.supervisedOpds] } } });
      if (!visible.length) return emptyPage(page);
      and.push({ $or: visible });
    }
    return findPage(this.em, Certificate, and.length ? { $and: and } : {}, page, { issuedOn: 'desc', seq: 'desc' });
  }

  /** Revokes a valid certificate with a reason (administrators); audited, and shown on the verification page. */
  async revoke(actor: Actor, input: RevokeCertificateInput): Promise<Certificate> {
    assertCan(certificatePolicy.administer(actor), 'Only administrators revoke certificates');
    const certificate = await this.em.findOne(Certificate, input.certificateId);
    if (!certificate) throw new NotFoundError('Certificate', input.certificateId);
    if (certificate.status === CertificateStatus.REVOKED) throw new ConflictError('This certificate is already revoked');
    const reason = input.reason.trim();
    certificate.status = CertificateStatus.REVOKED;
    certificate.revokedAt = this.clock.now();
    certificate.revokedReason = reason;
    certificate.revokedBy = ref(User, actor.userId);
    new AuditService(this.clock).record(this.em, actor, {
      action: 'certificate.revoke',
      subjectType: 'Certificate',
      subjectId: certificate.id,
      employeeId: certificate.employee.id,
      purpose: reason,
      details: { number: certificate.number },
    });
    await this.em.flush();
    return certificate;
  }

  /** Issues a certificate for an approved claim whose organiser issued none (administrators); audited. */
  async issueForClaim(actor: Actor, claimId: string): Promise<Certificate> {
    assertCan(certificatePolicy.administer(actor), 'Only administrators issue certificates for claims');
    return this.em.transactional(async (tx) => {
      const claim = await tx.findOne(LearningClaim, claimId);
      if (!claim) throw new NotFoundError('Learning claim', claimId);
      if (claim.status !== ClaimStatus.APPROVED || !claim.record) throw new ConflictError('Only an approved claim earns a certificate');
      const { certificate, created } = await issueCertificate(tx, this.clock, {
        employeeId: claim.employee.id,
        source: CertificateSource.CLAIM,
        sourceId: claim.id,
        learningRecordId: claim.record.id,
      });
      if (!created) throw new ConflictError(`This claim already has certificate ${certificate.number}`);
      new AuditService(this.clock).record(tx, actor, {
        action: 'certificate.issueForClaim',
        subjectType: 'Certificate',
        subjectId: certificate.id,
        employeeId: claim.employee.id,
        details: { claimId: claim.id, number: certificate.number },
      });
      await tx.flush();
      return certificate;
    });
  }

  /** What anyone with the code may see: status (revoked with its date), name, masked NIP, activity, JP and date. Null for an unknown code. */
  async verify(code: string): Promise<CertificateVerification | null> {
    const normalized = normalizeVerificationCode(code);
    if (!normalized) return null;
    const c = await this.em.findOne(Certificate, { verificationCode: normalized });
    if (!c) return null;
    return {
      status: c.status,
      revokedOn: c.revokedAt ? localDate(c.revokedAt, this.clock.timeZone) : null,
      holderName: c.holderName,
      maskedNip: maskNip(c.holderNip),
      activity: c.title,
      jp: c.jp,
      issuedOn: c.issuedOn,
    };
  }

  /** The address the QR code and share links use: the setting, else the address the request came to. */
  async baseUrl(requestOrigin: string): Promise<string> {
    return (await certificateSettings(this.em)).baseUrl || requestOrigin;
  }

  verifyUrl(certificate: Certificate, baseUrl: string): string {
    return verificationUrl(baseUrl, certificate.verificationCode);
  }

  /** The PDF of a certificate for someone who may read it; a revoked one only for administrators. */
  async pdf(actor: Actor, id: string, requestOrigin: string): Promise<{ certificate: Certificate; pdf: Buffer }> {
    const { certificate } = await this.load(actor, id);
    if (!this.permissions(actor, certificate).download) throw new ConflictError('This certificate has been revoked');
    const pdf = await renderCertificatePdf(certificateDocument(certificate), { baseUrl: await this.baseUrl(requestOrigin) });
    return { certificate, pdf };
  }

  async settings(actor: Actor): Promise<CertificateSettings> {
    assertCan(certificatePolicy.administer(actor), 'Only administrators see the certificate settings');
    return certificateSettings(this.em);
  }

  /** Saves the settings; a number format is checked before it is kept. Numbers already given stay. */
  async updateSettings(actor: Actor, input: UpdateCertificateSettingsInput): Promise<CertificateSettings> {
    assertCan(certificatePolicy.administer(actor), 'Only administrators change the certificate settings');
    const format = parseNumberFormat(input.numberFormat.trim());
    if (!format.ok) throw BadInputError.field('numberFormat', format.rule, format.message);
    const values = {
      numberFormat: input.numberFormat.trim(),
      baseUrl: input.baseUrl?.trim().replace(/\/+$/, '') || null,
      government: input.government.trim(),
      agency: input.agency.trim(),
      place: input.place.trim(),
      signerTitle: input.signerTitle.trim(),
      signerName: input.signerName.trim(),
      signerNip: input.signerNip?.trim() || null,
      updatedAt: this.clock.now(),
    };
    const settings = await this.em.findOne(CertificateSettings, 1);
    if (settings) this.em.assign(settings, values);
    else this.em.create(CertificateSettings, { id: 1, ...values });
    new AuditService(this.clock).record(this.em, actor, {
      action: 'certificate.settings.update',
      subjectType: 'CertificateSettings',
      subjectId: '1',
      details: values,
    });
    await this.em.flush();
    return certificateSettings(this.em);
  }
}
