#!/usr/bin/env node
/**
 * Builds the image and runs it the two ways the README offers, where a Docker engine answers:
 *   1. `docker compose up --build` (the app on PostgreSQL 16): healthy, the client served
 *      compressed, the demo administrator can log in;
 *   2. the image alone with no DATABASE_URL (embedded PostgreSQL in /data, as the `node` user).
 * Everything it starts is removed at the end. Where no engine answers it says so and exits 0:
 * the check was not run, which is not a failure of the app.
 *
 *   npm run check:docker            (APP_PORT, default 4080, is where the app is published)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROJECT = `kp-check-${process.pid}`;
const PORT = Number(process.env.APP_PORT ?? 4080);
/** Compose names the image it builds after the project and the service. */
const IMAGE = `${PROJECT}-app`;
const SOLO = `${PROJECT}-solo`;

function docker(args, options = {}) {
  return execFileSync('docker', args, {
    cwd: ROOT,
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, APP_PORT: String(options.port ?? PORT), DEMO: 'true' },
    encoding: 'utf8',
  });
}

function engineAnswers() {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8' });
  if (info.error) return 'the docker command is not installed';
  if (info.status !== 0) return `no Docker engine answers (${(info.stderr || '').trim().split('\n')[0]})`;
  const compose = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (compose.status !== 0) return 'the docker compose plugin is missing';
  return null;
}

async function waitHealthy(base, seconds) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${base}/health did not answer 200 within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function check(condition, what) {
  if (!condition) throw new Error(`Failed: ${what}`);
  console.log(`ok - ${what}`);
}

async function checkServedApp(base) {
  const page = await fetch(`${base}/katalog`);
  const html = await page.text();
  check(page.ok && html.includes('Memuat Komunitas Pintar'), 'an app route answers with the page and its loading shell');
  check(page.headers.get('cache-control') === 'no-cache', 'the page is revalidated on every visit');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  const asset = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br' } });
  check(asset.ok && asset.headers.get('content-encoding') === 'br', 'the first script is sent pre-compressed with brotli');
  check(asset.headers.get('cache-control')?.includes('immutable'), 'hashed scripts are cached for a year');
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { username: "admin", password: "komunitas-pintar" }) { user { username } } }' }),
  }).then((r) => r.json());
  check(login.data?.login.user.username === 'admin', 'the demo administrator logs in');
}

const missing = engineAnswers();
if (missing) {
  console.log(`Docker check not run: ${missing}. Nothing was built or started.`);
  process.exit(0);
}

let failed = false;
try {
  console.log(`Building and starting ${PROJECT} with docker compose (app on port ${PORT})…`);
  docker(['compose', '-p', PROJECT, 'up', '--build', '--detach', '--wait', '--wait-timeout', '600']);
  await waitHealthy(`http://127.0.0.1:${PORT}`, 60);
  await checkServedApp(`http://127.0.0.1:${PORT}`);
  const user = docker(['compose', '-p', PROJECT, 'exec', '-T', 'app', 'id', '-un'], { quiet: true }).trim();
  check(user === 'node', 'the app runs as the node user, not root');

  console.log('Running the image alone, on embedded PostgreSQL in /data…');
  docker(['run', '--detach', '--name', SOLO, '--publish', `${PORT + 1}:4000`, IMAGE]);
  await waitHealthy(`http://127.0.0.1:${PORT + 1}`, 300);
  await checkServedApp(`http://127.0.0.1:${PORT + 1}`);
  const files = docker(['exec', SOLO, 'ls', '/data'], { quiet: true });
  check(files.split('\n').length > 1, 'the embedded database writes its files under /data');
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  spawnSync('docker', ['rm', '--force', '--volumes', SOLO], { stdio: 'ignore' });
  spawnSync('docker', ['compose', '-p', PROJECT, 'down', '--volumes', '--rmi', 'local'], { cwd: ROOT, stdio: 'inherit' });
}
console.log(failed ? 'Docker check FAILED' : 'Docker check passed');
process.exit(failed ? 1 : 0);
