/**
 * Per-user rate limits on the calls that let a user probe for people: free-text
 * searches and personal-number look-ups. A token bucket per user and kind, kept
 * in this process (a replica counts its own calls; a user spread over n
 * replicas gets at most n times the limit, still far below scraping speed).
 */
export const RATE_LIMITED_ACTIONS = ["search", "lookup"] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

export interface RateLimit {
  /** Calls a user may make in a burst. */
  burst: number;
  /** Calls a user regains per minute. */
  perMinute: number;
}

export interface RateLimiter {
  /** Takes one call from the user's bucket; false when it is empty. */
  take(action: RateLimitedAction, userId: string): boolean;
}

export const DEFAULT_RATE_LIMITS: Record<RateLimitedAction, RateLimit> = {
  search: { burst: 30, perMinute: 60 },
  lookup: { burst: 10, perMinute: 30 },
};

const SWEEP_ABOVE = 10_000;

export function createRateLimiter(
  limits: Record<RateLimitedAction, RateLimit> = DEFAULT_RATE_LIMITS,
  now: () => number = () => Date.now(),
): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (limit: RateLimit, bucket: { tokens: number; at: number }, t: number) => {
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((t - bucket.at) * limit.perMinute) / 60_000,
    );
    bucket.at = t;
  };
  return {
    take(action, userId) {
      const limit = limits[action];
      const t = now();
      const key = `${action}:${userId}`;
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= SWEEP_ABOVE) {
          // Forget users whose buckets have filled up again: they are as good as new.
          for (const [k, b] of buckets) {
            const l = limits[k.slice(0, k.indexOf(":")) as RateLimitedAction];
            refill(l, b, t);
            if (b.tokens >= l.burst) buckets.delete(k);
          }
        }
        bucket = { tokens: limit.burst, at: t };
        buckets.set(key, bucket);
      }
      refill(limit, bucket, t);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
