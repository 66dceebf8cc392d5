import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../identity/role';

/** How the actor stands to a completed community group, as this module keeps it (`CompletedGroup`). */
export interface CompletedGroupRelation {
  /** The actor's employee was an active member when the group completed. */
  participant: boolean;
  /** The actor's employee led the group. */
  groupTrainer: boolean;
  /** The actor's employee monitored the group (pengawas kelompok). */
  groupMonitor: boolean;
}

/** Who may do what with question banks, quizzes, attempts and evaluations. */
export const assessmentPolicy = {
  /** Trainers keep a bank; administrators see every bank. */
  useBank(actor: Actor): boolean {
    return hasRole(actor, Role.TRAINER, Role.ADMIN);
  },

  /** A trainer reads and changes only their own questions and categories; an administrator all. */
  ownBankItem(actor: Actor, ownerId: string): boolean {
    return hasRole(actor, Role.ADMIN) || (hasRole(actor, Role.TRAINER) && ownerId === actor.userId);
  },

  /** An attempt belongs to its learner: nobody else reads or answers it through the learner's operations. */
  takeAttempt(actor: Actor, attemptEmployeeId: string): boolean {
    return actor.employeeId !== null && actor.employeeId === attemptEmployeeId;
  },

  /** A participant of a completed group evaluates its trainer and programme (once: the service keeps count). */
  evaluateGroup(actor: Actor, r: CompletedGroupRelation): boolean {
    return actor.employeeId !== null && r.participant;
  },

  /**
   * A group's evaluation in aggregate, with its participants' learning gain: the group's trainer
   * and monitor, and administrators. Never one participant's answers, to anyone.
   */
  readGroupEvaluation(actor: Actor, r: CompletedGroupRelation): boolean {
    return r.groupTrainer || r.groupMonitor || hasRole(actor, Role.ADMIN);
  },
};
