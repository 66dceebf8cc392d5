import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { assertCan } from '../../common/errors';
import type { CreatePositionInput } from '../organisation/organisation.inputs';
import { organisationPolicy } from '../organisation/organisation.policy';
import { OrganisationService } from '../organisation/organisation.service';
import type { Position } from '../organisation/position.entity';
import { CompetencyService } from './competency.service';

/**
 * Creates a position with its default competency standard: the managerial and socio-cultural
 * competencies at the default level of its position type. One flush saves both.
 */
export async function createPosition(em: EntityManager, actor: Actor, input: CreatePositionInput): Promise<Position> {
  assertCan(organisationPolicy.maintainStructure(actor), 'Only administrators create positions');
  const position = await new OrganisationService(em).newPosition(input);
  await new CompetencyService(em).applyDefaultStandard(position);
  await em.flush();
  return position;
}
