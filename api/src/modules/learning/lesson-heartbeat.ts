import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock } from '../../common/dates';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { requestLoader } from '../../common/loaders';
import { Lesson } from './course-module.entity';
import { Enrollment } from './enrollment.entity';
import { LessonHeartbeat } from './lesson-time.entity';
import { stepTimeOnTask } from './time-on-task';

export interface HeartbeatResult {
  lesson: Lesson;
  enrollment: Enrollment;
  /** False once the module is finished: time no longer counts toward its credit, and nothing is kept. */
  counting: boolean;
}

/**
 * Records a heartbeat of the learner's lesson page and credits the time since the previous one by
 * the rules of `stepTimeOnTask`: the server's clock stamps it, one learner's heartbeats are taken
 * one at a time (an advisory lock), the learner's counted time ends where the last counted span
 * ended (two tabs count wall-clock time once), and a lesson counts at most its stated duration.
 * Only for a module the learner has joined and not yet finished.
 */
export async function recordLessonHeartbeat(
  em: EntityManager,
  actor: Actor,
  input: { lessonId: string; visible: boolean; active: boolean },
  clock: Clock,
): Promise<HeartbeatResult> {
  if (!actor.employeeId) throw new ForbiddenError('Only employees take modules');
  const employeeId = actor.employeeId;
  const lesson = await em.findOne(Lesson, input.lessonId);
  if (!lesson) throw new NotFoundError('Lesson', input.lessonId);
  const enrollment = await em.findOne(Enrollment, { employee: employeeId, module: lesson.module.id });
  if (!enrollment) throw new ConflictError('Join the module before doing its lessons');
  if (enrollment.completedAt) return { lesson, enrollment, counting: false };
  await em.transactional(async (tx) => {
    await tx
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`heartbeat:${employeeId}`], 'all', tx.getTransactionContext());
    const at = clock.now();
    // One after another: they share the transaction's connection.
    const previous = await tx.findOne(LessonHeartbeat, { employee: employeeId, lesson: lesson.id }, { orderBy: { at: 'desc' } });
    const counted = await tx.findOne(LessonHeartbeat, { employee: employeeId, spanned: true }, { orderBy: { at: 'desc' }, fields: ['at'] });
    const credited = lesson.durationMinutes == null ? 0 : await msOnLesson(tx, employeeId, lesson.id);
    const beat = { learnerId: employeeId, lessonId: lesson.id, at, visible: input.visible, active: input.active };
    const step = stepTimeOnTask({
      previous: previous && {
        learnerId: employeeId,
        lessonId: lesson.id,
        at: previous.at,
        visible: previous.visible,
        active: previous.active,
      },
      beat,
      countedUntil: counted ? counted.at.getTime() : null,
      roomMs: lesson.durationMinutes == null ? Infinity : Math.max(0, lesson.durationMinutes * 60_000 - credited),
      timeZone: clock.timeZone,
    });
    tx.create(LessonHeartbeat, {
      employee: employeeId,
      lesson: lesson.id,
      at,
      visible: input.visible,
      active: input.active,
      spanned: step.spanned,
      createdAt: at,
      updatedAt: at,
    });
    for (const piece of step.pieces) {
      await tx.getConnection().execute(
        `insert into lesson_time (id, employee_id, lesson_id, date, ms, created_at, updated_at) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
         on conflict (employee_id, lesson_id, date) do update set ms = lesson_time.ms + excluded.ms, updated_at = excluded.updated_at`,
        [employeeId, lesson.id, piece.date, piece.ms, at, at],
        'run',
        tx.getTransactionContext(),
      );
    }
    if (!enrollment.lastActivityAt || enrollment.lastActivityAt < at)
      await tx.nativeUpdate(Enrollment, { id: enrollment.id }, { lastActivityAt: at });
    await tx.flush();
  });
  return { lesson, enrollment, counting: true };
}

async function msOnLesson(em: EntityManager, employeeId: string, lessonId: string): Promise<number> {
  const rows: { ms: string | null }[] = await em
    .getConnection()
    .execute(
      'select sum(ms) as ms from lesson_time where employee_id = ? and lesson_id = ?',
      [employeeId, lessonId],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0]?.ms ?? 0);
}

/**
 * Minutes measured on the given lessons, per local date (whole minutes per date, cut down): what a
 * module crediting actual time credits, before its stated JP and the daily caps.
 */
export async function measuredMinutesOnDates(em: EntityManager, employeeId: string, lessonIds: string[]): Promise<Record<string, number>> {
  if (!lessonIds.length) return {};
  const rows: { date: string; ms: string }[] = await em.getConnection().execute(
    `select to_char(date, 'YYYY-MM-DD') as date, sum(ms) as ms from lesson_time
      where employee_id = ? and lesson_id in (${lessonIds.map(() => '?').join(', ')}) group by date order by date`,
    [employeeId, ...lessonIds],
    'all',
    em.getTransactionContext(),
  );
  const minutes: Record<string, number> = {};
  for (const row of rows) {
    const m = Math.floor(Number(row.ms) / 60_000);
    if (m > 0) minutes[row.date] = m;
  }
  return minutes;
}

/** Whole minutes measured for the viewer on each of many lessons, in one query per request. */
export function myMinutesOnLesson(em: EntityManager, employeeId: string, lessonId: string): Promise<number> {
  return requestLoader<string, number>(em, 'myMinutesOnLesson', async (ids) => {
    const rows: { lesson_id: string; ms: string }[] = await em
      .getConnection()
      .execute(
        `select lesson_id, sum(ms) as ms from lesson_time where employee_id = ? and lesson_id in (${ids.map(() => '?').join(', ')}) group by lesson_id`,
        [employeeId, ...ids],
      );
    const byLesson = new Map(rows.map((r) => [r.lesson_id, Math.floor(Number(r.ms) / 60_000)]));
    return ids.map((id) => byLesson.get(id) ?? 0);
  })
    .load(lessonId)
    .then((m) => m ?? 0);
}

/** Whole minutes measured for the learner of each of many enrolments over their module's lessons, in one query per request. */
export function minutesOnEnrollment(em: EntityManager, enrollment: Enrollment): Promise<number> {
  return requestLoader<string, number>(em, 'minutesOnEnrollment', async (ids) => {
    const rows: { id: string; ms: string }[] = await em.getConnection().execute(
      `select e.id, coalesce(sum(t.ms), 0) as ms from enrollment e
         join lesson l on l.module_id = e.module_id
         join lesson_time t on t.lesson_id = l.id and t.employee_id = e.employee_id
        where e.id in (${ids.map(() => '?').join(', ')}) group by e.id`,
      [...ids],
    );
    const byId = new Map(rows.map((r) => [r.id, Math.floor(Number(r.ms) / 60_000)]));
    return ids.map((id) => byId.get(id) ?? 0);
  })
    .load(enrollment.id)
    .then((m) => m ?? 0);
}
