import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';
import type { CourseModule } from './course-module.entity';
import { ModuleStatus } from './learning.enums';

/** `authorIds` are the user ids of the module's authors (loaded by the caller). */
export const learningPolicy = {
  create(actor: Actor): boolean {
    return hasRole(actor, Role.TRAINER, Role.ADMIN);
  },

  /** A trainer edits only modules they author; an administrator edits all. */
  edit(actor: Actor, authorIds: string[]): boolean {
    return hasRole(actor, Role.ADMIN) || (hasRole(actor, Role.TRAINER) && authorIds.includes(actor.userId));
  },

  /**
   * Published modules are open to every logged-in user; drafts and archived versions to their
   * authors and admins, and archived versions also to learners enrolled in them.
   */
  read(actor: Actor, module: CourseModule, authorIds: string[], enrolled: boolean): boolean {
    return module.status === ModuleStatus.PUBLISHED || this.edit(actor, authorIds) || (module.status === ModuleStatus.ARCHIVED && enrolled);
  },

  /** Only a draft version is published (the checks of its content follow in the service). */
  isPublishable(module: CourseModule): boolean {
    return module.status === ModuleStatus.DRAFT;
  },

  /** Publish: whoever may edit the module, while it is a draft. */
  publish(actor: Actor, module: CourseModule, authorIds: string[]): boolean {
    return this.edit(actor, authorIds) && this.isPublishable(module);
  },

  enroll(actor: Actor, module: CourseModule): boolean {
    return module.status === ModuleStatus.PUBLISHED && actor.employeeId !== null;
  },
};
