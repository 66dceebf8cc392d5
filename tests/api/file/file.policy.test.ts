import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { fileReaders, registerFileReader } from '../../../api/src/modules/file/file-readers';
import { canReadFile, filePolicy } from '../../../api/src/modules/file/file.policy';
import type { StoredFile } from '../../../api/src/modules/file/stored-file.entity';
import { registerModules } from '../../../api/src/modules';
import { actorWith } from '../../support/policy-table';

const em = {} as EntityManager;
const clock = systemClock();
const uploadedBy = (role: Role) => ({ uploadedBy: { id: actorWith(role).userId } }) as unknown as StoredFile;
const someoneElses = { uploadedBy: { id: 'user-elsewhere' } } as unknown as StoredFile;

describe('files', () => {
  it.each(Object.values(Role))('%s reads their own uploads; only ADMIN reads others without an attachment rule', (role) => {
    expect(filePolicy.readOwn(actorWith(role), uploadedBy(role))).toBe(true);
    expect(filePolicy.readOwn(actorWith(role), someoneElses)).toBe(role === Role.ADMIN);
  });

  // Runs before the modules register their readers (next test), which need a database.
  it('a file is readable when any registered reader allows it, and not when none does', async () => {
    const actor = actorWith(Role.LEARNER);
    const allowed = { ...someoneElses, id: 'attached' } as unknown as StoredFile;
    registerFileReader('test.attachment', async (_em, who, file) => who.userId === actor.userId && file.id === 'attached');
    expect(await canReadFile(em, actor, allowed, clock)).toBe(true);
    expect(await canReadFile(em, actorWith(Role.TRAINER), allowed, clock)).toBe(false);
    registerFileReader('test.attachment', async () => false);
  });

  it('modules that attach files register who may read them', () => {
    registerModules();
    expect(fileReaders().length).toBeGreaterThanOrEqual(2);
  });
});
