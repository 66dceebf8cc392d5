import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { UUID_PATTERN } from '../../common/id-arguments';
import type { FileStorage } from './file-storage';
import { typeOf } from './file-types';
import { canReadFile, filePolicy } from './file.policy';
import { User } from '../identity/user.entity';
import { StoredFile } from './stored-file.entity';

/** A file as received: its name as the browser sent it and its bytes. */
export interface Upload {
  originalName: string;
  buffer: Buffer;
}

/** Stores uploads and serves them to those allowed; the HTTP route only translates. */
export class FileService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  /** BAD_USER_INPUT for a file over the size limit (the route learns it while receiving). */
  static tooLarge(maxBytes: number): BadInputError {
    return BadInputError.field('file', 'FILE_SIZE', `Files may be at most ${maxBytes / 1024 / 1024} MB`);
  }

  async upload(actor: Actor, upload: Upload | undefined): Promise<StoredFile> {
    assertCan(filePolicy.upload(actor));
    if (!upload) throw BadInputError.field('file', 'REQUIRED', 'Send the file in the multipart field "file"');
    const name = Buffer.from(upload.originalName, 'latin1').toString('utf8').slice(0, 200);
    const mimeType = typeOf(name);
    if (!mimeType) throw BadInputError.field('file', 'FILE_TYPE', 'This type of file is not accepted');
    const now = this.clock.now();
    const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    await this.storage.put(storageKey, upload.buffer, mimeType);
    const stored = Object.assign(new StoredFile(), {
      name,
      mimeType,
      size: upload.buffer.length,
      storageKey,
      sha256: createHash('sha256').update(upload.buffer).digest('hex'),
      uploadedBy: this.em.getReference(User, actor.userId, { wrapped: true }),
    });
    await this.em.persist(stored).flush();
    return stored;
  }

  /** A file and its bytes, for those who may read it; NOT_FOUND for everyone else, so ids reveal nothing. */
  async open(actor: Actor, id: string): Promise<{ file: StoredFile; body: Readable }> {
    const file = UUID_PATTERN.test(id) ? await this.em.findOne(StoredFile, id) : null;
    if (!file || !(await canReadFile(this.em, actor, file, this.clock))) throw new NotFoundError('File');
    return { file, body: await this.storage.read(file.storageKey) };
  }
}
