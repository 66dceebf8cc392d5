import { defineModule } from '../../common/module';
import { seedCommitteeDemo } from './committee.demo';
import { CommitteeResolver } from './committee.resolver';

export const committeeModule = defineModule({
  name: 'committee',
  resolvers: [CommitteeResolver],
  seedDemo: ({ em, clock }) => seedCommitteeDemo(em, clock),
});
