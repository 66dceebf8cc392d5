import { onDomainEvent } from '../../common/events';
import { openEmployeeAccounts } from './account.service';

/** What identity does on other modules' facts: every new employee gets a learner account. */
export function registerIdentityEvents(): void {
  onDomainEvent('employeesCreated', async ({ employees, actor }, { em, clock }) => {
    await openEmployeeAccounts(em, clock, actor, employees);
  });
}
