import { defineModule } from '../../common/module';
import { registerSupervisedOpdsSource } from '../organisation/employee-access';
import { AccountFieldsResolver, AccountResolver } from './account.resolver';
import { forgetLoginFailures } from './forget-login-failures';
import { registerIdentityEvents } from './identity.events';
import { EmployeeAccountResolver, IdentityResolver } from './identity.resolver';
import { LoginLock } from './login-lock.entity';
import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';
import { supervisedOpdsOf } from './supervision';
import { User } from './user.entity';
import { ViewerResolver } from './viewer.resolver';

export const identityModule = defineModule({
  name: 'identity',
  entities: [User, Session, LoginLock, LoginThrottle],
  resolvers: [IdentityResolver, EmployeeAccountResolver, AccountResolver, AccountFieldsResolver, ViewerResolver],
  jobs: [
    {
      // A successful login deletes its own row; this catches the failures nobody logs in after.
      name: 'forget old login failures',
      everyMs: 60_000,
      run: async ({ orm, config, clock }) => {
        await forgetLoginFailures(orm.em.fork(), config, clock);
      },
    },
  ],
  register() {
    registerSupervisedOpdsSource(supervisedOpdsOf);
    registerIdentityEvents();
  },
});
