import fs from 'node:fs';
import path from 'node:path';
import { MetadataStorage } from '@mikro-orm/core';
import { entities } from '../../../api/src/db/entities';
import { modules } from '../../../api/src/modules';
import { resolvers } from '../../../api/src/schema';

const MODULES_DIR = path.join(__dirname, '../../../api/src/modules');

function filesEndingWith(suffix: string): string[] {
  return fs
    .readdirSync(MODULES_DIR, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function exportedClasses(file: string): { name: string; value: unknown }[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(file) as Record<string, unknown>;
  return Object.entries(exports)
    .filter(([, value]) => typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value)))
    .map(([name, value]) => ({ name, value }));
}

describe('module manifests', () => {
  it('name each module after its folder, once', () => {
    const names = modules.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(fs.existsSync(path.join(MODULES_DIR, name))).toBe(true);
  });

  it('register every entity class of every module, so the ORM and migrations see it', () => {
    const decorated = new Set(Object.values(MetadataStorage.getMetadata()).map((meta) => meta.class));
    const missing = filesEndingWith('.entity.ts').flatMap((file) =>
      exportedClasses(file)
        .filter((c) => decorated.has(c.value as never) && !entities.includes(c.value as never))
        .map((c) => `${path.relative(MODULES_DIR, file)}: ${c.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('register every resolver class of every module, so its operations reach the schema', () => {
    const missing = filesEndingWith('.resolver.ts').flatMap((file) =>
      exportedClasses(file)
        .filter((c) => !resolvers.includes(c.value as never))
        .map((c) => `${path.relative(MODULES_DIR, file)}: ${c.name}`),
    );
    expect(missing).toEqual([]);
  });
});
