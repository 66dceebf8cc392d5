import type { EntityManager } from '@mikro-orm/postgresql';
import { instant, lazyReference, preloaded, readRows } from '../../common/read-model';
import { StoredFile } from '../file/stored-file.entity';
import { User } from '../identity/user.entity';
import { EMPLOYEE_COLUMNS, type EmployeeRow, employeeOfRow } from '../organisation/employee-directory';
import type { Employee } from '../organisation/employee.entity';
import { type PositionJson, positionOfJson } from '../organisation/position-json';
import type { Position } from '../organisation/position.entity';
import { Competency as CompetencyEntity, type Competency } from './competency.entity';
import type { CompetencyAssessment } from './competency-assessment.entity';
import type { AssessmentMethod } from './competency.enums';
import type { PositionCompetency } from './position-competency.entity';
import { type StandardJson, standardOfJson } from './standard-json';

/** Timestamps inside JSON are PostgreSQL's text with its offset. */
type Stamp = string;

interface AssessmentJson {
  id: string;
  competency_id: string;
  level: number;
  method: AssessmentMethod;
  assessed_on: string;
  valid_until: string;
  evidence: string | null;
  evidence_file_id: string | null;
  assessor_id: string | null;
  created_at: Stamp;
  updated_at: Stamp;
}

interface GapRow extends EmployeeRow {
  target: PositionJson | null;
  standard: StandardJson[];
  assessments: AssessmentJson[];
}

/** What the gap of one employee to one position is computed from, all read by one statement. */
export interface GapInputs {
  employee: Employee;
  /** The position compared against: the one asked for, else the employee's own (null: none). */
  position: Position | null;
  standard: PositionCompetency[];
  assessments: CompetencyAssessment[];
}

/** The statement of `gapInputs`, made once: a text built per call would be hashed anew to find its prepared name. */
const GAP_INPUTS_SQL = `select ${EMPLOYEE_COLUMNS},
      (select json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'position_type', t.position_type,
                'government_affair', t.government_affair, 'summary', t.summary, 'requirements', t.requirements,
                'opd_id', t.opd_id, 'created_at', t.created_at, 'updated_at', t.updated_at)
         from position t where t.id = coalesce(?::uuid, e.position_id)) as target,
      coalesce((select json_agg(json_build_object('id', s.id, 'position_id', s.position_id, 'required_level', s.required_level,
                'created_at', s.created_at, 'updated_at', s.updated_at,
                'competency', json_build_object('id', c.id, 'code', c.code, 'name', c.name, 'type', c.type,
                  'government_affair', c.government_affair, 'description', c.description, 'active', c.active,
                  'created_at', c.created_at, 'updated_at', c.updated_at)))
         from position_competency s join competency c on c.id = s.competency_id
        where s.position_id = coalesce(?::uuid, e.position_id)), '[]'::json) as standard,
      coalesce((select json_agg(json_build_object('id', a.id, 'competency_id', a.competency_id, 'level', a.level,
                'method', a.method, 'assessed_on', a.assessed_on, 'valid_until', a.valid_until, 'evidence', a.evidence,
                'evidence_file_id', a.evidence_file_id, 'assessor_id', a.assessor_id,
                'created_at', a.created_at, 'updated_at', a.updated_at))
         from competency_assessment a where a.employee_id = e.id), '[]'::json) as assessments
    from employee e
    left join opd o on o.id = e.opd_id
    left join position p on p.id = e.position_id
   where e.id = ?`;

/**
 * The employee (with OPD and position), the position to compare against, its standard rows with
 * their competencies, and every assessment of the employee: one statement of plain rows, no
 * entities. `positionId` null compares against the employee's own position. Null when there is no
 * such employee.
 */
export async function gapInputs(em: EntityManager, employeeId: string, positionId: string | null): Promise<GapInputs | null> {
  const [row] = await readRows<GapRow>(em, GAP_INPUTS_SQL, [positionId, positionId, employeeId]);
  if (!row) return null;
  const employee = employeeOfRow(em, row);
  const own = employee.position?.getEntity() ?? null;
  const position = !row.target ? null : own && own.id === row.target.id ? own : positionOfJson(em, row.target, employee.opd.getEntity());
  const standard = row.standard.map((s) => standardOfJson(position!, s));
  const competencies = new Map<string, Competency>(standard.map((s) => [s.competency.id, s.competency.getEntity()]));
  const assessments = row.assessments.map(
    (a) =>
      ({
        id: a.id,
        employee: preloaded(employee),
        competency: competencies.has(a.competency_id)
          ? preloaded(competencies.get(a.competency_id)!)
          : lazyReference(em, CompetencyEntity, a.competency_id),
        level: a.level,
        method: a.method,
        assessedOn: a.assessed_on,
        validUntil: a.valid_until,
        evidence: a.evidence,
        evidenceFile: a.evidence_file_id ? lazyReference(em, StoredFile, a.evidence_file_id) : null,
        assessor: a.assessor_id ? lazyReference(em, User, a.assessor_id) : null,
        // Parsed only when asked for: a gap rarely shows when evidence was entered.
        get createdAt() {
          return instant(a.created_at);
        },
        get updatedAt() {
          return instant(a.updated_at);
        },
      }) as CompetencyAssessment,
  );
  return { employee, position, standard, assessments };
}
