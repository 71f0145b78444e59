// Configuration contract: the environment variables, their defaults, and clear errors.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config';
import { createLogger, maskDeep, maskIdentifiers } from '../../src/platform/logger';

describe('configuration (contracts/configuration.md)', () => {
  it('has the contract defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      env: 'production',
    });
  });

  it('reads PORT, HOST, KASSA_DATA_DIR, DATABASE_URL and KASSA_ENV', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      KASSA_DATA_DIR: '/tmp/kassa-x',
      DATABASE_URL: 'postgres://u@db:5432/kassa',
      KASSA_ENV: 'training',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/kassa-x',
      databaseUrl: 'postgres://u@db:5432/kassa',
      env: 'training',
    });
  });

  it('requires the audience with an external OpenID Connect issuer', () => {
    expect(() => loadConfig({ KASSA_OIDC_ISSUER: 'https://idp.example/' })).toThrow(/KASSA_OIDC_AUDIENCE/);
    expect(
      loadConfig({ KASSA_OIDC_ISSUER: 'https://idp.example/', KASSA_OIDC_AUDIENCE: 'kassa' }),
    ).toMatchObject({
      oidcIssuer: 'https://idp.example/',
      oidcAudience: 'kassa',
    });
  });

  it('treats an empty DATABASE_URL as unset (embedded database)', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', KASSA_ENV: 'staging' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ KASSA_ENV: 'staging' })).toThrow(/KASSA_ENV/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('logs never carry a national identity number', () => {
  it('masks the personal part of an 11-digit number', () => {
    expect(maskIdentifiers('looked up 15076500565 today')).toBe('looked up 150765***** today');
  });
  it('masks numbers inside logged objects and errors too', () => {
    const record = maskDeep({
      err: new Error('duplicate key (national_id)=(15076500565)'),
      detail: { list: ['15076500565'] },
    });
    expect(JSON.stringify(record)).not.toContain('15076500565');
    expect(record).toMatchObject({
      err: { message: 'duplicate key (national_id)=(150765*****)' },
      detail: { list: ['150765*****'] },
    });
  });

  it('writes real log lines with requests and errors masked (through pino itself)', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    // A request object keeps its url on the prototype, as Node's and Fastify's do.
    class Request {
      method = 'GET';
      get url() {
        return '/api/x?q=15076500565';
      }
    }
    logger.info({ req: new Request() }, 'incoming');
    logger.error({ err: new Error('duplicate 15076500565') }, 'failed for 15076500565');
    const [incoming, failed] = lines.map((l) => JSON.parse(l));
    expect(incoming.req).toEqual({ method: 'GET', url: '/api/x?q=150765*****' });
    expect(failed.msg).toBe('failed for 150765*****');
    expect(failed.err.message).toBe('duplicate 150765*****');
    expect(lines.join('')).not.toContain('15076500565');
  });

  it('leaves shorter and longer digit runs alone', () => {
    expect(maskIdentifiers('orgnr 974760673, id 123456789012')).toBe('orgnr 974760673, id 123456789012');
  });
});
