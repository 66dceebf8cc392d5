#!/usr/bin/env node
/**
 * Builds the API and/or the client when their build is missing or older than their sources.
 * Usage: node scripts/ensure-built.mjs [api|client]   (both when omitted)
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const targets = {
  api: { output: 'api/dist/cli.js', sources: ['api/src', 'api/tsconfig.json', 'tsconfig.json', 'packages/domain/src'] },
  client: {
    output: 'client/dist/index.html',
    sources: [
      'client/src',
      'client/index.html',
      'client/vite.config.ts',
      'client/vite-graphql-documents.ts',
      'schema/schema.graphql',
      'packages/domain/src',
    ],
  },
};

function newestMtime(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(full)) {
    if (entry === 'gql') continue; // generated during the build itself
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

const wanted = process.argv[2] ? [process.argv[2]] : Object.keys(targets);
for (const name of wanted) {
  const target = targets[name];
  if (!target) throw new Error(`Unknown target ${name}`);
  const output = path.join(root, target.output);
  const builtAt = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  const changedAt = Math.max(...target.sources.map(newestMtime));
  if (builtAt >= changedAt) continue;
  console.log(builtAt ? `Sources of ${name} changed: rebuilding…` : `Building ${name} (first run)…`);
  // A production build even when called from the tests (jest sets NODE_ENV=test).
  execSync(`npm run build -w ${name}`, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  fs.utimesSync(output, new Date(), new Date());
}
