'use strict';
/**
 * Preloaded (`node -r`) into each server a benchmark starts as a child process (`server-process.mjs`:
 * the peers and the committee benchmarks). It counts the HTTP requests the server starts and
 * finishes and the statements its `pg` driver sends (keeping their text while tracing), and answers
 * the harness over the IPC channel with those counts, the process's CPU time and its resident
 * memory. It changes nothing else in the server, except that a server whose harness went away (the
 * IPC channel closed: the benchmark ended or was killed) is sent SIGTERM, so none is left running.
 *
 * Requests are counted when the server ends its response, even one the client no longer waits
 * for, so the harness can wait for a server to be idle and divide its work by what it finished.
 *
 * On request it also records a CPU profile (V8's sampling profiler through `node:inspector`) of
 * just the measured window, without the start-up.
 *
 * BENCH_PG_FROM: a folder from which the server's own `pg` resolves (PostGraphile has its own).
 */
const http = require('node:http');
const pg = require(require.resolve('pg', { paths: [process.env.BENCH_PG_FROM || process.cwd()] }));

let statements = 0;
let started = 0;
let ended = 0;
/** Statements sent while tracing: text, and how many values were bound rather than inlined. */
let trace = null;

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, values) {
  statements++;
  if (trace) {
    const text = typeof config === 'string' ? config : config.text;
    const bound = Array.isArray(values) ? values : (config && config.values) || [];
    trace.push({ text, boundValues: bound.length, prepared: Boolean(config && config.name) });
  }
  return query.apply(this, arguments);
};

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function countedEmit(event) {
  if (event === 'request') started++;
  return emit.apply(this, arguments);
};
const ENDED = Symbol('ended');
const end = http.ServerResponse.prototype.end;
http.ServerResponse.prototype.end = function countedEnd() {
  if (!this[ENDED]) {
    this[ENDED] = true;
    ended++;
  }
  return end.apply(this, arguments);
};

let profiler = null;
function startProfile() {
  const inspector = require('node:inspector');
  profiler = new inspector.Session();
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.setSamplingInterval', { interval: 250 });
  profiler.post('Profiler.start');
}
function stopProfile(file) {
  return new Promise((resolve, reject) => {
    profiler.post('Profiler.stop', (error, result) => {
      profiler.disconnect();
      profiler = null;
      if (error) return reject(error);
      require('node:fs').writeFileSync(file, JSON.stringify(result.profile));
      resolve();
    });
  });
}

process.on('message', async (message) => {
  if (!message || typeof message.probe !== 'string') return;
  if (message.probe === 'profile') startProfile();
  if (message.probe === 'unprofile') await stopProfile(message.file);
  const reply = {
    probe: message.probe,
    id: message.id,
    statements,
    requests: { started, ended },
    cpu: process.cpuUsage(),
    rss: process.memoryUsage.rss(),
  };
  if (message.probe === 'memory') {
    const { heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const v8 = require('node:v8');
    const spaceList = v8.getHeapSpaceStatistics();
    const code = spaceList.filter((s) => s.space_name.startsWith('code')).reduce((sum, s) => sum + s.space_size, 0);
    /** Each V8 heap space's size and the part of it in use (new_space: the young generation's semispaces). */
    const spaces = Object.fromEntries(spaceList.map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
    const { malloced_memory: malloced, peak_malloced_memory: peakMalloced } = v8.getHeapStatistics();
    reply.memory = { heapTotal, heapUsed, external, arrayBuffers, code, spaces, malloced, peakMalloced };
  }
  if (message.probe === 'trace') trace = [];
  if (message.probe === 'untrace') {
    reply.trace = trace || [];
    trace = null;
  }
  process.send(reply);
});

process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
