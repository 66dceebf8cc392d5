import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { emitDomainEvent } from '../../common/events';
import { proposeTrainingEvidence } from '../competency/evidence-proposal.service';
import { type CreditRequest, creditLedger, previewCredit } from '../record/ledger.service';
import { LearningRecord } from '../record/learning-record.entity';
import { CreditMode, RecordSource } from '../record/record.enums';
import { readSettings } from '../setting/setting.service';
import { type AlongsideWrite, instantOrNull, num, readRows } from '../../common/read-model';
import { CourseModule, Lesson } from './course-module.entity';
import { Enrollment, LessonProgress } from './enrollment.entity';
import { moduleVisible, progressOf } from './enrollment.service';
import type { LessonCompletion } from './learning.types';
import { measuredMinutesOnDates } from './lesson-heartbeat';
import { completionRefusal } from './completion-rules';
import { learnerCompletes } from './lesson-kinds';

const DEFAULT_ORGANISER = 'Komunitas Pintar';

/**
 * Marks a lesson done for the learner. When that completes every required lesson, the
 * enrolment is completed and the module's JP are credited to the ledger, in the year of
 * completion (regional calendar). The activity's dates are the distinct local dates on which the
 * learner did lessons of this enrolment (so a daily cap counts days of learning, not days since
 * joining, and what each of those days already holds for the form), and the credit never exceeds
 * the module's stated JP whatever its form's rule.
 * A module credits a learner once across all its versions: finishing a newer version after an
 * earlier one was credited completes the enrolment and earns no JP (`creditedEarlier` names the
 * record that holds them). Doing a lesson twice, or finishing a version twice, changes nothing.
 * A completion rule another module registers (`completion-rules.ts`) may keep the module open
 * after its last required lesson; `completionRefusal` then says why.
 */
export async function completeLesson(
  em: EntityManager,
  actor: Actor,
  input: { lessonId: string; how: string },
  clock: Clock,
): Promise<LessonCompletion> {
  const { lessonId } = input;
  if (!actor.employeeId) throw new ForbiddenError('Only employees take modules');
  const lesson = await em.findOne(Lesson, lessonId, { populate: ['module'] });
  // A lesson of a draft one may not see does not exist for the learner, like a made-up id.
  if (!lesson || !(await moduleVisible(em, actor, lesson.module.getEntity()))) throw new NotFoundError('Lesson', lessonId);
  if (!learnerCompletes(lesson.kind))
    throw new ConflictError('This lesson is done by its own rule (a quiz is done when it is passed), not by marking it');
  const employeeId = actor.employeeId;
  const done = await em.transactional((tx) => recordLessonDone(tx, { employeeId, lessonId: lesson.id, how: input.how }, clock));
  const enrollment = await em.findOneOrFail(Enrollment, done.enrollmentId, { refresh: true });
  return {
    enrollment,
    lesson,
    moduleCompleted: done.moduleCompleted,
    record: done.record,
    creditedEarlier: done.creditedEarlier,
    completionRefusal: done.completionRefusal,
    evidenceProposalIds: done.evidenceProposalIds,
  };
}

/** What recording a lesson done changed (see `recordLessonDone`). */
export interface LessonDone {
  enrollmentId: string;
  /** This lesson completed the module. */
  moduleCompleted: boolean;
  /** The JP record this completion wrote or that holds this version's credit; null when none. */
  record: LearningRecord | null;
  /** The record of another version that already credited the module (this completion earned no JP). */
  creditedEarlier: LearningRecord | null;
  /** Every required lesson is done but a completion rule keeps the module open: why. */
  completionRefusal: string | null;
  /** The ids of the competency evidence proposals finishing the module made (none otherwise). */
  evidenceProposalIds: string[];
}

/** What recording a lesson done reads of its module, with the lesson's progress written (`progressAndModule`). */
interface ModuleFacts extends ModuleCreditFacts {
  certifying: boolean;
  completionRequiresPostTest: boolean;
  /** The module's lessons in order, each with when the learner did it (null: not yet). */
  lessons: { id: string; required: boolean; durationMinutes: number | null; completedAt: Date | null }[];
  /** The competencies it builds, highest level first. */
  competencies: { competencyId: string; name: string; level: number }[];
}

/**
 * Writes the lesson done for the enrolment (unless it already was) and the enrolment's last
 * activity, and reads back, in the same statement, the module with its form's credit mode, its
 * other versions, its competencies and its lessons with when each was done. The caller holds the enrolment's row lock, under which every
 * progress row is written, so the progress read here is complete.
 */
async function progressAndModule(
  tx: EntityManager,
  enrollment: { id: string; moduleId: string },
  lesson: { id: string; how: string },
  now: Date,
): Promise<ModuleFacts> {
  const [row] = await readRows<{
    id: string;
    title: string;
    version: number;
    form_id: number;
    jp_value: string;
    organiser: string | null;
    certifying: boolean;
    completion_requires_post_test: boolean;
    credit_mode: CreditMode;
    other_versions: string[];
    competencies: { competencyId: string; name: string; level: number }[];
    lessons: { id: string; required: boolean; durationMinutes: number | null; completedAt: string | null }[];
  }>(
    tx,
    `with added as (
       insert into lesson_progress (id, enrollment_id, lesson_id, completed_at, how, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
       on conflict (enrollment_id, lesson_id) do nothing
       returning lesson_id, completed_at),
     active as (update enrollment set last_activity_at = ?, updated_at = ? where id = ?),
     done as (
       select lesson_id, completed_at from lesson_progress where enrollment_id = ?
       union all select lesson_id, completed_at from added)
     select m.id, m.title, m.version, m.form_id, m.jp_value, m.organiser, m.certifying, m.completion_requires_post_test, f.credit_mode,
            coalesce((select json_agg(v.id) from course_module v where v.module_key = m.module_key and v.id <> m.id), '[]'::json)
              as other_versions,
            coalesce((select json_agg(json_build_object('competencyId', mc.competency_id, 'name', c.name, 'level', mc.level)
                                      order by mc.level desc, mc.created_at)
                        from module_competency mc join competency c on c.id = mc.competency_id
                       where mc.module_id = m.id), '[]'::json) as competencies,
            (select json_agg(json_build_object('id', l.id, 'required', l.required, 'durationMinutes', l.duration_minutes,
                                               'completedAt', d.completed_at) order by s.sort_order, l.sort_order)
               from lesson l join course_section s on s.id = l.section_id left join done d on d.lesson_id = l.id
              where l.module_id = m.id) as lessons
       from course_module m join learning_form f on f.id = m.form_id
      where m.id = ?`,
    [enrollment.id, lesson.id, now, lesson.how, now, now, now, now, enrollment.id, enrollment.id, enrollment.moduleId],
  );
  return {
    id: row.id,
    title: row.title,
    version: Number(row.version),
    formId: Number(row.form_id),
    jpValue: num(row.jp_value),
    organiser: row.organiser,
    certifying: row.certifying,
    completionRequiresPostTest: row.completion_requires_post_test,
    creditMode: row.credit_mode,
    otherVersionIds: row.other_versions,
    competencies: row.competencies,
    lessons: (row.lessons ?? []).map((l) => ({ ...l, completedAt: instantOrNull(l.completedAt) })),
  };
}

/**
 * Records a lesson done for an employee inside the caller's transaction (`tx`), completing the
 * module and crediting its JP when that was the last required lesson (see `completeLesson`).
 * Modules that own a lesson kind (a quiz) call this when their rule is met, and may send their
 * own write with the first statement (`alongside`). Works in plain statements: the enrolment's
 * row lock; the lesson's progress and the enrolment's last activity written with the module and
 * its lessons read back; when the module completes, its credit (with the enrolment's completion)
 * and follow-ups.
 */
export async function recordLessonDone(
  tx: EntityManager,
  input: { employeeId: string; lessonId: string; how: string },
  clock: Clock,
  alongside?: AlongsideWrite,
): Promise<LessonDone> {
  const { employeeId } = input;
  // Locked, so two lessons finished at the same moment see each other's progress and the
  // second of them completes the module (the progress is read by the next statement, after the lock).
  const [enrollment] = await readRows<{ id: string; module_id: string; completed_at: unknown }>(
    tx,
    `${alongside ? `with ${alongside.ctes} ` : ''}select e.id, e.module_id, e.completed_at from enrollment e
      where e.employee_id = ? and e.module_id = (select l.module_id from lesson l where l.id = ?)
      for update of e`,
    [...(alongside?.values ?? []), employeeId, input.lessonId],
  );
  if (!enrollment) throw new ConflictError('Join the module before doing its lessons');
  const now = clock.now();
  const module = await progressAndModule(
    tx,
    { id: enrollment.id, moduleId: enrollment.module_id },
    { id: input.lessonId, how: input.how },
    now,
  );
  const done = module.lessons.filter((l) => l.completedAt);
  const progress = progressOf(module.lessons, new Set(done.map((l) => l.id)));
  const result: LessonDone = {
    enrollmentId: enrollment.id,
    moduleCompleted: false,
    record: null,
    creditedEarlier: null,
    completionRefusal: null,
    evidenceProposalIds: [],
  };
  const completes = !enrollment.completed_at && progress.doneRequired === progress.requiredLessons;
  // Conditions other modules own (the post-test passed) may keep the module open: the lesson is
  // still done, and the module completes when the condition is met (that module records its lesson done).
  if (completes) result.completionRefusal = await completionRefusal(tx, module, employeeId);
  if (completes && !result.completionRefusal) {
    result.moduleCompleted = true;
    const request = await moduleCreditRequest(
      tx,
      employeeId,
      module,
      module.lessons,
      done.map((d) => d.completedAt!),
      now,
      clock,
    );
    // The enrolment completes in the ledger's first statement, so before the event below.
    const credit = await creditLedger(tx, request, {
      ctes: `completed as (update enrollment set completed_at = coalesce(completed_at, ?), updated_at = ? where id = ?)`,
      values: [now, now, enrollment.id],
    });
    if (credit.created || credit.record.sourceId === module.id) result.record = credit.record;
    else result.creditedEarlier = credit.record;
    // The levels it builds are proposed for the learner's profile, to count once accepted.
    result.evidenceProposalIds = await proposeTrainingEvidence(
      tx,
      {
        employeeId,
        sourceId: module.id,
        sourceTitle: module.title,
        completedOn: clock.today(),
        competencies: module.competencies.map((c) => ({ competencyId: c.competencyId, level: c.level })),
      },
      clock,
    );
    await emitDomainEvent(
      'moduleCompleted',
      {
        moduleId: module.id,
        employeeId,
        learningRecordId: credit.record.id,
        completedAt: now,
        certifying: module.certifying,
        competencies: module.competencies.map((c) => ({ name: c.name, level: c.level ?? null })),
      },
      { em: tx, clock },
    );
  }
  await tx.flush();
  return result;
}

/** What a module's credit request needs to know of the module. */
interface ModuleCreditFacts {
  id: string;
  title: string;
  version: number;
  formId: number;
  jpValue: number;
  organiser?: string | null;
  /** Its form's credit mode. */
  creditMode: CreditMode | null;
  /** The ids of its other versions (a module credits once across them). */
  otherVersionIds: string[];
}

/**
 * What finishing a module on `now` asks the ledger for: its days of learning, its minutes, its stated
 * JP as the most. A module of a form crediting actual time (e-learning, komunitas belajar) credits
 * the minutes measured on its lessons (`lesson-heartbeat.ts`) on the dates they were measured, never
 * the durations its author typed; other forms credit the stated JP on the dates lessons were done.
 */
async function moduleCreditRequest(
  em: EntityManager,
  employeeId: string,
  module: ModuleCreditFacts,
  lessons: Pick<Lesson, 'id' | 'durationMinutes'>[],
  doneAt: Date[],
  now: Date,
  clock: Clock,
): Promise<CreditRequest> {
  const endDate = localDate(now, clock.timeZone);
  // Through the caller's EntityManager, so within its transaction and on its connection.
  const measured =
    module.creditMode === CreditMode.ACTUAL
      ? await measuredMinutesOnDates(
          em,
          employeeId,
          lessons.map((l) => l.id),
        )
      : null;
  const learningDays = measured
    ? [...new Set([...Object.keys(measured).filter((d) => d < endDate), endDate])].sort()
    : [...new Set([...doneAt.map((d) => localDate(d, clock.timeZone)).filter((d) => d < endDate), endDate])].sort();
  const minutes = measured ? Object.values(measured).reduce((s, m) => s + m, 0) : lessons.reduce((s, l) => s + (l.durationMinutes ?? 0), 0);
  return {
    employeeId,
    source: RecordSource.MODULE,
    sourceId: module.id,
    sameSourceIds: module.otherVersionIds,
    formId: module.formId,
    title: module.version > 1 ? `${module.title} (v${module.version})` : module.title,
    organiser: module.organiser ?? DEFAULT_ORGANISER,
    startDate: learningDays[0],
    endDate,
    dates: learningDays,
    minutes,
    claimedJp: measured ? null : module.jpValue,
    minutesOnDates: measured,
    maxJp: module.jpValue,
  };
}

/** Why finishing a module credits what it does. */
export type CompletionCreditReason = 'FULL' | 'LESS_THAN_STATED' | 'NOTHING_LEFT_TODAY' | 'CREDITED_EARLIER' | 'MEASURED_TIME';

export interface CompletionCreditPreview {
  jp: number;
  statedJp: number;
  reason: CompletionCreditReason;
  formName: string;
  maxJpPerDay: number | null;
  /** Minutes measured on the module's lessons, for a form crediting actual time; null for forms crediting the stated JP. */
  measuredMinutes: number | null;
}

/**
 * What finishing the enrolment's module today would credit, and why: the ledger's own computation
 * over the days of learning so far and today, against what those days already hold. Writes nothing.
 */
export async function previewModuleCredit(em: EntityManager, enrollment: Enrollment, clock: Clock): Promise<CompletionCreditPreview> {
  const module = await em.findOneOrFail(CourseModule, enrollment.module.id, { populate: ['form'] });
  const statedJp = Number(module.jpValue);
  const formName = module.form.getEntity().name;
  const maxJpPerDay = module.form.getEntity().maxJpPerDay ?? null;
  const lessons = await em.find(Lesson, { module: module.id });
  const done = await em.find(LessonProgress, { enrollment }, { fields: ['completedAt'] });
  const versions = await em.find(CourseModule, { moduleKey: module.moduleKey, id: { $ne: module.id } }, { fields: ['id'] });
  const facts: ModuleCreditFacts = {
    id: module.id,
    title: module.title,
    version: module.version,
    formId: module.form.id,
    jpValue: module.jpValue,
    organiser: module.organiser,
    creditMode: module.form.getEntity().creditMode,
    otherVersionIds: versions.map((v) => v.id),
  };
  const request = await moduleCreditRequest(
    em,
    enrollment.employee.id,
    facts,
    lessons,
    done.map((d) => d.completedAt),
    clock.now(),
    clock,
  );
  const measuredMinutes = request.minutesOnDates ? request.minutes : null;
  const earlier = await em.count(LearningRecord, {
    employee: request.employeeId,
    source: request.source,
    sourceId: { $in: [module.id, ...(request.sameSourceIds ?? [])] },
  });
  if (earlier) return { jp: 0, statedJp, reason: 'CREDITED_EARLIER', formName, maxJpPerDay, measuredMinutes };
  const { credit } = await previewCredit(em, request);
  let reason: CompletionCreditReason = credit.jp >= statedJp ? 'FULL' : credit.jp === 0 ? 'NOTHING_LEFT_TODAY' : 'LESS_THAN_STATED';
  if (reason !== 'FULL' && request.minutesOnDates) {
    // What the measured minutes earn before any daily cap: when that is all the credit, the time is why.
    const { ['jp.minutesPerJp']: minutesPerJp } = await readSettings(em);
    const measuredTenths = Object.values(request.minutesOnDates).reduce((s, m) => s + Math.floor((m * 10) / minutesPerJp), 0);
    if (measuredTenths <= Math.round(credit.jp * 10)) reason = 'MEASURED_TIME';
  }
  return { jp: credit.jp, statedJp, reason, formName, maxJpPerDay, measuredMinutes };
}
