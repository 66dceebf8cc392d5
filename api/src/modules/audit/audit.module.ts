import { defineModule } from '../../common/module';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
});
