import { defineModule } from '../../common/module';
import { seedCommitteeDemo } from './committee.demo';
import { AuditLogEntryResolver, CommitteeResolver, SavedSearchResolver } from './committee.resolver';
import { committeeRoutes } from './committee.routes';
import { EmployeeJpYear } from './employee-jp-year.entity';
import { SavedSearch } from './saved-search.entity';
import { TalentRating } from './talent-rating.entity';

export const committeeModule = defineModule({
  name: 'committee',
  entities: [TalentRating, SavedSearch, EmployeeJpYear],
  resolvers: [CommitteeResolver, SavedSearchResolver, AuditLogEntryResolver],
  routes: [{ path: '/committee', router: ({ config, logger, orm, clock }) => committeeRoutes(config, logger, orm, clock) }],
  seedDemo: ({ em, clock }) => seedCommitteeDemo(em, clock),
});
