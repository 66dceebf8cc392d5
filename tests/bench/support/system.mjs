/**
 * What the benchmarks read about the machine: CPU time and resident memory of processes from
 * /proc (Linux), free ports, and whether a PostgreSQL server answers, with one-off statements on
 * it (creating and dropping a benchmark's database). Where /proc is missing the readers return null
 * and the table says "n/a".
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';

let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time in milliseconds, or null when unreadable: from /proc/<pid>/schedstat (nanoseconds) where
 * the kernel keeps it, which is the process's main thread only (its first task: for Node the event
 * loop, without V8's worker threads and libuv's thread pool, about a quarter of a busy API's CPU),
 * else user + system time of all its threads from /proc/<pid>/stat (clock ticks, usually 10 ms).
 */
export function processCpuMs(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    // no schedstat: fall back to clock ticks
  }
  const fields = statFields(pid);
  return fields && ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
}

/**
 * The fields of /proc/<pid>/stat after the command name (which is in parentheses and may hold
 * spaces), so field 0 is the state, 1 the parent, 7 minor faults, 11 and 12 user and system time;
 * null when unreadable (no /proc, or the process ended).
 */
function statFields(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * The main thread of a process (its event loop, where JavaScript runs): CPU time in milliseconds
 * from /proc/<pid>/task/<pid>/schedstat and how often it went to sleep and was woken
 * (voluntary context switches), or null where unreadable. The process's CPU time besides it is
 * spent by V8's worker threads (compiling, concurrent garbage collection) and libuv's thread pool.
 */
export function mainThread(pid) {
  try {
    const cpuMs = Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    const status = fs.readFileSync(`/proc/${pid}/task/${pid}/status`, 'utf8');
    return { cpuMs, wakeups: Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? NaN) };
  } catch {
    return null;
  }
}

/** Resident memory now and its peak over the process's life, in bytes, or null when unreadable. */
export function processMemory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * CPU time (ms, user and system, all threads) and minor page faults of the processes below `rootPid`
 * whose command line matches `pattern`, with what their exited children used (the kernel adds it to
 * the parent that waited for them), or null where /proc is missing. The difference of two readings is
 * what the tree spent in between, processes that started and ended in it included.
 */
export function processTree(rootPid, pattern) {
  let names;
  try {
    names = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  /** Each parent's children: their command line, CPU time and faults. */
  const children = new Map();
  for (const pid of names) {
    const f = statFields(pid);
    let cmdline;
    try {
      cmdline = f && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // ended while read
    }
    if (!cmdline) continue;
    const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    const entry = { pid, cmdline, cpuMs: (ticks * 1000) / clockTicks(), faults: Number(f[7]) + Number(f[8]) };
    if (!children.has(f[1])) children.set(f[1], []);
    children.get(f[1]).push(entry);
  }
  const total = { cpuMs: 0, faults: 0, processes: 0 };
  const pending = [String(rootPid)];
  while (pending.length) {
    for (const child of children.get(pending.pop()) ?? []) {
      if (pattern.test(child.cmdline)) {
        total.cpuMs += child.cpuMs;
        total.faults += child.faults;
        total.processes += 1;
      }
      pending.push(child.pid);
    }
  }
  return total;
}

/** Whether a pid on this machine is a PostgreSQL process (a remote server's pids are not ours to read). */
export function isLocalPostgres(pid) {
  try {
    return /postgres/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether a PostgreSQL server answers at `url` within two seconds. */
export async function pgAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One statement on a connection of its own (`create database`, `drop database`…); its result. */
export async function adminQuery(url, sql, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
