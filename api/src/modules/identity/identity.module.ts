import { defineModule } from '../../common/module';
import { registerSupervisedOpdsSource } from '../organisation/employee-access';
import { AccountFieldsResolver, AccountResolver } from './account.resolver';
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
  register() {
    registerSupervisedOpdsSource(supervisedOpdsOf);
    registerIdentityEvents();
  },
});
