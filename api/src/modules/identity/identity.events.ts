import { onDomainEvent } from '../../common/events';
import { closeEmployeeAccounts, openEmployeeAccounts } from './account.service';

/** What identity does on other modules' facts: every new employee gets a learner account, a departed one loses it. */
export function registerIdentityEvents(): void {
  onDomainEvent('employeesCreated', async ({ employees, actor }, { em, clock }) => {
    await openEmployeeAccounts(em, clock, actor, employees);
  });
  onDomainEvent('employeesDeactivated', async ({ employeeIds, actor }, { em, clock }) => {
    await closeEmployeeAccounts(em, clock, actor, employeeIds);
  });
}
