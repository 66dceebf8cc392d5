import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const RUNNER = path.join(ROOT, 'tests/support/run-from-source.cjs');

/**
 * A program that keeps about 40 MB alive while it makes objects that each live a while (a round of
 * 100,000, like the objects of requests in flight: they outlive young collections and die in the
 * old generation), after `applyHeapGrowth(percent)`. Returns the largest the old generation got, in MB.
 */
function oldGenerationPeak(percent: number): number {
  const program = `
    const v8 = require('node:v8');
    require('./api/src/heap.ts').applyHeapGrowth(${percent});
    const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_size;
    const kept = Array.from({ length: 400000 }, (_, i) => ({ i, s: 'kept ' + i }));
    const round = new Array(100000);
    let peak = 0;
    for (let r = 0; r < 60; r++) {
      for (let i = 0; i < round.length; i++) round[i] = { r, i, s: 'round ' + i };
      peak = Math.max(peak, oldSpace());
    }
    process.stdout.write(JSON.stringify({ peak, kept: kept.length }));`;
  const child = spawnSync(process.execPath, ['-r', RUNNER, '-e', program], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`The program failed: ${child.stderr}`);
  return JSON.parse(child.stdout).peak / 1e6;
}

describe('heap growth', () => {
  it('keeps the old generation within about 1.5 times its live data by default, where V8 alone lets it grow further', () => {
    const bySetting = oldGenerationPeak(50);
    const byV8 = oldGenerationPeak(0);
    expect(bySetting).toBeLessThan(160);
    expect(byV8).toBeGreaterThan(bySetting);
  });
});
