import { byKeys } from '../../common/loaders';
import type { SupervisedOpdsSource } from '../organisation/employee-access';
import { User } from './user.entity';

/** The OPDs each user supervises, kept on their account; organisation asks it through its registry. */
export const supervisedOpdsOf: SupervisedOpdsSource = async (em, userIds) => {
  const users = await em.find(User, { id: { $in: [...userIds] } }, { populate: ['supervisedOpds'] });
  return byKeys(userIds, users, (u) => u.id).map((u) => (u?.supervisedOpds.getIdentifiers() as string[] | undefined) ?? []);
};
