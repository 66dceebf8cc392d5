import type { EntityManager } from '@mikro-orm/postgresql';
import { instant, lazyReference, preloaded } from '../../common/read-model';
import { Opd } from './opd.entity';
import type { PositionType } from './organisation.enums';
import type { Position } from './position.entity';

/** A position as a read model's statement gives it (`row_to_json`: timestamps as PostgreSQL's text). */
export interface PositionJson {
  id: string;
  code: string;
  name: string;
  position_type: PositionType;
  government_affair: string | null;
  summary: string | null;
  requirements: Position['requirements'];
  opd_id: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * The position of such a row, standing in for the entity (read only): its OPD is `opdInHand` when
 * that is the one, else a reference loaded only when asked for.
 */
export function positionOfJson(em: EntityManager, row: PositionJson, opdInHand?: Opd): Position {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    positionType: row.position_type,
    governmentAffair: row.government_affair,
    summary: row.summary,
    requirements: row.requirements,
    opd: row.opd_id ? (row.opd_id === opdInHand?.id ? preloaded(opdInHand) : lazyReference(em, Opd, row.opd_id)) : null,
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
  } as Position;
}
