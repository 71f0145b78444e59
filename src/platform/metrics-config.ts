/**
 * Where /metrics is served: on the API port with a bearer token (KASSA_METRICS_TOKEN), and/or on a
 * port of its own without one (KASSA_METRICS_PORT, bound to HOST: for a scrape network). Neither set:
 * no metrics are served.
 */
import { z } from 'zod';
import { ConfigError } from './config-error';

const MetricsEnv = z.object({
  KASSA_METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  KASSA_METRICS_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export interface MetricsConfig {
  token: string | undefined;
  port: number | undefined;
}

export function loadMetricsConfig(env: NodeJS.ProcessEnv = process.env): MetricsConfig {
  const parsed = MetricsEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return { token: parsed.data.KASSA_METRICS_TOKEN, port: parsed.data.KASSA_METRICS_PORT };
}
