import { Role } from '../../../api/src/common/role';
import { identityPolicy } from '../../../api/src/modules/identity/identity.policy';
import { actorWith } from '../../support/policy-table';

describe('accounts', () => {
  it.each(Object.values(Role))('%s: accounts and supervision are for administrators only', (role) => {
    expect(identityPolicy.readAccount(actorWith(role))).toBe(role === Role.ADMIN);
    expect(identityPolicy.setSupervision(actorWith(role))).toBe(role === Role.ADMIN);
  });

  it.each(Object.values(Role))('%s changes only their own password', (role) => {
    const actor = actorWith(role);
    expect(identityPolicy.changePassword(actor, actor.userId)).toBe(true);
    expect(identityPolicy.changePassword(actor, 'someone-else')).toBe(false);
  });
});
