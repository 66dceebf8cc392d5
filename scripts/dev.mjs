#!/usr/bin/env node
/**
 * Development: recompiles the API on change and restarts it, and serves the client with Vite
 * (hot reload) on http://localhost:5173, proxying /graphql to the API.
 */
import { spawn } from 'node:child_process';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execSync('npm run build -w api', { cwd: root, stdio: 'inherit' });
execSync('npm run codegen -w client', { cwd: root, stdio: 'inherit' });

const processes = [
  ['tsc', ['-b', 'api/tsconfig.json', '--watch', '--preserveWatchOutput']],
  ['node', ['--watch-path=api/dist', 'api/dist/cli.js', 'start']],
  ['npm', ['run', 'dev', '-w', 'client']],
].map(([cmd, args]) => spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }));

const stop = () => processes.forEach((p) => p.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const p of processes) p.on('exit', (code) => code && code !== 0 && console.error(`${p.spawnfile} exited with ${code}`));
