const Sequencer = require('@jest/test-sequencer').default;

/** Runs the slow browser tests first so they overlap the API tests on the second worker. */
class E2eFirstSequencer extends Sequencer {
  sort(tests) {
    const isE2e = (t) => t.path.includes('/tests/e2e/');
    return [...tests].sort((a, b) => Number(isE2e(b)) - Number(isE2e(a)) || a.path.localeCompare(b.path));
  }
}

module.exports = E2eFirstSequencer;
