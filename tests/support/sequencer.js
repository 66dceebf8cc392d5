const Sequencer = require('@jest/test-sequencer').default;

/**
 * Runs the slow browser tests first, then the API tests, each longest first (by the last run's
 * durations, or by file size on a first run), so the short files at the end fill both workers
 * evenly. The second file is an API test: while the first browser file seeds the run's demo
 * database (`demo-database.ts`), which the other browser files wait for and copy, the second worker
 * has other work.
 */
class E2eFirstSequencer extends Sequencer {
  sort(tests) {
    const isE2e = (t) => t.path.includes('/tests/e2e/');
    const longestFirst = super.sort([...tests]);
    const e2e = longestFirst.filter(isE2e);
    const api = longestFirst.filter((t) => !isE2e(t));
    if (e2e.length < 2 || api.length === 0) return [...e2e, ...api];
    return [e2e[0], api[0], ...e2e.slice(1), ...api.slice(1)];
  }
}

module.exports = E2eFirstSequencer;
