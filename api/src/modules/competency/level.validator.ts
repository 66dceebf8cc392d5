import { IsIntBetween } from '../../common/validators';

/** A competency level: a whole number from 1 to 5 (DOMAIN.md). */
export const IsCompetencyLevel = (): PropertyDecorator => IsIntBetween(1, 5);
