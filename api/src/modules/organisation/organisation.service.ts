import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { emitDomainEvent } from '../../common/events';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import type { Page, PageInput } from '../../common/paging';
import { likePattern } from '../../common/text';
import { directoryPage } from './employee-directory';
import { Employee } from './employee.entity';
import { checkEmployee, type EmployeeFieldNames } from './employee-rules';
import { Opd } from './opd.entity';
import { AuditService } from '../audit/audit.service';
import type {
  CorrectPlacementStartInput,
  CreateEmployeeInput,
  CreateOpdInput,
  CreatePositionInput,
  EmployeeFilter,
  PositionFilter,
  UpdateEmployeeInput,
} from './organisation.inputs';
import { organisationPolicy } from './organisation.policy';
import { Position } from './position.entity';
import { PositionTypeInfo } from './position-type.entity';
import {
  heldNow,
  type HeldNow,
  heldSpan,
  lockEmployeeOf,
  lockEmployees,
  placementChanges,
  placementError,
  positionHistoryOf,
  startChangedError,
  startCorrectionError,
  writePlacement,
  writeStartCorrection,
} from './position-history';
import { PositionHeld } from './position-held.entity';
import { employeeScope, readableEmployee } from './employee-access';

const EMPLOYEE_FIELDS: EmployeeFieldNames = {
  nip: 'nip',
  name: 'name',
  email: 'email',
  phone: 'phone',
  employeeType: 'employeeType',
  opd: 'opdId',
  position: 'positionId',
  rank: 'rank',
};

const PLACED_WITHOUT_CHANGE = {
  field: 'placedOn',
  rule: 'PLACED_WITHOUT_CHANGE',
  message: 'placedOn dates a new position or OPD; leave it out when neither changes',
};

/** Fields an update may leave out but not empty: null there is a mistake, not "no change". */
const UPDATE_REQUIRED = ['nip', 'name', 'employeeType', 'opdId', 'active'] as const;

/**
 * True when an update names another OPD or position than the employee's (read without a lock): only
 * then may it change the records of the positions held. The employee's OPD and position are those of
 * their open record (a change of either writes both in one flush).
 */
function asksToMove(employee: Employee, input: UpdateEmployeeInput): boolean {
  const opdId = input.opdId ?? employee.opd.id;
  const positionId = input.positionId === undefined ? (employee.position?.id ?? null) : input.positionId;
  return opdId !== employee.opd.id || positionId !== (employee.position?.id ?? null);
}

export class OrganisationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  opds(_actor: Actor): Promise<Opd[]> {
    return this.em.find(Opd, {}, { orderBy: { kind: 'asc', name: 'asc' } });
  }

  positions(_actor: Actor, filter: PositionFilter = {}): Promise<Position[]> {
    const where: FilterQuery<Position> = {};
    if (filter.search?.trim()) {
      const q = `%${likePattern(filter.search.trim())}%`;
      where.$or = [{ name: { $ilike: q } }, { code: { $ilike: q } }];
    }
    if (filter.opdId) where.$and = [{ $or: [{ opd: filter.opdId }, { opd: null }] }];
    if (filter.positionType) where.positionType = filter.positionType;
    return this.em.find(Position, where, { orderBy: { name: 'asc' } });
  }

  positionTypes(_actor: Actor): Promise<PositionTypeInfo[]> {
    return this.em.find(PositionTypeInfo, {}, { orderBy: { sortOrder: 'asc' } });
  }

  async position(_actor: Actor, id: string): Promise<Position> {
    const position = await this.em.findOne(Position, id);
    if (!position) throw new NotFoundError('Position', id);
    return position;
  }

  /**
   * The directory, read as plain rows in one statement; a supervisor sees the employees of the
   * OPDs they supervise first, then the rest (unless the filter names an OPD).
   */
  async employees(actor: Actor, filter: EmployeeFilter = {}, page: PageInput): Promise<Page<Employee>> {
    assertCan(organisationPolicy.browseDirectory(actor), 'You may not browse the employee directory');
    const supervised = filter.opdId ? [] : [...(await employeeScope(this.em, actor)).supervisedOpds];
    return directoryPage(this.em, filter, page, supervised);
  }

  async employee(actor: Actor, id: string): Promise<Employee> {
    const employee = await this.em.findOne(Employee, id);
    if (!employee) throw new NotFoundError('Employee', id);
    assertCan(organisationPolicy.readEmployee(actor, employee), 'You may only see your own employee record');
    return employee;
  }

  /** The positions an employee held, newest first: for whoever may read the employee's records. */
  async positionHistory(actor: Actor, employeeId: string): Promise<PositionHeld[]> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    return positionHistoryOf(this.em, employee.id);
  }

  /**
   * Corrects the first day of a record of the positions held, with the previous record's end when
   * it adjoins; the employee's `positionSince` reads the open record. The employee is locked through
   * the record (`lockEmployeeOf`, one statement) before the employee's records, among them this one
   * and the one before it, are read (one statement), checked and written, so two
   * corrections of one record run one after the other: the second finds the start it expected gone
   * and is refused (CONFLICT) with nothing written. The change and its audit entry (old and new days,
   * the reason) commit together.
   */
  async correctPlacementStart(actor: Actor, input: CorrectPlacementStartInput): Promise<PositionHeld> {
    assertCan(organisationPolicy.correctPlacements(actor), 'Only administrators correct the positions held');
    return this.em.transactional(async (em) => {
      const employeeId = await lockEmployeeOf(em, input.placementId);
      if (!employeeId) throw new NotFoundError('Position held', input.placementId);
      // Read once locked: a change of the same day waited for may have replaced the record.
      const records = await em.find(PositionHeld, { employee: employeeId }, { refresh: true });
      const record = records.find((r) => r.id === input.placementId);
      if (!record) throw new NotFoundError('Position held', input.placementId);
      if (record.fromDate !== input.expectedFromDate) throw startChangedError(record, 'expectedFromDate');
      const span = heldSpan(records, record);
      const error = startCorrectionError(span, input.fromDate, this.clock.today(), 'fromDate');
      if (error) throw new BadInputError([error]);
      await em.populate(record, ['position', 'opd']);
      const before = record.fromDate;
      const previous = writeStartCorrection(span, input.fromDate);
      new AuditService(this.clock).record(em, actor, {
        action: 'organisation.placement.correct',
        subjectType: 'PositionHeld',
        subjectId: record.id,
        employeeId: record.employee.id,
        purpose: input.reason.trim(),
        details: {
          position: record.position.getEntity().code,
          opd: record.opd.getEntity().code,
          fromDate: { before, after: input.fromDate },
          ...(previous && { previous: { id: previous.previousId, toDate: { before: previous.from, after: previous.to } } }),
        },
      });
      await em.flush();
      return record;
    });
  }

  private async loadRefs(opdId: string | null | undefined, positionId: string | null | undefined, em = this.em) {
    const opd = opdId ? await em.findOne(Opd, opdId) : null;
    const position = positionId ? await em.findOne(Position, positionId) : null;
    return { opd, position, requested: { opd: 'this id', position: positionId ? 'this id' : null } };
  }

  private async assertNipFree(nip: string, exceptId?: string, em = this.em): Promise<void> {
    const other = await em.findOne(Employee, { nip, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (other) throw BadInputError.field('nip', 'NIP_TAKEN', `NIP ${nip} is already registered to ${other.name}`);
  }

  /** Adds an employee; identity opens their learner account in the same unit of work. */
  async createEmployee(actor: Actor, input: CreateEmployeeInput): Promise<Employee> {
    assertCan(organisationPolicy.updateEmployee(actor), 'Only administrators add employees');
    const { opd, position, requested } = await this.loadRefs(input.opdId, input.positionId);
    const rank = input.rank?.trim() || null;
    const { errors, nip } = checkEmployee(
      {
        nip: input.nip,
        name: input.name,
        email: input.email,
        phone: input.phone,
        employeeType: input.employeeType,
        opd,
        position,
        rank,
        requested,
      },
      EMPLOYEE_FIELDS,
    );
    const since = input.placedOn ?? this.clock.today();
    if (input.placedOn && !position) errors.push(PLACED_WITHOUT_CHANGE);
    const placed = position ? placementError(undefined, since, this.clock.today(), 'placedOn') : null;
    if (placed) errors.push(placed);
    if (errors.length) throw new BadInputError(errors);
    await this.assertNipFree(nip!);
    const employee = this.em.create(Employee, {
      nip: nip!,
      name: input.name.trim(),
      employeeType: input.employeeType,
      opd: opd!,
      position,
      rank,
      email: input.email?.trim() || null,
      phone: input.phone?.trim() || null,
    });
    writePlacement(this.em, employee, undefined, { position, opd: opd! }, since);
    await emitDomainEvent(
      'employeesCreated',
      { employees: [{ id: employee.id, nip: employee.nip, name: employee.name }], actor },
      { em: this.em, clock: this.clock },
    );
    await this.em.flush();
    return employee;
  }

  async updateEmployee(actor: Actor, input: UpdateEmployeeInput): Promise<Employee> {
    assertCan(organisationPolicy.updateEmployee(actor), 'Only administrators change employees');
    const emptied = UPDATE_REQUIRED.filter((field) => input[field] === null);
    if (emptied.length) {
      throw new BadInputError(
        emptied.map((field) => ({ field, rule: 'REQUIRED', message: `${field} cannot be emptied; leave it out to keep it` })),
      );
    }
    return this.em.transactional(async (em) => {
      let employee = await em.findOne(Employee, input.id, { populate: ['opd', 'position'] });
      if (!employee) throw new NotFoundError('Employee', input.id);
      // An update that asks for another position or OPD locks the employee and reads their records of the
      // positions held, then the employee again, so a correction of a start, an import or another change of the
      // employee running at the same time waits for this change or this change for it, and the later one is
      // checked against what the first wrote. One that keeps both (the form sends them unchanged) writes no
      // record of the positions held and does neither: its update leaves the placement's columns as they are.
      // A deactivation locks the employee too (no records read), so two at once close the account once.
      let held: HeldNow | undefined;
      const mayMove = asksToMove(employee, input);
      const deactivates = input.active === false && employee.active;
      if (mayMove || deactivates) {
        if (mayMove) held = (await heldNow(em, [input.id])).get(input.id);
        else await lockEmployees(em, [input.id]);
        employee = await em.findOne(Employee, input.id, { refresh: true });
        if (!employee) throw new NotFoundError('Employee', input.id);
        await em.populate(employee, ['opd', 'position']);
      }
      const wasActive = employee.active;
      const refs = await this.loadRefs(input.opdId ?? employee.opd.id, input.positionId, em);
      const position = input.positionId === undefined ? (employee.position?.getEntity() ?? null) : refs.position;
      const employeeType = input.employeeType ?? employee.employeeType;
      const rank = input.rank === undefined ? (employee.rank ?? null) : input.rank?.trim() || null;
      const { errors, nip } = checkEmployee(
        {
          nip: input.nip ?? employee.nip,
          name: input.name ?? undefined,
          email: input.email,
          phone: input.phone,
          employeeType,
          opd: refs.opd,
          position,
          rank,
          requested: refs.requested,
        },
        EMPLOYEE_FIELDS,
      );
      // A change of position or OPD closes the open record of the positions held and opens the next, in this flush.
      const placement = { position, opd: refs.opd! };
      const moved = mayMove && !!refs.opd && placementChanges(held, placement);
      const since = input.placedOn ?? this.clock.today();
      if (input.placedOn && !moved) errors.push(PLACED_WITHOUT_CHANGE);
      const placed = moved ? placementError(held, since, this.clock.today(), 'placedOn') : null;
      if (placed) errors.push(placed);
      if (errors.length) throw new BadInputError(errors);
      if (nip !== employee.nip) await this.assertNipFree(nip!, employee.id, em);
      if (moved) writePlacement(em, employee, held, placement, since);
      em.assign(employee, {
        nip: nip!,
        employeeType,
        opd: refs.opd!,
        position,
        rank,
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.email !== undefined && { email: input.email?.trim() || null }),
        ...(input.phone !== undefined && { phone: input.phone?.trim() || null }),
        ...(input.active !== undefined && input.active !== null && { active: input.active }),
      });
      if (wasActive && !employee.active) {
        await emitDomainEvent('employeesDeactivated', { employeeIds: [employee.id], actor }, { em, clock: this.clock });
      }
      await em.flush();
      return employee;
    });
  }

  async createOpd(actor: Actor, input: CreateOpdInput): Promise<Opd> {
    assertCan(organisationPolicy.maintainStructure(actor), 'Only administrators add OPDs');
    const code = input.code.trim().toUpperCase();
    if (await this.em.count(Opd, { code })) {
      throw BadInputError.field('code', 'CODE_TAKEN', `OPD code ${code} is already used`);
    }
    const opd = this.em.create(Opd, { code, name: input.name.trim(), kind: input.kind });
    await this.em.flush();
    return opd;
  }

  /** A new position, checked and persisted but not flushed: `createPosition` (competency) adds its standard and saves. */
  async newPosition(actor: Actor, input: CreatePositionInput): Promise<Position> {
    assertCan(organisationPolicy.maintainStructure(actor), 'Only administrators create positions');
    const code = input.code.trim().toUpperCase();
    if (await this.em.count(Position, { code })) {
      throw BadInputError.field('code', 'CODE_TAKEN', `Position code ${code} is already used`);
    }
    const opd = input.opdId ? await this.em.findOne(Opd, input.opdId) : null;
    if (input.opdId && !opd) throw BadInputError.field('opdId', 'NOT_FOUND', 'No OPD with this id');
    const position = this.em.create(Position, {
      code,
      name: input.name.trim(),
      positionType: input.positionType,
      opd,
    });
    return position;
  }
}
