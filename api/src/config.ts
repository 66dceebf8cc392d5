import path from 'node:path';
import { DEFAULT_TIME_ZONE } from './common/dates';

/** Repository root (api/src or api/dist are two levels below it). */
export const ROOT_DIR = path.resolve(__dirname, '..', '..');

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

function str(name: string, fallback: string): string {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

/** `DEMO=true`/`false` decides; unset, demo data is loaded only on embedded PostgreSQL. */
function demoDefault(raw: string | undefined, hasServer: boolean): boolean {
  if (raw === undefined || raw === '') return !hasServer;
  if (raw !== 'true' && raw !== 'false') throw new Error(`DEMO must be true or false, got "${raw}"`);
  return raw === 'true';
}

function cookieSecure(raw: string | undefined): 'auto' | boolean {
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  if (raw !== 'true' && raw !== 'false') throw new Error(`COOKIE_SECURE must be auto, true or false, got "${raw}"`);
  return raw === 'true';
}

function heapGrowingPercent(value: number): number {
  if (value < 0 || value > 1000) throw new Error(`HEAP_GROWING_PERCENT must be from 0 to 1000, got ${value}`);
  return value;
}

/** Every setting the server reads from the environment, with defaults for embedded mode. */
export interface Config {
  /** PostgreSQL URL; when empty the server runs embedded PostgreSQL (PGlite). */
  databaseUrl: string | undefined;
  /** Where embedded PostgreSQL keeps its data. */
  dataDir: string;
  port: number;
  host: string;
  /** Directory of the built client served at `/`. */
  clientDir: string;
  seedsDir: string;
  /** Directory where uploaded files are stored. */
  uploadDir: string;
  sessionHours: number;
  maxFailedLogins: number;
  /** Failed logins one client address may make within `lockoutMinutes`, on any accounts. */
  maxFailedLoginsPerAddress: number;
  lockoutMinutes: number;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** Largest GraphQL request body of a signed-in user, in bytes (anonymous requests get 16 KB). */
  maxRequestBytes: number;
  /** Most tokens in a signed-in user's query text (anonymous queries get 500). */
  maxQueryTokens: number;
  logLevel: string;
  /**
   * Load demo employees and accounts (with a published password) into an empty database: by
   * default only on embedded PostgreSQL, never where `DATABASE_URL` names a server unless
   * `DEMO=true` says so.
   */
  demo: boolean;
  /**
   * The session cookie's `Secure` flag: `auto` sets it when the request came over HTTPS (directly
   * or, behind a proxy on the same machine, as `X-Forwarded-Proto` says); `true` always; `false` never.
   */
  cookieSecure: 'auto' | boolean;
  /** Time zone whose calendar decides dates and years (JP years, assessment dates). */
  timeZone: string;
  /** Largest upload, in bytes. */
  maxUploadBytes: number;
  /** Where uploads are kept: `disk` (uploadDir) or an S3-compatible bucket. */
  storage: 'disk' | 's3';
  /** How far the JavaScript heap may grow past its live size before a full collection, in percent; 0: V8's choice (`heap.ts`). */
  heapGrowingPercent: number;
  s3: {
    endpoint: string | undefined;
    region: string;
    bucket: string;
    accessKeyId: string | undefined;
    secretAccessKey: string | undefined;
    /** Path-style URLs (MinIO and most self-hosted stores need them). */
    forcePathStyle: boolean;
  };
}

export function loadConfig(): Config {
  const dataDir = path.resolve(ROOT_DIR, str('DATA_DIR', '.data'));
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir,
    port: int('PORT', 4000),
    host: str('HOST', '127.0.0.1'),
    clientDir: path.resolve(ROOT_DIR, str('CLIENT_DIR', 'client/dist')),
    seedsDir: path.resolve(ROOT_DIR, 'seeds'),
    uploadDir: path.resolve(ROOT_DIR, str('UPLOAD_DIR', path.join(dataDir, 'uploads'))),
    sessionHours: int('SESSION_HOURS', 8),
    maxFailedLogins: int('MAX_FAILED_LOGINS', 5),
    maxFailedLoginsPerAddress: int('MAX_FAILED_LOGINS_PER_ADDRESS', 20),
    lockoutMinutes: int('LOCKOUT_MINUTES', 15),
    maxQueryDepth: int('MAX_QUERY_DEPTH', 10),
    maxQueryComplexity: int('MAX_QUERY_COMPLEXITY', 2000),
    maxRequestBytes: int('MAX_REQUEST_MB', 8) * 1024 * 1024,
    maxQueryTokens: int('MAX_QUERY_TOKENS', 5000),
    logLevel: str('LOG_LEVEL', 'info'),
    demo: demoDefault(process.env.DEMO, !!process.env.DATABASE_URL),
    cookieSecure: cookieSecure(process.env.COOKIE_SECURE),
    timeZone: str('TIME_ZONE', DEFAULT_TIME_ZONE),
    maxUploadBytes: int('MAX_UPLOAD_MB', 20) * 1024 * 1024,
    storage: str('STORAGE', 'disk') === 's3' ? 's3' : 'disk',
    heapGrowingPercent: heapGrowingPercent(int('HEAP_GROWING_PERCENT', 50)),
    s3: {
      endpoint: process.env.S3_ENDPOINT || undefined,
      region: str('S3_REGION', 'us-east-1'),
      bucket: str('S3_BUCKET', 'komunitas-pintar'),
      accessKeyId: process.env.S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || undefined,
      forcePathStyle: str('S3_FORCE_PATH_STYLE', 'true') !== 'false',
    },
  };
}
