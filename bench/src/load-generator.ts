export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** The nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * A closed loop: `concurrency` clients each send the next request as soon as
 * the last one answered, for `seconds` after a warm-up. Bounded in time, and
 * only ever aimed at this machine's loopback.
 */
export async function runLoad(options: {
  concurrency: number;
  seconds: number;
  warmupSeconds?: number;
  request: () => Promise<Response>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnds = performance.now() + (options.warmupSeconds ?? 1) * 1000;
  const ends = warmupEnds + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < ends) {
      const started = performance.now();
      try {
        const response = await options.request();
        await response.arrayBuffer();
        if (!response.ok) errors += 1;
      } catch {
        errors += 1;
      }
      if (started >= warmupEnds) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  latencies.sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / options.seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
