import { isEmail } from 'class-validator';
import type { FieldError } from '../../common/errors';
import { isValidRank, LIMITS, parseNip, PHONE_PATTERN } from '@komunitas-pintar/domain';
import type { Employee } from './employee.entity';
import type { Opd } from './opd.entity';
import { EmployeeType } from './organisation.enums';
import type { Position } from './position.entity';

/** An employee as it would be after a create, update or import row, with references resolved. */
export interface EmployeeDraft {
  nip: string;
  /** The name, email and phone being written; left out (undefined) when the write keeps them. */
  name?: string;
  email?: string | null;
  phone?: string | null;
  employeeType: EmployeeType;
  opd: Opd | null;
  position: Position | null;
  rank: string | null;
  /** How the caller named the OPD and position it asked for (`code BKD`, `this id`), for messages. */
  requested: { opd: string; position: string | null };
}

export type EmployeeFieldNames = Record<'nip' | 'name' | 'email' | 'phone' | 'employeeType' | 'opd' | 'position' | 'rank', string>;

/**
 * The rules every write of an employee must pass, whatever its channel (form, API, CSV import).
 * Text is checked as it will be stored, trimmed. Rule names match the input decorators'
 * (`minLength`, `isEmail`, ...) so a client translates them once.
 * Returns the field errors, with the normalised NIP when it is valid.
 */
export function checkEmployee(
  draft: EmployeeDraft,
  fields: EmployeeFieldNames,
): {
  errors: FieldError[];
  nip: string | null;
} {
  const errors: FieldError[] = [];
  const parsed = parseNip(draft.nip);
  if (!parsed.ok) errors.push({ field: fields.nip, rule: parsed.rule, message: parsed.message });
  if (draft.name !== undefined) {
    const name = draft.name.trim();
    if (!name) errors.push({ field: fields.name, rule: 'REQUIRED', message: 'The name is missing' });
    else if (name.length < LIMITS.personNameMin) {
      errors.push({ field: fields.name, rule: 'minLength', message: `The name must have at least ${LIMITS.personNameMin} characters` });
    } else if (name.length > LIMITS.nameMax) {
      errors.push({ field: fields.name, rule: 'maxLength', message: `The name may have at most ${LIMITS.nameMax} characters` });
    }
  }
  const email = draft.email?.trim();
  if (email && email.length > LIMITS.emailMax) {
    errors.push({ field: fields.email, rule: 'maxLength', message: `The email address may have at most ${LIMITS.emailMax} characters` });
  } else if (email && !isEmail(email)) {
    errors.push({ field: fields.email, rule: 'isEmail', message: 'The email address is not valid' });
  }
  const phone = draft.phone?.trim();
  if (phone && !PHONE_PATTERN.test(phone)) {
    errors.push({ field: fields.phone, rule: 'matches', message: 'The phone number must contain 6–30 digits, spaces, dashes or brackets' });
  }
  if (!draft.opd) errors.push({ field: fields.opd, rule: 'NOT_FOUND', message: `No OPD with ${draft.requested.opd}` });
  if (draft.requested.position && !draft.position) {
    errors.push({ field: fields.position, rule: 'NOT_FOUND', message: `No position with ${draft.requested.position}` });
  }
  if (draft.rank && !isValidRank(draft.employeeType, draft.rank)) {
    errors.push({
      field: fields.rank,
      rule: 'RANK',
      message:
        draft.employeeType === EmployeeType.PNS ? 'A PNS rank is a golongan from I/a to IV/e' : 'A PPPK rank is a golongan from I to XVII',
    });
  }
  const positionOpd = draft.position?.opd?.id;
  if (draft.position && positionOpd && draft.opd && positionOpd !== draft.opd.id) {
    errors.push({ field: fields.position, rule: 'POSITION_OPD', message: 'The position belongs to another OPD' });
  }
  return { errors, nip: parsed.ok ? parsed.parts.nip : null };
}

/** Birth date, gender and appointment month read from a stored employee's NIP (stored NIPs are valid). */
export function nipFacts(employee: Pick<Employee, 'id' | 'nip'>) {
  const parsed = parseNip(employee.nip);
  if (!parsed.ok) throw new Error(`Stored NIP of employee ${employee.id} is invalid`);
  return parsed.parts;
}
