/** JSON logs (pino). Fødselsnummer-shaped digits are masked wherever they appear in a message. */
import pino from 'pino';

const NATIONAL_ID = /\b(\d{6})\d{5}\b/g;

export function maskIdentifiers(text: string): string {
  return text.replace(NATIONAL_ID, '$1*****');
}

/**
 * A database error (PGlite's or pg's: a SQLSTATE `code` and a `severity`) carries the values it
 * failed on: PGlite attaches the query's parameters, and PostgreSQL's detail repeats a key's value
 * or the whole failing row (names, addresses, birth dates). Issue #22 item 9: none of that is
 * logged. The parameters are left out, the values in the detail and the message are replaced by
 * '…'; the SQL text (parameterised, no values), the code, table, column and constraint stay.
 */
const DB_ERROR_VALUE_KEYS = new Set(['params', 'parameters', 'queryOptions', 'values', 'internalQuery']);

function isDatabaseError(value: object): boolean {
  const v = value as { code?: unknown; severity?: unknown };
  return typeof v.code === 'string' && /^[0-9A-Z]{5}$/.test(v.code) && typeof v.severity === 'string';
}

export function maskDatabaseText(text: string): string {
  return text
    .replace(/Failing row contains \(.*\)/gs, 'Failing row contains (…)')
    .replace(/=\((?:[^()]|\([^()]*\))*\)/g, '=(…)')
    .replace(/: "(?:[^"\\]|\\.)*"/g, ': "…"');
}

/** Masks identifiers in every string of a log record, also inside objects and serialised errors. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdentifiers(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (isDatabaseError(value)) {
    const out: Record<string, unknown> = {};
    if (value instanceof Error)
      Object.assign(out, {
        type: value.name,
        message: maskIdentifiers(maskDatabaseText(value.message)),
        stack: maskIdentifiers(maskDatabaseText(value.stack ?? '')),
      });
    for (const [k, v] of Object.entries(value)) {
      if (DB_ERROR_VALUE_KEYS.has(k)) continue;
      out[k] = typeof v === 'string' ? maskIdentifiers(maskDatabaseText(v)) : maskDeep(v, depth + 1);
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  // Class instances other than errors (a request, a socket) are left to pino's serializers.
  const proto = Object.getPrototypeOf(value);
  if (!(value instanceof Error) && proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  // An Error's message and stack are not enumerable: serialise them here, masked.
  if (value instanceof Error)
    Object.assign(out, {
      type: value.name,
      message: maskIdentifiers(value.message),
      stack: maskIdentifiers(value.stack ?? ''),
    });
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
  return out;
}

/** `destination` is for tests; by default pino writes to standard output. */
export function createLogger(level = 'info', destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: ['req.headers.authorization', '*.nationalId', '*.password'], censor: '[masked]' },
    formatters: { log: (record) => maskDeep(record) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? maskIdentifiers(a) : a)) as Parameters<typeof method>,
        );
      },
    },
    serializers: {
      // URLs never carry identifiers by design; mask anyway in case a client puts one in a query.
      req: (req: { method?: string; url?: string }) => ({
        method: req.method,
        url: maskIdentifiers(req.url ?? ''),
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
