import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lockDataFolder } from '../../../api/src/db/embedded';
import { testFolder } from '../../support/test-app';

describe('the embedded database folder', () => {
  it('is taken by one process: a second is refused with a clear message, and the folder is free again once released', () => {
    const dir = path.join(testFolder('pglite-lock-'), 'pgdata');
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    // Another process's lock, as a second `npm start` on the same DATA_DIR would meet it.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      release();
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => lockDataFolder(dir)).toThrow(
        `The embedded database in ${dir} is in use by another Komunitas Pintar process (pid ${other.pid}).`,
      );
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that has ended', () => {
    const dir = path.join(testFolder('pglite-lock-'), 'pgdata');
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(`${dir}.lock`, '2147483646');
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
