/**
 * A token bucket per caller, in the gateway's memory: each caller (JWT subject at an agency, or
 * the client address when no token verifies) may send `burst` requests at once and `perSecond`
 * on average. One gateway process keeps its own buckets; behind several processes the limit is
 * per process.
 */
export interface RateLimit {
  /** Sustained requests per second; 0 turns the limit off. */
  perSecond: number;
  /** Requests a caller may send at once, after being idle. */
  burst: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(readonly limit: RateLimit) {}

  get enabled(): boolean {
    return this.limit.perSecond > 0;
  }

  /** Takes one token from `key`'s bucket, or says how long to wait for the next one. */
  take(key: string, now = Date.now()): Admission {
    if (!this.enabled) return { admitted: true };
    this.sweep(now);
    const { perSecond, burst } = this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedAt: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { admitted: true };
    }
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }

  /** Forgets buckets that have refilled completely: they hold nothing a new bucket would not. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const full = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt >= full) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}
