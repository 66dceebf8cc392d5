import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { Employee } from '../organisation/employee.entity';
import { CourseModule } from './course-module.entity';
import type { StuckLearner, TrainerModuleFigures, TrainerOverview } from './trainer-overview.types';

/** Days without a lesson after which a learner who has not finished counts as stuck. */
export const STUCK_AFTER_DAYS = 14;
const STUCK_LISTED = 10;

interface EnrollmentRow {
  module_id: string;
  employee_id: string;
  completed_at: Date | null;
  last_activity: Date;
  done: string;
  required: string;
}

/**
 * The modules the actor authors, each with all its versions' learners counted together, and the
 * learners who are stuck. Three statements however many modules and learners.
 */
export async function trainerOverview(em: EntityManager, actor: Actor, clock: Clock): Promise<TrainerOverview> {
  const versions = await em.find(CourseModule, { authors: actor.userId }, { orderBy: { title: 'asc', version: 'desc' } });
  if (!versions.length) return { modules: [], stuckLearners: [], stuckAfterDays: STUCK_AFTER_DAYS };
  const newest = new Map<string, CourseModule>();
  for (const v of versions) if (!newest.has(v.moduleKey) || newest.get(v.moduleKey)!.version < v.version) newest.set(v.moduleKey, v);
  const keyOf = new Map(versions.map((v) => [v.id, v.moduleKey]));
  const rows: EnrollmentRow[] = await em.getConnection().execute(
    `select en.module_id, en.employee_id, en.completed_at, coalesce(en.last_activity_at, en.created_at) as last_activity,
            (select count(*) from lesson_progress p join lesson l on l.id = p.lesson_id where p.enrollment_id = en.id and l.required) as done,
            (select count(*) from lesson l where l.module_id = en.module_id and l.required) as required
     from enrollment en where en.module_id in (${versions.map(() => '?').join(', ')})`,
    versions.map((v) => v.id),
  );
  const stuckBefore = clock.now().getTime() - STUCK_AFTER_DAYS * 86_400_000;
  const percent = (r: EnrollmentRow) =>
    r.completed_at ? 100 : Number(r.required) ? Math.floor((100 * Number(r.done)) / Number(r.required)) : 0;
  const isStuck = (r: EnrollmentRow) => !r.completed_at && new Date(r.last_activity).getTime() < stuckBefore;

  const modules: TrainerModuleFigures[] = [...newest.values()].map((module) => {
    const own = rows.filter((r) => keyOf.get(r.module_id) === module.moduleKey);
    const stuck = own.filter(isStuck).length;
    const completed = own.filter((r) => r.completed_at).length;
    return {
      module,
      enrolled: own.length,
      completed,
      stuck,
      inProgress: own.length - completed - stuck,
      averageProgress: own.length ? Math.floor(own.reduce((n, r) => n + percent(r), 0) / own.length) : 0,
    };
  });

  const stuckRows = rows
    .filter(isStuck)
    .sort((a, b) => new Date(a.last_activity).getTime() - new Date(b.last_activity).getTime())
    .slice(0, STUCK_LISTED);
  const employees = new Map(
    (stuckRows.length ? await em.find(Employee, { id: { $in: stuckRows.map((r) => r.employee_id) } }) : []).map((e) => [e.id, e]),
  );
  const byId = new Map(versions.map((v) => [v.id, v]));
  const stuckLearners: StuckLearner[] = stuckRows.map((r) => ({
    employee: employees.get(r.employee_id)!,
    module: byId.get(r.module_id)!,
    progress: percent(r),
    lastActivityAt: new Date(r.last_activity),
  }));
  return { modules, stuckLearners, stuckAfterDays: STUCK_AFTER_DAYS };
}
