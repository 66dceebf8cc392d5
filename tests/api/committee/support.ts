import type { EntityManager } from '@mikro-orm/postgresql';
import { localDate } from '../../../api/src/common/dates';
import { monthsBefore } from '../../../api/src/modules/committee/committee.service';
import { CompetencyAssessment } from '../../../api/src/modules/competency/competency-assessment.entity';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { AssessmentMethod } from '../../../api/src/modules/competency/competency.enums';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';

/** Today as the API's system clock has it, and the years around it. */
export const today = localDate(new Date(), 'Asia/Jakarta');
export const thisYear = Number(today.slice(0, 4));
export const ago = (months: number) => monthsBefore(today, months);

export async function competency(em: EntityManager, code: string): Promise<Competency> {
  return em.findOneOrFail(Competency, { code });
}

export function assess(
  em: EntityManager,
  employee: Employee,
  competency: Competency,
  level: number,
  method: AssessmentMethod,
  assessedOn: string,
  validUntil = '2099-12-31',
): CompetencyAssessment {
  return em.create(CompetencyAssessment, { employee, competency, level, method, assessedOn, validUntil });
}

/** An approved (unless told) learning record of `jp` ending on `endDate`. */
export function learned(
  em: EntityManager,
  employee: Employee,
  jp: number,
  endDate: string,
  title = 'Pelatihan',
  status = RecordStatus.APPROVED,
): LearningRecord {
  return em.create(LearningRecord, {
    employee,
    source: RecordSource.EXTERNAL,
    sourceId: null,
    form: 5,
    title,
    startDate: endDate,
    endDate,
    minutes: Math.round(jp * 45),
    jp,
    year: Number(endDate.slice(0, 4)),
    status,
  });
}

export { AssessmentMethod };
