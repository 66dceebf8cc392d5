import { defineModule } from '../../common/module';
import { AuditEntry } from './audit-entry.entity';

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
});
