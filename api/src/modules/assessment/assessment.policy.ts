import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../identity/role';

/** Who may do what with question banks, quizzes and attempts. */
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
};
