// A fixed-window request limiter per client address. In-process on purpose:
// one `isnad serve` is one process; a shared limiter belongs to a proxy.
export interface RateLimitOptions {
  /** requests allowed per window and client */
  max: number;
  windowMs: number;
}

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly opts: RateLimitOptions) {}

  /** Returns seconds to wait when the client is over its limit, else 0. */
  hit(client: string, now = Date.now()): number {
    let w = this.windows.get(client);
    if (!w || now - w.start >= this.opts.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(client, w);
      if (this.windows.size > 10_000) this.prune(now);
    }
    w.count++;
    return w.count > this.opts.max ? Math.ceil((w.start + this.opts.windowMs - now) / 1000) : 0;
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.opts.windowMs) this.windows.delete(k);
  }
}
