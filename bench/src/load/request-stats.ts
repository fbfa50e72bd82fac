import { percentile } from "../load-generator";

/** One request as the virtual user saw it: from sending to the last byte of the answer. */
export interface Sample {
  name: string;
  /** Milliseconds since the run started. */
  startedAt: number;
  ms: number;
  /** HTTP status, or 0 when no answer came (connection failed, timed out). */
  status: number;
  ok: boolean;
}

export interface RequestSummary {
  name: string;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Per request name, in the order the names first appear, plus an "all requests" row. */
export function summarise(samples: readonly Sample[], seconds: number): RequestSummary[] {
  const byName = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = byName.get(sample.name) ?? [];
    list.push(sample);
    byName.set(sample.name, list);
  }
  const row = (name: string, list: readonly Sample[]): RequestSummary => {
    const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
    return {
      name,
      requests: list.length,
      errors: list.filter((s) => !s.ok).length,
      requestsPerSecond: list.length / seconds,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.at(-1) ?? Number.NaN,
    };
  };
  return [...[...byName].map(([name, list]) => row(name, list)), row("all requests", samples)];
}

export function markdownTable(rows: readonly RequestSummary[]): string {
  const ms = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en") : "–");
  return [
    "| request | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.requests.toLocaleString("en")} | ${r.requestsPerSecond.toFixed(1)} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} | ${ms(r.p99Ms)} | ${ms(r.maxMs)} | ${r.errors} |`,
    ),
  ].join("\n");
}
