/** One jest run for the API, schema and browser tests; a database per worker. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // The shared rules run from their source, never from a stale build.
  moduleNameMapper: { '^@komunitas-pintar/domain$': '<rootDir>/packages/domain/src/index.ts' },
  // Three workers on two cores: a browser test's worker mostly waits on Chromium and the app, an
  // API test's on PostgreSQL, so a third keeps the cores busy (the measured suite times are in the
  // README, "Two commands").
  maxWorkers: 3,
  // A worker keeps some of every file's modules: its heap grows by about 20 MB a file, and
  // collecting a heap of a gigabyte takes CPU time that a test measuring a request's CPU time sees.
  // A worker whose heap passes this after a file is replaced by a new one with the same
  // JEST_WORKER_ID, so the same database (tests/support/databases.ts).
  workerIdleMemoryLimit: '512MB',
  // API tests; browser tests set their own (tests/e2e/support/browser.ts).
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/tests/support/duration-reporter.js'],
  // Browser tests start first, so their slow start overlaps API tests on the other worker.
  testSequencer: '<rootDir>/tests/support/sequencer.js',
};
