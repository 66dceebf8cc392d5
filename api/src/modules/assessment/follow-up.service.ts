import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { ConflictError, ForbiddenError, NotFoundError, assertCan } from '../../common/errors';
import type { Clock } from '../../common/dates';
import { localDate } from '../../common/dates';
import { Role } from '../identity/role';
import { supervisedOpdsOf } from '../identity/supervision';
import { User } from '../identity/user.entity';
import { CourseModule } from '../learning/course-module.entity';
import { Enrollment } from '../learning/enrollment.entity';
import { CompetencyFollowUp } from './evaluation.entity';
import { type AnswerFollowUpInput, type DueFollowUps, EVALUATION_LIMITS, type FollowUpDue } from './evaluation.types';
import { FOLLOW_UP_MONTHS, FOLLOW_UP_OPEN_MONTHS, followUpClosesOn, followUpDueOn } from './follow-up';

function conflict(reason: 'ALREADY_ANSWERED' | 'NOT_DUE' | 'EXPIRED', message: string): ConflictError {
  const error = new ConflictError(message);
  error.extra.reason = reason;
  return error;
}

/**
 * Kirkpatrick level 3: a supervisor answers, once per employee and module, whether what the module
 * taught is applied at work, from three months after the employee completed it and for three months
 * more. A supervisor follows up the employees of the OPDs they supervise (identity's
 * `supervisedOpdsOf`), not themselves.
 */
export class FollowUpService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  private async opds(actor: Actor): Promise<string[]> {
    assertCan(hasRole(actor, Role.SUPERVISOR), 'Only supervisors follow up their employees’ learning');
    const [opds] = await supervisedOpdsOf(this.em, [actor.userId]);
    return opds;
  }

  /** Completions (latest per employee and module) in the actor's OPDs whose follow-up is due, unanswered and not lapsed. */
  async due(actor: Actor): Promise<DueFollowUps> {
    const opds = await this.opds(actor);
    const today = this.clock.today();
    const items: FollowUpDue[] = [];
    if (opds.length) {
      // A completion is due at the latest 3 months and 3 days after it (the shortest months) and has
      // lapsed at the earliest 6 months and 6 days after it (the longest); exact below.
      const day = 86_400_000;
      const now = this.clock.now().getTime();
      const before = new Date(now - (FOLLOW_UP_MONTHS * 28 - 3) * day);
      const after = new Date(now - ((FOLLOW_UP_MONTHS + FOLLOW_UP_OPEN_MONTHS) * 31 + 1) * day);
      const enrollments = await this.em.find(
        Enrollment,
        {
          employee: { opd: { $in: opds }, ...(actor.employeeId ? { id: { $ne: actor.employeeId } } : {}) },
          completedAt: { $ne: null, $lte: before, $gte: after },
        },
        { populate: ['employee', 'module.competencies.competency'], orderBy: { completedAt: 'desc' } },
      );
      const answered = await this.em.find(
        CompetencyFollowUp,
        { employee: { $in: [...new Set(enrollments.map((e) => e.employee.id))] } },
        { fields: ['employee', 'moduleKey'] },
      );
      const seen = new Set(answered.map((a) => `${a.employee.id}:${a.moduleKey}`));
      for (const e of enrollments) {
        const module = e.module.getEntity();
        const key = `${e.employee.id}:${module.moduleKey}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const completedOn = localDate(e.completedAt!, this.clock.timeZone);
        const dueOn = followUpDueOn(completedOn);
        const closesOn = followUpClosesOn(completedOn);
        if (dueOn > today || closesOn <= today) continue;
        const employee = e.employee.getEntity();
        items.push({
          employeeId: employee.id,
          employeeName: employee.name,
          nip: employee.nip,
          moduleId: module.id,
          moduleTitle: module.title,
          competencies: module.competencies.getItems().map((c) => c.competency.getEntity().name),
          completedAt: e.completedAt!,
          dueOn,
          closesOn,
        });
      }
      items.sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
    }
    return { items, months: FOLLOW_UP_MONTHS, openMonths: FOLLOW_UP_OPEN_MONTHS, noteMax: EVALUATION_LIMITS.noteMax };
  }

  /** Keeps the supervisor's answer; returns what is still due. */
  async answer(actor: Actor, input: AnswerFollowUpInput): Promise<DueFollowUps> {
    const opds = await this.opds(actor);
    const module = await this.em.findOne(CourseModule, { id: input.moduleId });
    if (!module) throw new NotFoundError('Module', input.moduleId);
    const enrollment = await this.em.findOne(
      Enrollment,
      { employee: input.employeeId, module: { moduleKey: module.moduleKey }, completedAt: { $ne: null } },
      { populate: ['employee'], orderBy: { completedAt: 'desc' } },
    );
    if (!enrollment) throw new NotFoundError('Completion');
    const employee = enrollment.employee.getEntity();
    if (!opds.includes(employee.opd.id) || employee.id === actor.employeeId)
      throw new ForbiddenError('A supervisor follows up the employees of the OPDs they supervise');
    const completedOn = localDate(enrollment.completedAt!, this.clock.timeZone);
    if (followUpDueOn(completedOn) > this.clock.today())
      throw conflict('NOT_DUE', `The follow-up is asked ${FOLLOW_UP_MONTHS} months after completion`);
    if (followUpClosesOn(completedOn) <= this.clock.today())
      throw conflict('EXPIRED', `The follow-up is asked for ${FOLLOW_UP_OPEN_MONTHS} months once due, and that time has passed`);
    const exists = await this.em.count(CompetencyFollowUp, { employee: employee.id, moduleKey: module.moduleKey });
    if (exists) throw conflict('ALREADY_ANSWERED', 'The follow-up was already answered');
    this.em.create(CompetencyFollowUp, {
      employee: employee.id,
      moduleKey: module.moduleKey,
      answeredBy: this.em.getReference(User, actor.userId),
      applied: input.applied,
      note: input.note?.trim() || null,
    });
    await this.em.flush();
    return this.due(actor);
  }
}
