import { COMPETENCY_LEVEL } from '@komunitas-pintar/domain';
import { IsIntBetween } from '../../common/validators';

/** A competency level: a whole number from 1 to 5 (DOMAIN.md). */
export const IsCompetencyLevel = (): PropertyDecorator => IsIntBetween(COMPETENCY_LEVEL.min, COMPETENCY_LEVEL.max);

/** The level someone holds: 0 when they hold none yet, otherwise a competency level. */
export const IsHeldLevel = (): PropertyDecorator => IsIntBetween(0, COMPETENCY_LEVEL.max);
