import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '@jest/types';
import { chromium } from 'playwright-core';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../api/src/db/embedded';
import { buildClient, CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { admin, DEFAULT_TEST_DATABASE_URL, unreachableReason, withDatabase } from './databases';

declare global {
  // Not MikroORM here: metadata built in this process would leak into in-band test runs.
  var __KP_TEST_CLEANUP__: (() => Promise<void>) | undefined;
}

const EMBEDDED_BASE_PORT = 55432;

/** Whether the run may include browser tests: all tests, or paths naming the e2e folder. */
function runsBrowserTests(globalConfig: Config.GlobalConfig): boolean {
  const paths = globalConfig.nonFlagArgs ?? [];
  return paths.length === 0 || paths.some((p) => p.includes('e2e'));
}

/**
 * Prepares one empty database per jest worker (each worker migrates its own on first use; files on the demo data copy
 * the run's demo database into it, `demo-database.ts`): on the PostgreSQL server at TEST_DATABASE_URL
 * (default 127.0.0.1:5432), or, where none answers and KP_TEST_EMBEDDED=1 asks for it, on embedded PGlite instances.
 * Otherwise no server is a failure with what to do: PGlite serves all connections in one session, so the tests of
 * concurrent transactions (one waiting for a lock the other holds) cannot pass there; the rest can.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const workers = Math.max(1, globalConfig.maxWorkers);
  const serverUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const host = new URL(serverUrl).host;
  // Why the real server is required, if it is, and what else can be done without one.
  let required: string | null = null;
  let otherwise = '';
  if (process.env.TEST_DATABASE_URL) required = 'TEST_DATABASE_URL is set';
  else if (process.env.KP_REQUIRE_PG === '1') required = 'KP_REQUIRE_PG=1';
  else if (process.env.KP_TEST_EMBEDDED !== '1') {
    required = 'The tests of concurrent transactions need sessions of their own, which embedded PGlite cannot give';
    otherwise = ' KP_TEST_EMBEDDED=1 runs on embedded PGlite anyway, where those tests time out.';
  }
  let urls: string[];
  let cleanup: () => Promise<void>;

  const unreachable = await unreachableReason(serverUrl);
  if (!unreachable) {
    const names = Array.from({ length: workers }, (_, i) => `kp_test_${process.pid}_w${i + 1}`);
    await admin(
      serverUrl,
      names.flatMap((n) => [`drop database if exists ${n}`, `create database ${n}`]),
    );
    urls = names.map((n) => withDatabase(serverUrl, n));
    // The demo database the first file that needs the demo seeds, and the later ones copy.
    const demo = `kp_test_${process.pid}_demo`;
    process.env.KP_TEST_SERVER_URL = serverUrl;
    process.env.KP_TEST_DEMO_DB = demo;
    cleanup = () =>
      admin(
        serverUrl,
        [...names, demo].map((n) => `drop database if exists ${n} with (force)`),
      );
    console.log(`\nTests use PostgreSQL at ${host} (databases ${names.join(', ')})`);
  } else if (required) {
    throw new Error(
      `No PostgreSQL server answered at ${host} (${unreachable}). ${required}, so the tests need that server: start ` +
        `PostgreSQL there (on Debian, .ci/run installs and starts one), or set TEST_DATABASE_URL to another server.${otherwise}`,
    );
  } else {
    console.log(
      `\nNo PostgreSQL server answered at ${host} (${unreachable}): tests run on embedded PGlite (KP_TEST_EMBEDDED=1), ` +
        'where the tests of concurrent transactions time out',
    );
    const servers: EmbeddedPostgres[] = [];
    for (let i = 0; i < workers; i++) {
      servers.push(await startEmbeddedPostgres({ port: EMBEDDED_BASE_PORT + i }));
    }
    urls = servers.map((s) => s.url);
    cleanup = async () => {
      for (const s of servers) await s.stop();
    };
  }

  // Browser tests share one built client and one Chromium, started here rather than by each file.
  if (runsBrowserTests(globalConfig)) {
    buildClient();
    const browser = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    process.env.KP_BROWSER_WS = browser.wsEndpoint();
    const stopDatabases = cleanup;
    cleanup = async () => {
      await browser.close();
      await stopDatabases();
    };
  }

  // Uploads and other files the tests write go under one folder, removed after the run.
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-test-'));
  process.env.KP_TEST_FILES = files;
  process.env.KP_TEST_DB_URLS = JSON.stringify(urls);
  globalThis.__KP_TEST_CLEANUP__ = async () => {
    await cleanup();
    fs.rmSync(files, { recursive: true, force: true });
  };
}
