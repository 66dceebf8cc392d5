import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { Role } from '../../common/role';
import { fileReaders } from './file-readers';
import type { StoredFile } from './stored-file.entity';

export const filePolicy = {
  /** Upload a file (to attach it afterwards): any logged-in user. */
  upload(_actor: Actor): boolean {
    return true;
  },

  /** Read a file without asking what it is attached to: its uploader and administrators. */
  readOwn(actor: Actor, file: StoredFile): boolean {
    return file.uploadedBy.id === actor.userId || hasRole(actor, Role.ADMIN);
  },
};

/**
 * Who may download a file: its uploader and administrators, and anyone a module that attaches
 * the file lets read it (see `registerFileReader`).
 */
export async function canReadFile(em: EntityManager, actor: Actor, file: StoredFile, clock: Clock): Promise<boolean> {
  if (filePolicy.readOwn(actor, file)) return true;
  for (const reader of fileReaders()) if (await reader(em, actor, file, clock)) return true;
  return false;
}
