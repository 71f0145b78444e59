/**
 * Prometheus metrics (prom-client) of this process, served at /metrics (README: "Metrics"). Besides
 * HTTP, jobs and the database pool, capabilities count their own business with `counter`/`gauge`:
 *
 *   counter('kassa_payments_total', 'Payments in payment runs', ['run_kind']).inc({ run_kind: 'monthly' }, n)
 *
 * Names start with `kassa_`; the same name asked for twice returns the same metric.
 */
import http from 'node:http';
import client from 'prom-client';

export const metricsRegistry = new client.Registry();
let defaultsCollected = false;

function existing<T>(name: string): T | undefined {
  return metricsRegistry.getSingleMetric(name) as T | undefined;
}

function checkName(name: string) {
  if (!/^kassa_[a-z0-9_]+$/.test(name)) throw new Error(`metric names start with kassa_: ${name}`);
}

export function counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []) {
  checkName(name);
  return (
    existing<client.Counter<L>>(name) ??
    new client.Counter<L>({ name, help, labelNames, registers: [metricsRegistry] })
  );
}

export function gauge<L extends string>(name: string, help: string, labelNames: readonly L[] = []) {
  checkName(name);
  return (
    existing<client.Gauge<L>>(name) ??
    new client.Gauge<L>({ name, help, labelNames, registers: [metricsRegistry] })
  );
}

export function histogram<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[] = [],
  buckets: number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
) {
  checkName(name);
  return (
    existing<client.Histogram<L>>(name) ??
    new client.Histogram<L>({ name, help, labelNames, buckets, registers: [metricsRegistry] })
  );
}

/** Process metrics (CPU, memory, event loop lag), once per process. */
export function collectProcessMetrics() {
  if (defaultsCollected) return;
  defaultsCollected = true;
  client.collectDefaultMetrics({ register: metricsRegistry, prefix: 'kassa_' });
}

export const httpDuration = () =>
  histogram('kassa_http_request_duration_seconds', 'HTTP requests by route', ['method', 'route', 'status']);

/** Called by the job queue after every run. */
export function recordJobRun(queue: string, outcome: 'completed' | 'failed', seconds: number) {
  counter('kassa_job_runs_total', 'Job runs by queue and outcome', ['queue', 'outcome']).inc({
    queue,
    outcome,
  });
  histogram('kassa_job_duration_seconds', 'Job run time by queue', ['queue']).observe({ queue }, seconds);
}

/** Gauges read when scraped: `collect` sets their values then. */
export function sampledGauge<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  collect: (g: client.Gauge<L>) => Promise<void> | void,
) {
  checkName(name);
  metricsRegistry.removeSingleMetric(name);
  return new client.Gauge<L>({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      await collect(this);
    },
  });
}

export async function metricsText(): Promise<{ body: string; contentType: string }> {
  return { body: await metricsRegistry.metrics(), contentType: metricsRegistry.contentType };
}

/** /metrics on a port of its own, without a token (KASSA_METRICS_PORT: for a scrape network only). */
export async function serveMetrics(host: string, port: number): Promise<{ close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metricsText().then(
      ({ body, contentType }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
