import { Role } from '../../../api/src/common/role';
import type { CourseModule } from '../../../api/src/modules/learning/course-module.entity';
import { ModuleStatus } from '../../../api/src/modules/learning/learning.enums';
import { learningPolicy } from '../../../api/src/modules/learning/learning.policy';
import { actorWith } from '../../support/policy-table';

const Y = true;
const N = false;
const moduleIn = (status: ModuleStatus) => ({ status }) as CourseModule;

/** Relations of the actor to a module: its author, a learner enrolled in it, or neither. */
type Relation = 'author' | 'enrolled' | 'other';

function read(role: Role, relation: Relation, status: ModuleStatus): boolean {
  const actor = actorWith(role);
  return learningPolicy.read(actor, moduleIn(status), relation === 'author' ? [actor.userId] : [], relation === 'enrolled');
}

//                    author enrolled other
const readDraft: Record<Role, [boolean, boolean, boolean]> = {
  LEARNER: /*     */ [N, N, N],
  TRAINER: /*     */ [Y, N, N],
  SUPERVISOR: /*  */ [N, N, N],
  COMMITTEE: /*   */ [N, N, N],
  ADMIN: /*       */ [Y, Y, Y],
};
const readArchived: Record<Role, [boolean, boolean, boolean]> = {
  LEARNER: /*     */ [N, Y, N],
  TRAINER: /*     */ [Y, Y, N],
  SUPERVISOR: /*  */ [N, Y, N],
  COMMITTEE: /*   */ [N, Y, N],
  ADMIN: /*       */ [Y, Y, Y],
};
const edit: Record<Role, [boolean, boolean, boolean]> = {
  LEARNER: /*     */ [N, N, N],
  TRAINER: /*     */ [Y, N, N],
  SUPERVISOR: /*  */ [N, N, N],
  COMMITTEE: /*   */ [N, N, N],
  ADMIN: /*       */ [Y, Y, Y],
};

const RELATIONS: Relation[] = ['author', 'enrolled', 'other'];
const rows = (table: Record<Role, boolean[]>) =>
  (Object.entries(table) as [Role, boolean[]][]).flatMap(([role, answers]) => RELATIONS.map((r, i) => [role, r, answers[i]] as const));

describe('course modules', () => {
  it.each(Object.values(Role).flatMap((role) => RELATIONS.map((r) => [role, r] as const)))(
    'a published module is open: %s, %s',
    (role, relation) => {
      expect(read(role, relation, ModuleStatus.PUBLISHED)).toBe(true);
    },
  );

  it.each(rows(readDraft))('read a draft: %s, %s → %s', (role, relation, expected) => {
    expect(read(role, relation, ModuleStatus.DRAFT)).toBe(expected);
  });

  it.each(rows(readArchived))('read an archived version: %s, %s → %s', (role, relation, expected) => {
    expect(read(role, relation, ModuleStatus.ARCHIVED)).toBe(expected);
  });

  it.each(rows(edit))('edit, publish or archive: %s, %s → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(learningPolicy.edit(actor, relation === 'author' ? [actor.userId] : [])).toBe(expected);
  });

  it.each(Object.values(Role))('create a module: trainers and admins (%s)', (role) => {
    expect(learningPolicy.create(actorWith(role))).toBe(role === Role.TRAINER || role === Role.ADMIN);
  });

  it.each(Object.values(ModuleStatus))('enrol: only in a published module, only with an employee record (%s)', (status) => {
    expect(learningPolicy.enroll(actorWith(Role.LEARNER), moduleIn(status))).toBe(status === ModuleStatus.PUBLISHED);
    expect(learningPolicy.enroll(actorWith(Role.LEARNER, null), moduleIn(status))).toBe(false);
  });
});
