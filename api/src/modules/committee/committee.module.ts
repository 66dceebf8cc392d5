import { defineModule } from '../../common/module';
import { CommitteeResolver } from './committee.resolver';

export const committeeModule = defineModule({
  name: 'committee',
  resolvers: [CommitteeResolver],
});
