import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import type { StoredFile } from './stored-file.entity';

/**
 * Answers whether the actor may read a file because of what it is attached to (a lesson, a
 * module cover, the evidence of an assessment, ...). The module owning the attachment knows
 * the rule and registers its reader here at start-up; this module knows none of them.
 */
export type FileReader = (em: EntityManager, actor: Actor, file: StoredFile, clock: Clock) => Promise<boolean>;

const readers = new Map<string, FileReader>();

/** Registers (or replaces) the reader of one kind of attachment, named by its owner (e.g. `learning.lesson`). */
export function registerFileReader(name: string, reader: FileReader): void {
  readers.set(name, reader);
}

/** The registered readers, in registration order. */
export function fileReaders(): FileReader[] {
  return [...readers.values()];
}
