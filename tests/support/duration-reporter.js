const os = require('node:os');
const path = require('node:path');

const load = () => os.loadavg()[0].toFixed(1);

const SLOWEST = 10;

/** The slowest test files, with their seconds (set-up included), so each run shows where its time went. */
function slowestFiles(testResults, rootDir) {
  const timed = testResults
    .filter((r) => r.perfStats && r.perfStats.end > r.perfStats.start)
    .map((r) => ({ file: path.relative(rootDir, r.testFilePath), seconds: (r.perfStats.end - r.perfStats.start) / 1000 }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, SLOWEST);
  if (timed.length < 2) return [];
  return [`The ${timed.length} slowest test files:`, ...timed.map((t) => `${t.seconds.toFixed(1).padStart(7)} s  ${t.file}`)];
}

/**
 * Closes the run with how long it took and how busy the machine was (tests must pass on a loaded
 * machine, so the duration means little without the load), then a plain count of the results and
 * the slowest files.
 */
class DurationReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunStart() {
    this.started = Date.now();
    this.loadAtStart = load();
  }

  onRunComplete(_contexts, results) {
    const seconds = Math.round((Date.now() - this.started) / 1000);
    const took = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const lines = [
      `\nThe suite took ${took} on ${os.cpus().length} cores (load average ${this.loadAtStart} at the start, ${load()} at the end).`,
      `jest: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
      ...slowestFiles(results.testResults, this.rootDir),
    ];
    // After Jest's own summary, so these are the last lines of the run.
    process.once('exit', () => process.stderr.write(`${lines.join('\n')}\n`));
  }
}

module.exports = DurationReporter;
