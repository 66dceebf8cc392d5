#!/usr/bin/env node
/**
 * Where a Node CPU profile of our API spends its time: self time by layer (MikroORM's parts, pg,
 * graphql-js, Apollo, type-graphql, validation, Express, our code, GC…; V8 builtins count for
 * the layer that called them), time spent beneath some functions of interest (session lookup,
 * settings reads, field middleware, validation), and the hottest functions.
 *
 *   node tests/bench/peers/profile-summary.mjs <file.cpuprofile>
 *
 * Time beneath a function counts only the synchronous part of its calls: work after an `await`
 * resumes from the microtask queue and is charged to its own stack.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = (name) => (frame) => frame.url.includes(`/node_modules/${name}/`);
const any =
  (...tests) =>
  (frame) =>
    tests.some((t) => t(frame));

/** Self time goes to the first layer that matches the frame. */
const LAYERS = [
  ['(idle)', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['V8 outside JavaScript (program)', (f) => f.functionName === '(program)'],
  [
    'MikroORM: hydration and entity factory',
    (f) => /@mikro-orm\/core\/(hydration|entity\/EntityFactory)/.test(f.url) || /^hydrate/.test(f.functionName),
  ],
  ['MikroORM: unit of work, identity map, change sets', (f) => /@mikro-orm\/core\/unit-of-work\//.test(f.url)],
  ['MikroORM: entity helpers, references, loading', (f) => /@mikro-orm\/core\/entity\//.test(f.url)],
  ['MikroORM: EntityManager, metadata, utils', pkg('@mikro-orm/core')],
  ['MikroORM: QueryBuilder (criteria to SQL)', (f) => f.url.includes('/@mikro-orm/knex/query/')],
  ['MikroORM: SQL driver (execute, map rows)', any(pkg('@mikro-orm/knex'), pkg('@mikro-orm/postgresql'))],
  ['knex (SQL text compilation, pool)', any(pkg('knex'), pkg('tarn'))],
  [
    'pg driver and protocol',
    any(
      pkg('pg'),
      pkg('pg-protocol'),
      pkg('pg-types'),
      pkg('pg-pool'),
      pkg('postgres-date'),
      pkg('postgres-array'),
      pkg('postgres-interval'),
      pkg('postgres-bytea'),
    ),
  ],
  ['graphql-js (parse, validate, execute)', pkg('graphql')],
  ['Apollo Server', (f) => f.url.includes('/node_modules/@apollo/') || f.url.includes('/node_modules/@as-integrations/')],
  ['type-graphql (resolver wrappers, auth, middleware)', pkg('type-graphql')],
  ['class-validator', any(pkg('class-validator'), pkg('validator'), pkg('libphonenumber-js'))],
  ['query limits (complexity, depth)', any(pkg('graphql-query-complexity'), (f) => f.url.includes('/node_modules/@escape.tech/'))],
  [
    'Express, helmet, body parsing',
    any(
      ...[
        'express',
        'router',
        'body-parser',
        'helmet',
        'raw-body',
        'iconv-lite',
        'qs',
        'send',
        'serve-static',
        'finalhandler',
        'on-finished',
        'type-is',
        'content-type',
        'negotiator',
        'accepts',
        'cookie',
      ].map(pkg),
    ),
  ],
  ['dataloader', pkg('dataloader')],
  ['pino (logging)', any(pkg('pino'), pkg('pino-std-serializers'), pkg('sonic-boom'))],
  ['our code (api/dist)', (f) => f.url.includes('/api/dist/')],
  ['async context tracking (AsyncLocalStorage promise hooks)', (f) => /^node:(internal\/)?async_(hooks|local_storage)/.test(f.url)],
  ['promise and microtask machinery', (f) => f.url === 'node:internal/process/task_queues'],
  ['Node sockets (net, stream writes)', (f) => /^node:(net|internal\/net|internal\/stream_base_commons|internal\/dns)/.test(f.url)],
  ['Node http', (f) => f.url.startsWith('node:_http')],
  ['Node streams and events', (f) => /^node:(internal\/streams|events|stream)/.test(f.url)],
  ['Node core, other', (f) => f.url.startsWith('node:')],
];
/** Frames without a script (V8 builtins, native calls, `new Function` code) count for their nearest caller that has one. */
const NO_CALLER = 'V8 builtins and native code without a JavaScript caller (e.g. the microtask loop)';
const SPECIAL = new Set(['(idle)', '(garbage collector)', '(program)', '(root)']);

/** Time spent beneath these functions (matched on name, and file where given). */
const BENEATH = [
  [
    'session lookup (authenticateRequest)',
    (f) => f.functionName === 'authenticateRequest' || (f.functionName === 'authenticate' && f.url.includes('identity.service')),
  ],
  ['settings reads (SettingService)', (f) => f.url.includes('setting.service')],
  ['GraphQL parse', (f) => f.functionName === 'parse' && f.url.includes('/graphql/language/')],
  ['GraphQL validation rules', (f) => f.functionName === 'validate' && f.url.includes('/graphql/validation/')],
  ['query complexity estimate', (f) => f.url.includes('/graphql-query-complexity/')],
  ['type-graphql argument validation (class-validator)', (f) => f.url.includes('/type-graphql/') && /validateArg/.test(f.functionName)],
  [
    'type-graphql field middleware and auth (applyMiddlewares)',
    (f) => f.url.includes('/type-graphql/') && /applyMiddlewares|applyAuthChecker/.test(f.functionName),
  ],
  ['graphql-js result completion (completeValue)', (f) => f.url.includes('/graphql/execution/') && /^complete/.test(f.functionName)],
  [
    'MikroORM find (EntityManager.find/findAndCount)',
    (f) => f.url.includes('/@mikro-orm/core/EntityManager') && /^(find|findAndCount|count)$/.test(f.functionName),
  ],
  [
    'MikroORM entity factory create/merge',
    (f) => f.url.includes('/@mikro-orm/core/entity/EntityFactory') && /^(create|mergeData)$/.test(f.functionName),
  ],
  [
    'MikroORM unit of work register/merge',
    (f) => f.url.includes('/@mikro-orm/core/unit-of-work/UnitOfWork') && /^(register|merge|registerManaged)$/.test(f.functionName),
  ],
  ['JSON.stringify of responses', (f) => f.functionName === 'stringify' && f.url === ''],
  [
    'socket writes (writev / writeBuffer)',
    (f) => /^(writev|writeGeneric|writeUtf8String|writeBuffer|_writeGeneric|_writev)$/.test(f.functionName),
  ],
  ['sending statements (beneath pg Client.query)', (f) => f.functionName === 'query' && f.url.endsWith('/pg/lib/client.js')],
  ['writing HTTP responses (beneath http OutgoingMessage)', (f) => f.url === 'node:_http_outgoing' || f.url === 'node:_http_server'],
];

function sampleTimes(profile) {
  // timeDeltas[i] is the time since the previous sample; charge it to the sample it precedes.
  const times = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    times.set(profile.samples[i], (times.get(profile.samples[i]) ?? 0) + dt);
  }
  return times;
}

/** Self time by layer, time beneath functions of interest, and the hottest functions, in microseconds. */
export function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times = sampleTimes(profile);

  const layers = new Map();
  const beneath = new Map(BENEATH.map(([name]) => [name, 0]));
  const functions = new Map();
  const byLayer = new Map();
  let busy = 0;
  for (const [id, time] of times) {
    const node = nodes.get(id);
    const frame = node.callFrame;
    let owner = id;
    while (owner !== undefined && nodes.get(owner).callFrame.url === '' && !SPECIAL.has(nodes.get(owner).callFrame.functionName)) {
      owner = parent.get(owner);
    }
    const ownerFrame = owner === undefined ? null : nodes.get(owner).callFrame;
    const layer =
      !ownerFrame || ownerFrame.functionName === '(root)'
        ? NO_CALLER
        : (LAYERS.find(([, test]) => test(ownerFrame))?.[0] ?? `other: ${packageOf(ownerFrame.url)}`);
    layers.set(layer, (layers.get(layer) ?? 0) + time);
    if (layer === '(idle)') continue;
    busy += time;
    const fn = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + time);
    if (!byLayer.has(layer)) byLayer.set(layer, new Map());
    byLayer.get(layer).set(fn, (byLayer.get(layer).get(fn) ?? 0) + time);
    const hit = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at).callFrame;
      for (const [name, test] of BENEATH) if (!hit.has(name) && test(f)) hit.add(name);
    }
    for (const name of hit) beneath.set(name, beneath.get(name) + time);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    busyMicros: busy,
    idleMicros: layers.get('(idle)') ?? 0,
    layers: sorted(layers).filter(([name]) => name !== '(idle)'),
    beneath: sorted(beneath),
    functions: sorted(functions).slice(0, 30),
    layerFunctions: Object.fromEntries([...byLayer].map(([layer, fns]) => [layer, sorted(fns).slice(0, 6)])),
  };
}

function packageOf(url) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return m ? m[1] : url || '(native)';
}

function shortUrl(url) {
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 'node_modules/'.length);
  const j = url.indexOf('/api/dist/');
  return j >= 0 ? url.slice(j + 1) : url.replace(/^file:\/\//, '');
}

export function formatProfileSummary(summary) {
  const pct = (t) => `${((100 * t) / summary.busyMicros).toFixed(1).padStart(5)} %`;
  const lines = [
    `Busy ${(summary.busyMicros / 1e6).toFixed(1)} s of CPU samples (idle ${(summary.idleMicros / 1e6).toFixed(1)} s)`,
    '',
    'Self time by layer:',
  ];
  let small = 0;
  for (const [name, t] of summary.layers) {
    if (t / summary.busyMicros < 0.003) small += t;
    else lines.push(`  ${pct(t)}  ${name}`);
  }
  if (small) lines.push(`  ${pct(small)}  everything under 0.3 % each`);
  lines.push('', 'Time beneath (synchronous part, overlapping):');
  for (const [name, t] of summary.beneath) lines.push(`  ${pct(t)}  ${name}`);
  for (const [name, t] of summary.layers) {
    if (t / summary.busyMicros < 0.05) continue;
    lines.push('', `Within "${name}":`);
    for (const [fn, ft] of summary.layerFunctions[name] ?? []) lines.push(`  ${pct(ft)}  ${fn}`);
  }
  lines.push('', 'Hottest functions (self time):');
  for (const [name, t] of summary.functions) lines.push(`  ${pct(t)}  ${name}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node tests/bench/peers/profile-summary.mjs <file.cpuprofile>');
    process.exit(1);
  }
  console.log(formatProfileSummary(summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')))));
}
