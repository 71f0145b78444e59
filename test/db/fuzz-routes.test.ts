// Issue #22 item 3: every route of the OpenAPI document, for every role and without a token, gets
// malformed paths, queries and bodies (NUL, lone surrogates, ids beyond int4, year 0 and 1, numbers
// in other notations, wrong types). Any 5xx fails. Driven by the document, so a route added later
// is covered without touching this file. Deterministic (fixed seed) and bounded in time.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type RoleGrant } from '../../src/platform/auth/roles';
import { createTestApp, type TestApp } from '../support/app';
import { orgnr } from '../support/identifiers';

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  format?: string;
  default?: unknown;
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

/** mulberry32: a small seeded generator, so every run sends the same requests. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

// The classes of bad input the probe found answered with 500, and their neighbours.
const BAD_STRINGS = [
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udc00',
  'a'.repeat(5000),
  '',
  ' ',
  '0000-01-01',
  '0001-01-01',
  '0000-00-00',
  '9999-12-31',
  '10000-01-01',
  '2024-02-30',
  '-0001-01-01',
  '2147483648',
  '99999999999999999999',
  '0x10',
  '1e3',
  ' 1',
  '1 ',
  '-1',
  '0',
  '1.5',
  'NaN',
  'Infinity',
  "'; drop table person; --",
  '%00',
  '\\',
  '{}',
];
const BAD_VALUES: unknown[] = [
  ...BAD_STRINGS,
  2147483648,
  2147483647,
  -2147483649,
  2 ** 53 + 2,
  1e308,
  -1,
  0,
  0.5,
  1e-7,
  true,
  null,
  [],
  [null],
  {},
  { a: '\u0000' },
];
const BAD_PATH_IDS = [
  '2147483648',
  '2147483647',
  '99999999999999999999',
  '0x10',
  '1e3',
  '%201',
  '1%20',
  '-1',
  '0',
  '1.5',
  'abc',
  '%00',
  '%ED%A0%80',
  '%F0%9F%98%80',
  'NaN',
  '1',
];

/** A plausible value for a schema, so a mutation of one field reaches past the others' checks. */
function sample(s: Schema | undefined, r: ReturnType<typeof prng>, depth = 0): unknown {
  if (!s || depth > 6) return 'x';
  if (s.const !== undefined) return s.const;
  if (s.enum) return r.pick(s.enum);
  if (s.default !== undefined && r.next() < 0.3) return s.default;
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return sample(r.pick(alts.filter((a) => a.type !== 'null').length ? alts : alts), r, depth + 1);
  if (s.allOf?.[0]) return sample(s.allOf[0], r, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(k) || r.next() < 0.5) out[k] = sample(v, r, depth + 1);
      }
      return out;
    }
    case 'array':
      return [sample(s.items, r, depth + 1)];
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return Math.min(lo + 1, s.maximum ?? lo + 1);
    }
    case 'boolean':
      return r.next() < 0.5;
    case 'string':
      if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}') || s.format === 'date') return '2020-01-31';
      if (s.pattern === '^\\d{11}$') return '01017012345';
      if (s.pattern === '^\\d{9}$') return orgnr('97654321');
      if (s.pattern?.startsWith('^[1-9]')) return '1';
      return r.pick(['ab', 'Kari Nordmann', '1', orgnr('97654321'), 'test reason']);
    default:
      return 'x';
  }
}

/** Every path to a leaf or object in a value, to pick one for a mutation. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) out.push(...paths(v[i], [...prefix, i]));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}

function mutate(value: unknown, r: ReturnType<typeof prng>): unknown {
  const all = paths(value).filter((p) => p.length > 0);
  const bad = r.pick(BAD_VALUES);
  if (all.length === 0) return r.next() < 0.5 ? bad : { [r.pick(['id', 'name', 'x'])]: bad };
  const target = r.pick(all);
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of target.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[target[target.length - 1] as string | number] = bad;
  return copy;
}

/** Percent-encodes a query value; a lone surrogate (which UTF-8 cannot carry) as its raw bytes. */
function encodeQuery(s: string): string {
  return Array.from(s, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

const ORG = orgnr('97654321');
const CASES_PER_ROLE = 4;

let t: TestApp;
let doc: OpenApi;
const tokens: { name: string; headers: Record<string, string> }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as OpenApi;
  tokens.push({ name: 'anonymous', headers: {} });
  tokens.push({ name: 'forged', headers: { authorization: 'Bearer a.b.c' } });
  for (const role of ROLES) {
    const grants: RoleGrant[] = [{ role, orgnr: role === 'employer' ? ORG : null }];
    tokens.push({ name: role, headers: await t.authHeader(grants) });
  }
});
afterAll(() => t.close());

describe('malformed input on every route of the OpenAPI document never answers 5xx', () => {
  it('walks the document', async () => {
    const r = prng(22_2026);
    const failures: string[] = [];
    let sent = 0;
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ p, method: method.toUpperCase(), op })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { p, method, op } of operations) {
      if (!p.startsWith('/api/') || p.startsWith('/api/docs')) continue;
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      for (const token of tokens) {
        // Without a valid token the answer comes before parsing: a few requests suffice.
        const cases = token.name === 'anonymous' || token.name === 'forged' ? 1 : CASES_PER_ROLE;
        for (let i = 0; i < cases; i++) {
          const where = r.pick(['path', 'query', 'body', 'valid']);
          let url = p.replace(/\{(\w+)\}/g, () => (where === 'path' ? r.pick(BAD_PATH_IDS) : '1'));
          const query: string[] = [];
          for (const q of op.parameters?.filter((x) => x.in === 'query') ?? []) {
            const value = where === 'query' && r.next() < 0.7 ? r.pick(BAD_STRINGS) : sample(q.schema, r);
            if (q.required || r.next() < 0.6) query.push(`${q.name}=${encodeQuery(String(value))}`);
          }
          if (query.length) url += `?${query.join('&')}`;
          let payload: unknown;
          if (bodySchema) {
            payload = sample(bodySchema, r);
            if (where === 'body') payload = mutate(payload, r);
          }
          const res = await t.app.inject({
            method: method as 'GET',
            url,
            headers: {
              ...token.headers,
              ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
          });
          sent++;
          if (res.statusCode >= 500)
            failures.push(
              `${method} ${url} as ${token.name} ${payload !== undefined ? JSON.stringify(payload).slice(0, 300) : ''} -> ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses each probed class with 400 and the field path', async () => {
    const admin = tokens.find((x) => x.name === 'admin')?.headers ?? {};
    const cases: { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: unknown; path: string }[] = [
      { method: 'GET', url: '/api/persons/2147483648', path: 'params.id' },
      { method: 'GET', url: '/api/persons/0x10', path: 'params.id' },
      { method: 'GET', url: '/api/persons/1e3', path: 'params.id' },
      { method: 'GET', url: '/api/persons/%201', path: 'params.id' },
      { method: 'POST', url: '/api/persons/search', payload: { query: 'Kari\u0000' }, path: 'query' },
      { method: 'POST', url: '/api/persons/search', payload: { query: 'Kari\ud800' }, path: 'query' },
      {
        method: 'POST',
        url: '/api/memberships',
        payload: { personId: 2147483648, employerId: 1, schemeCode: 'x' },
        path: 'personId',
      },
      {
        method: 'PATCH',
        url: '/api/persons/1',
        payload: { validFrom: '0000-01-01', reason: 'r' },
        path: 'validFrom',
      },
      {
        method: 'PATCH',
        url: '/api/persons/1',
        payload: { validFrom: '0001-01-01', reason: 'r' },
        path: 'validFrom',
      },
      { method: 'PATCH', url: '/api/users/1', payload: { reason: 'r' }, path: 'displayName' },
      { method: 'GET', url: '/api/employers?offset=0x10', path: 'querystring.offset' },
      {
        method: 'GET',
        url: '/api/reports/key-figures?date=2024-12-31&employer=999999999',
        path: 'querystring.employer',
      },
    ];
    for (const c of cases) {
      const res = await t.app.inject({
        method: c.method,
        url: c.url,
        payload: c.payload as object,
        headers: admin,
      });
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(400);
      const paths = (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
      expect(paths, `${c.method} ${c.url} ${JSON.stringify(c.payload)}`).toContain(c.path);
    }
    for (const payload of [
      { username: 'a\u0000', password: 'x' },
      { username: 'admin', password: 'x\u0000' },
      { username: 'a\udc00', password: 'x' },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect((res.json() as { errors: { path: string }[] }).errors[0]?.path).toMatch(/username|password/);
    }
  });
});
