import type { FileReader } from '../file/file-readers';
import { employeeScope } from '../organisation/employee-access';
import { CompetencyAssessment } from './competency-assessment.entity';
import { competencyPolicy } from './competency.policy';

/** The evidence of an assessment may be read by anyone who may see the assessed employee's profile. */
export const readAssessmentEvidence: FileReader = async (em, actor, file) => {
  const assessments = await em.find(CompetencyAssessment, { evidenceFile: file }, { populate: ['employee'] });
  if (!assessments.length) return false;
  const scope = await employeeScope(em, actor);
  return assessments.some((a) => competencyPolicy.readProfile(actor, a.employee.getEntity(), scope));
};
