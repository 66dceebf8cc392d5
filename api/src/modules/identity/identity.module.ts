import { defineModule } from '../../common/module';
import { AccountFieldsResolver, AccountResolver } from './account.resolver';
import { registerIdentityEvents } from './identity.events';
import { IdentityResolver } from './identity.resolver';
import { Session } from './session.entity';
import { User } from './user.entity';

export const identityModule = defineModule({
  name: 'identity',
  entities: [User, Session],
  resolvers: [IdentityResolver, AccountResolver, AccountFieldsResolver],
  register: registerIdentityEvents,
});
