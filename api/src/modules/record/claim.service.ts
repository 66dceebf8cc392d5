import { type FilterQuery, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { type Clock, daysBetween } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { CLAIM_LIMITS, floorJp } from '@komunitas-pintar/domain';
import { byKeys, groupByKeys, requestLoader } from '../../common/loaders';
import { emptyPage, findPage, type Page, type PageInput } from '../../common/paging';
import { employeeScope, findEmployee } from '../organisation/employee-access';
import type { EmployeeScope } from '../organisation/organisation.policy';
import { AuditService } from '../audit/audit.service';
import { StoredFile } from '../file/stored-file.entity';
import { Role } from '../../common/role';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import type {
  ApproveClaimInput,
  ClaimDecisionInput,
  ClaimFilter,
  ClaimPermissions,
  ClaimPreview,
  LearningClaimInput,
  UpdateLearningClaimInput,
} from './claim.inputs';
import { workingDays } from './holiday.service';
import { CreditStepCode } from './credit-step';
import { spreadSessions } from './jp-credit';
import { LearningClaim, LearningClaimEvidence } from './learning-claim.entity';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';
import { type CreditRequest, creditLedger, previewCredit } from './ledger.service';
import { ClaimEvidenceKind, ClaimStatus, CreditMode, RecordSource, RecordStatus } from './record.enums';
import { recordPolicy } from './record.policy';

/** What a claim states, as the ledger takes it: hours as minutes, sessions per month as session dates. */
async function creditRequest(
  em: EntityManager,
  employeeId: string,
  form: LearningForm,
  input: LearningClaimInput,
  claimId: string | null,
): Promise<CreditRequest> {
  const { startDate, endDate } = input;
  if (endDate < startDate) throw BadInputError.field('endDate', 'BEFORE_START', 'The end date is before the start date');
  if (daysBetween(startDate, endDate).length > CLAIM_LIMITS.spanDaysMax) {
    throw BadInputError.field(
      'endDate',
      'SPAN_TOO_LONG',
      `A claim spans at most ${CLAIM_LIMITS.spanDaysMax} days; claim longer learning in parts`,
    );
  }
  const attended = input.attendedDates?.length ? [...new Set(input.attendedDates)].sort() : null;
  const outside = attended?.find((d) => d < startDate || d > endDate);
  if (outside) throw BadInputError.field('attendedDates', 'OUTSIDE_SPAN', `The date ${outside} is not between ${startDate} and ${endDate}`);
  const byTime = [CreditMode.CURRICULUM, CreditMode.ACTUAL, CreditMode.AS_APPROVED].includes(form.creditMode);
  if (byTime && !input.hours) {
    throw BadInputError.field('hours', 'REQUIRED', `${form.name} is counted by the hours of learning: give them`);
  }
  const minutes = input.hours ? Math.round(input.hours * 60) : 0;
  let sessionDates: string[] | undefined;
  if (form.creditMode === CreditMode.PER_SESSION) {
    const months = (input.sessionsPerMonth ?? []).filter((m) => m.sessions > 0);
    if (!months.length)
      throw BadInputError.field(
        'sessionsPerMonth',
        'REQUIRED',
        `${form.name} is counted per session: give the sessions held in each month`,
      );
    const first = startDate.slice(0, 7);
    const last = endDate.slice(0, 7);
    const wrong = months.find((m) => m.month < first || m.month > last);
    if (wrong) throw BadInputError.field('sessionsPerMonth', 'OUTSIDE_SPAN', `${wrong.month} is not between ${first} and ${last}`);
    if (new Set(months.map((m) => m.month)).size !== months.length)
      throw BadInputError.field('sessionsPerMonth', 'DUPLICATE', 'Each month once');
    const days = attended ?? (await workingDays(em, startDate, endDate));
    sessionDates = months.flatMap((m) => {
      const inMonth = days.filter((d) => d.startsWith(m.month));
      // A month without a working day in the span (sessions on a weekend): its days in the span.
      const pool = inMonth.length ? inMonth : daysBetween(startDate, endDate).filter((d) => d.startsWith(m.month));
      return spreadSessions(m.sessions, pool);
    });
  }
  return {
    employeeId,
    source: RecordSource.EXTERNAL,
    sourceId: claimId,
    formId: form.id,
    title: input.title.trim(),
    organiser: input.organiser?.trim() || null,
    startDate,
    endDate,
    minutes,
    dates: attended ?? undefined,
    sessionDates,
    international: input.international,
  };
}

/** Learning claims: an employee's learning done elsewhere, credited by its form's rule once approved. */
export class ClaimService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** The employee a claim is for, and whether the actor may claim for them. */
  private async claimant(actor: Actor, employeeId: string | null | undefined): Promise<Employee> {
    const id = employeeId ?? actor.employeeId;
    if (!id) throw BadInputError.field('employeeId', 'REQUIRED', 'Name the employee whose learning this is');
    const employee = await findEmployee(this.em, id);
    assertCan(recordPolicy.claimFor(actor, employee), 'You may claim learning only for yourself');
    return employee;
  }

  private async formOf(formId: number): Promise<LearningForm> {
    const form = await this.em.findOne(LearningForm, formId);
    if (!form) throw BadInputError.field('formId', 'NOT_FOUND', `No form of learning ${formId}`);
    return form;
  }

  private checkNotFuture(input: LearningClaimInput): void {
    if (input.endDate > this.clock.today()) throw BadInputError.field('endDate', 'FUTURE', 'Claim learning once it has ended');
  }

  /**
   * The JP the claim would earn now, by its form's rule, against the employee's other records
   * (when changing a claim, `claimId`: without its own pending JP). Writes nothing.
   */
  async preview(actor: Actor, input: LearningClaimInput, claimId: string | null = null): Promise<ClaimPreview> {
    let employeeId = input.employeeId;
    let excludeRecordId: string | undefined;
    if (claimId) {
      const { claim, employee } = await this.load(actor, claimId);
      employeeId = employee.id;
      excludeRecordId = claim.record?.id;
    }
    const employee = await this.claimant(actor, employeeId);
    const form = await this.formOf(input.formId);
    const request = await creditRequest(this.em, employee.id, form, input, null);
    const { credit } = await previewCredit(this.em, { ...request, excludeRecordId });
    return { ...credit, approverSetsJp: form.creditMode === CreditMode.AS_APPROVED, requiresReport: form.requiresReport };
  }

  /** Files the evidence, checking each file exists and was uploaded by the actor (or an administrator acts). */
  private async attachEvidence(
    tx: EntityManager,
    actor: Actor,
    claim: LearningClaim,
    form: LearningForm,
    input: LearningClaimInput,
  ): Promise<void> {
    const evidence = input.evidence ?? [];
    if (!evidence.length && !hasRole(actor, Role.ADMIN)) {
      throw BadInputError.field(
        'evidence',
        'REQUIRED',
        'Attach the evidence: the certificate or letter from the organiser, or your report',
      );
    }
    if (form.requiresReport && !evidence.some((e) => e.kind === ClaimEvidenceKind.REPORT)) {
      throw BadInputError.field('evidence', 'REPORT_REQUIRED', `${form.name} needs a learning report among the evidence`);
    }
    const ids = [...new Set(evidence.map((e) => e.fileId))];
    const files = ids.length ? await tx.find(StoredFile, { id: { $in: ids } }) : [];
    if (files.length !== ids.length) throw BadInputError.field('evidence', 'NOT_FOUND', 'An evidence file does not exist');
    if (!hasRole(actor, Role.ADMIN) && files.some((f) => f.uploadedBy.id !== actor.userId)) {
      throw BadInputError.field('evidence', 'NOT_YOURS', 'Attach files you uploaded yourself');
    }
    const kinds = new Map(evidence.map((e) => [e.fileId, e.kind]));
    claim.evidence.set(files.map((file) => tx.create(LearningClaimEvidence, { claim, file, kind: kinds.get(file.id)! })));
  }

  /** The same learning claimed twice (same form, title and start, not rejected) is a conflict. */
  private async assertNotClaimed(tx: EntityManager, employeeId: string, input: LearningClaimInput, except?: string): Promise<void> {
    const same = await tx.findOne(LearningClaim, {
      employee: employeeId,
      form: input.formId,
      startDate: input.startDate,
      title: { $ilike: input.title.trim().replace(/[\\%_]/g, (c) => `\\${c}`) },
      status: { $ne: ClaimStatus.REJECTED },
      ...(except && { id: { $ne: except } }),
    });
    if (same) throw new ConflictError('This learning has already been claimed');
  }

  /** Sends a claim: its record waits for approval, its JP shown as pending. */
  async create(actor: Actor, input: LearningClaimInput): Promise<LearningClaim> {
    const employee = await this.claimant(actor, input.employeeId);
    const form = await this.formOf(input.formId);
    this.checkNotFuture(input);
    return this.em.transactional(async (tx) => {
      await this.assertNotClaimed(tx, employee.id, input);
      const claim = tx.create(LearningClaim, {
        employee,
        form,
        ...this.fields(input),
        submittedBy: actor.userId,
        submittedAt: this.clock.now(),
      });
      await this.attachEvidence(tx, actor, claim, form, input);
      if (actor.employeeId !== employee.id) {
        new AuditService(this.clock).record(tx, actor, {
          action: 'record.claim.recordOnBehalf',
          subjectType: 'LearningClaim',
          subjectId: claim.id,
          employeeId: employee.id,
          details: { formId: form.id, title: claim.title, startDate: claim.startDate, endDate: claim.endDate },
        });
      }
      await this.credit(tx, claim, form, input);
      return claim;
    });
  }

  private fields(input: LearningClaimInput) {
    return {
      title: input.title.trim(),
      organiser: input.organiser?.trim() || null,
      startDate: input.startDate,
      endDate: input.endDate,
      attendedDates: input.attendedDates?.length ? [...new Set(input.attendedDates)].sort() : [],
      hours: input.hours ?? null,
      sessionsPerMonth: (input.sessionsPerMonth ?? []).filter((m) => m.sessions > 0).map((m) => ({ month: m.month, sessions: m.sessions })),
      international: input.international,
      funding: input.funding,
    };
  }

  /** Credits the claim to the ledger as pending (one flush). */
  private async credit(tx: EntityManager, claim: LearningClaim, form: LearningForm, input: LearningClaimInput): Promise<void> {
    const request = await creditRequest(tx, claim.employee.id, form, input, claim.id);
    const { record } = await creditLedger(tx, { ...request, status: RecordStatus.PENDING });
    claim.record = ref(LearningRecord, record.id);
    await tx.flush();
  }

  private async load(actor: Actor, claimId: string): Promise<{ claim: LearningClaim; employee: Employee; scope: EmployeeScope }> {
    const claim = await this.em.findOne(LearningClaim, claimId, { populate: ['employee', 'form'] });
    if (!claim) throw new NotFoundError('Learning claim', claimId);
    const employee = claim.employee.getEntity();
    const scope = await employeeScope(this.em, actor);
    // Someone who may not read it learns nothing of it, not even that it exists.
    if (!recordPolicy.readRecords(actor, employee, scope)) throw new NotFoundError('Learning claim', claimId);
    return { claim, employee, scope };
  }

  async claim(actor: Actor, claimId: string): Promise<LearningClaim> {
    return (await this.load(actor, claimId)).claim;
  }

  permissions(actor: Actor, claim: LearningClaim, employee: Employee, scope: EmployeeScope): ClaimPermissions {
    const open = claim.status === ClaimStatus.SUBMITTED || claim.status === ClaimStatus.RETURNED;
    return {
      edit: open && (actor.employeeId === employee.id || (hasRole(actor, Role.ADMIN) && claim.submittedBy.id === actor.userId)),
      decide: claim.status === ClaimStatus.SUBMITTED && recordPolicy.decideClaim(actor, employee, scope),
    };
  }

  /** Changes a claim not yet decided (or returned for revision) and sends it again. */
  async update(actor: Actor, input: UpdateLearningClaimInput): Promise<LearningClaim> {
    const { claim, employee, scope } = await this.load(actor, input.claimId);
    if (!this.permissions(actor, claim, employee, scope).edit) {
      if (claim.status === ClaimStatus.APPROVED || claim.status === ClaimStatus.REJECTED)
        throw new ConflictError(`This claim is ${claim.status.toLowerCase()} and cannot be changed`);
      throw new ForbiddenError('Only the employee, or the administrator who recorded it, changes a claim');
    }
    if (input.employeeId && input.employeeId !== employee.id)
      throw BadInputError.field('employeeId', 'FIXED', 'A claim stays with its employee');
    const form = await this.formOf(input.formId);
    this.checkNotFuture(input);
    return this.em.transactional(async (tx) => {
      await this.assertNotClaimed(tx, employee.id, input, claim.id);
      if (claim.record) {
        await tx.nativeDelete(LearningRecord, { id: claim.record.id });
        claim.record = null;
      }
      tx.assign(claim, {
        form,
        ...this.fields(input),
        status: ClaimStatus.SUBMITTED,
        submittedAt: this.clock.now(),
        decisionReason: null,
        decidedAt: null,
        decidedBy: null,
      });
      await this.attachEvidence(tx, actor, claim, form, input);
      await this.credit(tx, claim, form, input);
      return claim;
    });
  }

  private async decidable(actor: Actor, claimId: string) {
    const loaded = await this.load(actor, claimId);
    assertCan(
      recordPolicy.decideClaim(actor, loaded.employee, loaded.scope),
      "Only a supervisor of the employee's OPD or an administrator decides on a claim",
    );
    if (loaded.claim.status !== ClaimStatus.SUBMITTED)
      throw new ConflictError(`This claim is ${loaded.claim.status.toLowerCase()}, not waiting for a decision`);
    return loaded;
  }

  /** Approves a claim: its JP count. For a form credited as approved, the approver may set the JP. */
  async approve(actor: Actor, input: ApproveClaimInput): Promise<LearningClaim> {
    const { claim } = await this.decidable(actor, input.claimId);
    const form = claim.form.getEntity();
    if (input.jp != null && form.creditMode !== CreditMode.AS_APPROVED) {
      throw BadInputError.field(
        'jp',
        'COMPUTED',
        `${form.name} is credited by its rule; only forms credited as approved take the approver's JP`,
      );
    }
    return this.em.transactional(async (tx) => {
      const record = await tx.findOneOrFail(LearningRecord, claim.record!.id);
      if (input.jp != null) {
        const jp = floorJp(input.jp);
        record.jp = jp;
        record.creditSteps = [{ code: CreditStepCode.AS_APPROVED, jp }];
        // The approved JP sit on the last day of the activity.
        await tx
          .getConnection()
          .execute(
            'update learning_record_day set jp = case when date = ? then ? else 0 end where record_id = ?',
            [record.endDate, jp, record.id],
            'run',
            tx.getTransactionContext(),
          );
        claim.approvedJp = jp;
      }
      record.status = RecordStatus.APPROVED;
      this.decided(tx, claim, actor, ClaimStatus.APPROVED, null);
      await tx.flush();
      return claim;
    });
  }

  /** Rejects a claim with a reason: its JP never count, and free the caps they held. */
  async reject(actor: Actor, input: ClaimDecisionInput): Promise<LearningClaim> {
    const { claim } = await this.decidable(actor, input.claimId);
    return this.em.transactional(async (tx) => {
      await tx.nativeUpdate(LearningRecord, { id: claim.record!.id }, { status: RecordStatus.REJECTED });
      this.decided(tx, claim, actor, ClaimStatus.REJECTED, input.reason.trim());
      await tx.flush();
      return claim;
    });
  }

  /** Returns a claim to the employee for revision, with what to change; its pending JP are withdrawn until it is sent again. */
  async returnClaim(actor: Actor, input: ClaimDecisionInput): Promise<LearningClaim> {
    const { claim } = await this.decidable(actor, input.claimId);
    return this.em.transactional(async (tx) => {
      await tx.nativeDelete(LearningRecord, { id: claim.record!.id });
      claim.record = null;
      this.decided(tx, claim, actor, ClaimStatus.RETURNED, input.reason.trim());
      await tx.flush();
      return claim;
    });
  }

  /** Records the decision on the claim and in the audit trail (an administrator acting for an OPD's supervisor, or the supervisor). */
  private decided(tx: EntityManager, claim: LearningClaim, actor: Actor, status: ClaimStatus, reason: string | null): void {
    new AuditService(this.clock).record(tx, actor, {
      action: `record.claim.${{ [ClaimStatus.APPROVED]: 'approve', [ClaimStatus.REJECTED]: 'reject', [ClaimStatus.RETURNED]: 'return', [ClaimStatus.SUBMITTED]: 'submit' }[status]}`,
      subjectType: 'LearningClaim',
      subjectId: claim.id,
      employeeId: claim.employee.id,
      purpose: reason,
      details: { jp: claim.approvedJp ?? null, asAdministrator: hasRole(actor, Role.ADMIN) },
    });
    claim.status = status;
    claim.decisionReason = reason;
    claim.decidedAt = this.clock.now();
    claim.decidedBy = ref(User, actor.userId);
  }

  /**
   * Claims the viewer may see, newest first: their own, those of the OPDs they supervise, all for
   * committee and administrators. `toDecide`: the approval queue, oldest first.
   */
  async claims(actor: Actor, filter: ClaimFilter = {}, page: PageInput): Promise<Page<LearningClaim>> {
    const where: FilterQuery<LearningClaim> = {};
    if (filter.status) where.status = filter.status;
    if (filter.employeeId) where.employee = filter.employeeId;
    if (filter.year) where.endDate = { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` };
    const scope = await employeeScope(this.em, actor);
    if (filter.toDecide) {
      where.status = ClaimStatus.SUBMITTED;
      const and: FilterQuery<LearningClaim>[] = actor.employeeId ? [{ employee: { $ne: actor.employeeId } }] : [];
      if (!hasRole(actor, Role.ADMIN)) {
        if (!scope.supervisedOpds.size) return emptyPage(page);
        and.push({ employee: { opd: { $in: [...scope.supervisedOpds] } } });
      }
      if (and.length) where.$and = and;
      return findPage(this.em, LearningClaim, where, page, { submittedAt: 'asc' });
    }
    if (!hasRole(actor, Role.ADMIN, Role.COMMITTEE)) {
      const visible: FilterQuery<LearningClaim>[] = [];
      if (actor.employeeId) visible.push({ employee: actor.employeeId });
      if (hasRole(actor, Role.SUPERVISOR) && scope.supervisedOpds.size)
        visible.push({ employee: { opd: { $in: [...scope.supervisedOpds] } } });
      if (!visible.length) return emptyPage(page);
      where.$and = [{ $or: visible }];
    }
    return findPage(this.em, LearningClaim, where, page, { submittedAt: 'desc' });
  }

  /** The evidence of claims, for every claim of a request in one query. */
  evidenceOf(claim: LearningClaim): Promise<LearningClaimEvidence[]> {
    return requestLoader<string, LearningClaimEvidence[]>(this.em, 'claimEvidence', async (ids) => {
      const rows = await this.em.find(
        LearningClaimEvidence,
        { claim: { $in: [...ids] } },
        { populate: ['file'], orderBy: { createdAt: 'asc' } },
      );
      return groupByKeys(ids, rows, (r) => r.claim.id);
    })
      .load(claim.id)
      .then((rows) => rows ?? []);
  }

  /** The ledger record of claims, for every claim of a request in one query. */
  recordOf(claim: LearningClaim): Promise<LearningRecord | null> {
    if (!claim.record) return Promise.resolve(null);
    return requestLoader<string, LearningRecord>(this.em, 'claimRecord', async (ids) =>
      byKeys(ids, await this.em.find(LearningRecord, { id: { $in: [...ids] } }), (r) => r.id),
    ).load(claim.record.id);
  }
}
