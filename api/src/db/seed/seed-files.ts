import fs from 'node:fs';
import path from 'node:path';

/** Reads a JSON file of the `seeds/` folder. */
export function readSeed<T>(seedsDir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(seedsDir, file), 'utf8')) as T;
}
