import type { FileReader } from '../file/file-readers';
import { employeeScope } from '../organisation/employee-access';
import { LearningClaimEvidence } from './learning-claim.entity';
import { recordPolicy } from './record.policy';

/** A claim's evidence file may be read by whoever may see the claim: the employee, their supervisors, committee. */
export const readClaimFile: FileReader = async (em, actor, file) => {
  const evidence = await em.find(LearningClaimEvidence, { file }, { populate: ['claim.employee'] });
  if (!evidence.length) return false;
  const scope = await employeeScope(em, actor);
  return evidence.some((e) => recordPolicy.readRecords(actor, e.claim.getEntity().employee.getEntity(), scope));
};
