import { IsIntBetween } from '../../common/validators';

/** The year of a JP period or a development plan: a whole number from 2000 to 2100. */
export const IsYear = (): PropertyDecorator => IsIntBetween(2000, 2100);
