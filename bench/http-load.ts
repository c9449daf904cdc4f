/**
 * Load for the benchmarks: real HTTP on 127.0.0.1 with autocannon (a fixed number of
 * connections for a fixed time), or a bounded concurrent loop for work with no HTTP in front.
 * Every latency is kept, so p50 and p95 are exact rather than read off a histogram.
 */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
}

export interface HttpLoad {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fresh body for each request (intake must not send the same referral twice). */
  body?: () => string;
  connections: number;
  seconds: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summarise(latencies: number[], seconds: number): LoadResult {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
}

/** Sends requests over `connections` keep-alive connections for `seconds`; refuses to report if any failed. */
export function httpLoad(o: HttpLoad): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  const body = o.body;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.url,
        connections: o.connections,
        duration: o.seconds,
        method: o.method ?? 'GET',
        headers: o.headers ?? {},
        ...(body
          ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: body() }) }] }
          : {}),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error);
        if (result.errors > 0 || result.timeouts > 0 || failures.size > 0) {
          return reject(
            new Error(
              `${o.method ?? 'GET'} ${o.url}: ${result.errors} errors, ${result.timeouts} timeouts, statuses ${JSON.stringify(Object.fromEntries(failures))}`,
            ),
          );
        }
        resolve(summarise(latencies, result.duration));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failures.set(statusCode, (failures.get(statusCode) ?? 0) + 1);
    });
  });
}

/** Runs `work` with `concurrency` callers for `seconds` (no HTTP): the use case on its own. */
export async function loopLoad(
  work: () => Promise<unknown>,
  o: { concurrency: number; seconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(o.seconds * 1e9));
  const caller = async () => {
    while (process.hrtime.bigint() < deadline) {
      const t = process.hrtime.bigint();
      await work();
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, caller));
  return summarise(latencies, Number(process.hrtime.bigint() - started) / 1e9);
}
