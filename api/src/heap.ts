import v8 from 'node:v8';

/**
 * How far the JavaScript heap may grow past what its last full collection kept before the next
 * one, in percent (`HEAP_GROWING_PERCENT`, default 50: to 1.5 times). Left to itself, V8 picks the
 * factor from how fast it collects, up to 4 times, and under a steady stream of requests it takes a
 * large one: objects of requests still in flight outlive a young collection, move to the old
 * generation and die there, so the old generation filled with garbage to about 100–116 MB over the
 * 44 MB that were alive, and the server's memory reached 281–313 MB on the read benchmark and
 * 335–354 MB with the compliance workbook (4 at a time). At 1.5 times it stayed at 166–200 MB and
 * 236–278 MB, with the request rates unchanged within the benchmark's spread (README, "Against PostGraphile and
 * hand-written SQL"). 0 leaves V8's own choice. Read by V8 whenever it sets the next limit, so it
 * takes effect when set at start-up.
 */
export function applyHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
