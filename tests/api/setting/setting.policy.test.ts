import { Role } from '../../../api/src/common/role';
import { settingPolicy } from '../../../api/src/modules/setting/setting.policy';
import { actorWith } from '../../support/policy-table';

describe('settings', () => {
  //                        read  update
  const table: Record<Role, [boolean, boolean]> = {
    LEARNER: /*          */ [true, false],
    TRAINER: /*          */ [true, false],
    SUPERVISOR: /*       */ [true, false],
    COMMITTEE: /*        */ [true, false],
    ADMIN: /*            */ [true, true],
  };

  it.each(Object.entries(table))('%s reads %s and updates %s', (role, [read, update]) => {
    const actor = actorWith(role as Role);
    expect(settingPolicy.read(actor)).toBe(read);
    expect(settingPolicy.update(actor)).toBe(update);
  });
});
