/** JSON logs (pino). Fødselsnummer-shaped digits are masked wherever they appear in a message. */
import pino from 'pino';

const NATIONAL_ID = /\b(\d{6})\d{5}\b/g;

export function maskIdentifiers(text: string): string {
  return text.replace(NATIONAL_ID, '$1*****');
}

/** Masks identifiers in every string of a log record, also inside objects and serialised errors. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdentifiers(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
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
