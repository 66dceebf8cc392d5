import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import type { CreatePositionInput } from '../organisation/organisation.inputs';
import { OrganisationService } from '../organisation/organisation.service';
import type { Position } from '../organisation/position.entity';
import { applyDefaultStandard } from './competency.service';

/**
 * Creates a position with its default competency standard: the managerial and socio-cultural
 * competencies at the default level of its position type. One flush saves both.
 */
export async function createPosition(em: EntityManager, clock: Clock, actor: Actor, input: CreatePositionInput): Promise<Position> {
  const position = await new OrganisationService(em, clock).newPosition(actor, input);
  await applyDefaultStandard(em, position);
  await em.flush();
  return position;
}
