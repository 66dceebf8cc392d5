import { instant, preloaded } from '../../common/read-model';
import type { Position } from '../organisation/position.entity';
import type { Competency } from './competency.entity';
import type { CompetencyType } from './competency.enums';
import type { PositionCompetency } from './position-competency.entity';

/** A row of a position's standard with its competency, as a read model's statement gives it (`row_to_json`). */
export interface StandardJson {
  id: string;
  required_level: number;
  created_at: string;
  updated_at: string;
  competency: CompetencyJson;
}

/** A competency as a read model's statement gives it (its columns, `row_to_json` or a plain row). */
export interface CompetencyJson {
  id: string;
  code: string;
  name: string;
  type: CompetencyType;
  government_affair: string | null;
  description: string;
  active: boolean;
  created_at: string | Date;
  updated_at: string | Date;
}

/** The columns of `competency` that `competencyOfJson` reads. */
export const COMPETENCY_COLUMNS = 'id, code, name, type, government_affair, description, active, created_at, updated_at';

/** The competency in hand, standing in for the entity (read only; its levels are read by id when asked). */
export function competencyOfJson(c: CompetencyJson): Competency {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    type: c.type,
    governmentAffair: c.government_affair,
    description: c.description,
    active: c.active,
    createdAt: instant(c.created_at),
    updatedAt: instant(c.updated_at),
  } as Competency;
}

/** The row with its competency in hand, standing in for the entity (read only). */
export function standardOfJson(position: Position, row: StandardJson): PositionCompetency {
  const competency = competencyOfJson(row.competency);
  return {
    id: row.id,
    position: preloaded(position),
    competency: preloaded(competency),
    requiredLevel: row.required_level,
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
  } as PositionCompetency;
}
