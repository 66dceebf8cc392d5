/**
 * What the worst requests an anonymous client can send cost the server: for each, p50/p95 of the
 * time to its answer and the most the process's memory (RSS, and V8 heap with external buffers)
 * grew during one request, after a garbage collection before it, next to a trivial
 * `{ __typename }` measured in the same run. The server runs in this process, so the memory is the
 * server's and this client's (which holds the body it sends).
 *
 *   npm run bench:request-cost [-- --runs 100]
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { getIntrospectionQuery } from 'graphql';
import { arg, loadConfig, openBench, percentile } from './support/harness.mjs';

const RUNS = arg('--runs', 100);
const MB = 1024 * 1024;

const objectWithFields = (count, base = {}) => {
  const value = { ...base };
  for (let i = 0; i < count; i++) value[`extra${i}`] = 'x';
  return value;
};
const doublingFragments = (depth, on, leaf) =>
  `${Array.from({ length: depth }, (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${depth} on ${on} { ${leaf} }`;
const nested = (depth) => (depth === 0 ? 'x' : [nested(depth - 1)]);

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { token } }';
const SCENARIOS = [
  ['baseline: { __typename }', { query: '{ __typename }' }],
  ['8 MB body (refused by size)', { query: LOGIN, variables: { input: { username: 'x'.repeat(8 * MB), password: 'y' } } }],
  [
    '4,000 unknown input fields (refused by size)',
    { query: LOGIN, variables: { input: objectWithFields(4000, { username: 'x', password: 'y' }) } },
  ],
  [
    '1,000 unknown input fields (refused by field count)',
    { query: LOGIN, variables: { input: objectWithFields(1000, { username: 'x', password: 'y' }) } },
  ],
  [
    '18 unknown input fields (allowed, refused by coercion)',
    { query: LOGIN, variables: { input: objectWithFields(18, { username: 'x', password: 'y' }) } },
  ],
  ['variables nested 8 deep (refused by depth)', { query: LOGIN, variables: { input: { username: nested(8), password: 'y' } } }],
  ['200,000-token query, 2.2 MB (refused by size)', { query: `{ ${'__typename '.repeat(200_000)}}` }],
  ['200 aliases (refused by tokens)', { query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` }],
  ['499-token query (allowed tokens, refused by cost)', { query: `{ ${'__typename '.repeat(499)}}` }],
  [
    '55 aliases of __schema types (allowed tokens)',
    { query: `{ ${Array.from({ length: 55 }, (_, i) => `a${i}: __schema { types { name } }`).join(' ')} }` },
  ],
  ['fragments doubling 30 times (refused by cost)', { query: `query Q { ...F0 } ${doublingFragments(30, 'Query', '__typename')}` }],
  ['full introspection query (refused to the logged out)', { query: getIntrospectionQuery() }],
  [
    '15 KB username (allowed size, refused by validation)',
    { query: LOGIN, variables: { input: { username: 'x'.repeat(15_000), password: 'y' } } },
  ],
  [
    'login of an unknown user (a full password check)',
    { query: LOGIN, variables: { input: { username: 'tidak-ada', password: 'salah-sekali' } } },
  ],
];

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const heapNow = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers };
};

async function measure(endpoint, body) {
  const text = JSON.stringify(body);
  const send = async () => {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    const json = await res.json();
    return { status: res.status, code: json.errors?.[0]?.extensions?.code ?? 'OK' };
  };
  const first = await send(); // warm up
  const samples = [];
  const growth = { rss: 0, heap: 0 };
  for (let i = 0; i < RUNS; i++) {
    gc();
    const before = heapNow();
    let peak = { ...before };
    const sample = () => {
      const now = heapNow();
      peak = { rss: Math.max(peak.rss, now.rss), heap: Math.max(peak.heap, now.heap) };
    };
    const sampler = setInterval(sample, 1);
    const start = performance.now();
    try {
      await send();
    } finally {
      clearInterval(sampler);
    }
    samples.push(performance.now() - start);
    sample();
    growth.rss = Math.max(growth.rss, peak.rss - before.rss);
    growth.heap = Math.max(growth.heap, peak.heap - before.heap);
  }
  samples.sort((a, b) => a - b);
  return {
    answer: `${first.status} ${first.code}`,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    rssMb: growth.rss / MB,
    heapMb: growth.heap / MB,
  };
}

const bench = await openBench({ prefix: 'kp_bench_request_cost' });
try {
  await bench.migrate();
  const config = { ...loadConfig(), logLevel: 'silent', demo: false };
  const { endpoint } = await bench.serve(config, { onErrors: () => undefined });
  console.log(`${RUNS} requests of each, one after another; memory is the largest growth during one request.`);
  const rows = [];
  let baseline;
  for (const [label, body] of SCENARIOS) {
    const r = await measure(endpoint, body);
    baseline ??= r;
    rows.push({
      request: label,
      answer: r.answer,
      'p50 ms': r.p50.toFixed(2),
      'p95 ms': r.p95.toFixed(2),
      'p95 / baseline': (r.p95 / baseline.p95).toFixed(1),
      'peak RSS +MB': r.rssMb.toFixed(1),
      'peak heap +MB': r.heapMb.toFixed(1),
    });
  }
  console.table(rows);
} finally {
  await bench.close();
}
