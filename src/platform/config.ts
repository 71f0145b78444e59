/** Configuration from the environment, as `shared/contracts/configuration.md` names it. */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  KASSA_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  KASSA_ENV: z.enum(['production', 'training']).default('production'),
  /** An external OpenID Connect issuer whose tokens the API accepts besides the built-in one. */
  KASSA_OIDC_ISSUER: z.string().url().optional(),
  /** The audience (client id) tokens from that issuer must be issued for. */
  KASSA_OIDC_AUDIENCE: z.string().min(1).optional(),
  KASSA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type KassaEnv = 'production' | 'training';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  env: KassaEnv;
  oidcIssuer: string | undefined;
  oidcAudience: string | undefined;
  logLevel: string;
}

export { ConfigError };

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.KASSA_OIDC_ISSUER && !e.KASSA_OIDC_AUDIENCE) {
    throw new ConfigError(
      'invalid configuration:\nKASSA_OIDC_AUDIENCE: required with KASSA_OIDC_ISSUER (the client id tokens must be issued for)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.KASSA_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    env: e.KASSA_ENV,
    oidcIssuer: e.KASSA_OIDC_ISSUER,
    oidcAudience: e.KASSA_OIDC_AUDIENCE,
    logLevel: e.KASSA_LOG_LEVEL,
    ...overrides,
  };
}
