import { onDomainEvent } from '../../common/events';
import { openEmployeeAccounts } from './account.service';

let registered = false;

/** What identity does on other modules' facts: every new employee gets a learner account. */
export function registerIdentityEvents(): void {
  if (registered) return;
  registered = true;
  onDomainEvent('employeesCreated', async ({ employees, actor }, { em, clock }) => {
    await openEmployeeAccounts(em, clock, actor, employees);
  });
}
