import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { CompetencyAssessment } from '../competency/competency-assessment.entity';
import { competencyPolicy } from '../competency/competency.policy';
import { employeeScope } from '../competency/employee-access';
import { Role } from '../identity/role';
import { CourseModule, Lesson } from '../learning/course-module.entity';
import { CourseModuleService } from '../learning/course-module.service';
import type { StoredFile } from './stored-file.entity';

/**
 * Who may download a file: its uploader and administrators, anyone who may see a module that
 * uses it (as a lesson file or a cover), and anyone who may see the competencies of an employee
 * whose assessment it backs.
 */
export async function canReadFile(em: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
  if (file.uploadedBy.id === actor.userId || hasRole(actor, Role.ADMIN)) return true;
  const assessments = await em.find(CompetencyAssessment, { evidenceFile: file }, { populate: ['employee'] });
  if (assessments.length) {
    const scope = await employeeScope(em, actor);
    if (assessments.some((a) => competencyPolicy.readEmployee(actor, a.employee.getEntity(), scope))) return true;
  }
  const lessons = await em.find(Lesson, { file }, { populate: ['module'] });
  const covers = await em.find(CourseModule, { cover: file });
  const modules = [...lessons.map((l) => l.module.getEntity()), ...covers];
  const service = new CourseModuleService(em);
  for (const module of modules) if (await service.canRead(actor, module)) return true;
  return false;
}
