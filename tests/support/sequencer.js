const Sequencer = require('@jest/test-sequencer').default;

/**
 * Runs the slow browser tests first, then the API tests, each longest first (by the last run's
 * durations, or by file size on a first run), so the short files at the end fill the workers
 * evenly. The files after the first are API tests, one for each other worker: while the first
 * browser file seeds the run's demo database (`demo-database.ts`), which the other browser files
 * wait for and copy, the other workers have other work.
 */
class E2eFirstSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.workers = options?.globalConfig?.maxWorkers ?? 2;
  }

  sort(tests) {
    const isE2e = (t) => t.path.includes('/tests/e2e/');
    const longestFirst = super.sort([...tests]);
    const e2e = longestFirst.filter(isE2e);
    const api = longestFirst.filter((t) => !isE2e(t));
    if (e2e.length < 2 || api.length === 0) return [...e2e, ...api];
    const beside = Math.max(1, this.workers - 1);
    return [e2e[0], ...api.slice(0, beside), ...e2e.slice(1), ...api.slice(beside)];
  }
}

module.exports = E2eFirstSequencer;
