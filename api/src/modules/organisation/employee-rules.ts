import type { FieldError } from '../../common/errors';
import { isValidRank, parseNip } from '../../common/limits';
import type { Opd } from './opd.entity';
import { EmployeeType } from './organisation.enums';
import type { Position } from './position.entity';

/** An employee as it would be after a create, update or import row, with references resolved. */
export interface EmployeeDraft {
  nip: string;
  employeeType: EmployeeType;
  opd: Opd | null;
  position: Position | null;
  rank: string | null;
  /** How the caller named the OPD and position it asked for (`code BKD`, `this id`), for messages. */
  requested: { opd: string; position: string | null };
}

/**
 * The rules every write of an employee must pass, whatever its channel.
 * Returns the field errors, with the normalised NIP when it is valid.
 */
export function checkEmployee(draft: EmployeeDraft, fields: Record<'nip' | 'employeeType' | 'opd' | 'position' | 'rank', string>): {
  errors: FieldError[];
  nip: string | null;
} {
  const errors: FieldError[] = [];
  const parsed = parseNip(draft.nip);
  if (!parsed.ok) errors.push({ field: fields.nip, rule: parsed.rule, message: parsed.message });
  if (!draft.opd) errors.push({ field: fields.opd, rule: 'NOT_FOUND', message: `No OPD with ${draft.requested.opd}` });
  if (draft.requested.position && !draft.position) {
    errors.push({ field: fields.position, rule: 'NOT_FOUND', message: `No position with ${draft.requested.position}` });
  }
  if (draft.rank && !isValidRank(draft.employeeType, draft.rank)) {
    errors.push({
      field: fields.rank,
      rule: 'RANK',
      message:
        draft.employeeType === EmployeeType.PNS
          ? 'A PNS rank is a golongan from I/a to IV/e'
          : 'A PPPK rank is a golongan from I to XVII',
    });
  }
  const positionOpd = draft.position?.opd?.id;
  if (draft.position && positionOpd && draft.opd && positionOpd !== draft.opd.id) {
    errors.push({ field: fields.position, rule: 'POSITION_OPD', message: 'The position belongs to another OPD' });
  }
  return { errors, nip: parsed.ok ? parsed.parts.nip : null };
}
