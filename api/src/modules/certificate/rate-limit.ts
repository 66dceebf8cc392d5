/**
 * A fixed-window limit on how often one caller (an IP address) may do something: at most `limit`
 * times per `windowMs`. Kept in memory, per API process. Times come from the caller's clock.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one use by `key` at `nowMs`; the seconds to wait when over the limit, else 0. */
  take(key: string, nowMs: number): number {
    const window = this.windows.get(key);
    if (!window || nowMs - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(nowMs);
      this.windows.set(key, { start: nowMs, count: 1 });
      return 0;
    }
    window.count++;
    return window.count > this.limit ? Math.ceil((window.start + this.windowMs - nowMs) / 1000) : 0;
  }

  private sweep(nowMs: number): void {
    for (const [key, window] of this.windows) if (nowMs - window.start >= this.windowMs) this.windows.delete(key);
  }
}
