import { defineModule } from '../../common/module';
import { IdentityResolver } from './identity.resolver';
import { Session } from './session.entity';
import { User } from './user.entity';

export const identityModule = defineModule({
  name: 'identity',
  entities: [User, Session],
  resolvers: [IdentityResolver],
});
