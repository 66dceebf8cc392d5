const os = require('node:os');

const load = () => os.loadavg()[0].toFixed(1);

/**
 * Closes the run with how long it took and how busy the machine was (tests must pass on a loaded
 * machine, so the duration means little without the load), then a plain count of the results.
 */
class DurationReporter {
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
    ];
    // After Jest's own summary, so these are the last lines of the run.
    process.once('exit', () => process.stderr.write(`${lines.join('\n')}\n`));
  }
}

module.exports = DurationReporter;
