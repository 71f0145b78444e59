/** JSON logs (pino). Fødselsnummer-shaped digits are masked wherever they appear in a message. */
import pino from 'pino';

const NATIONAL_ID = /\b(\d{6})\d{5}\b/g;

export function maskIdentifiers(text: string): string {
  return text.replace(NATIONAL_ID, '$1*****');
}

export function createLogger(level = 'info'): pino.Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.authorization', '*.nationalId', '*.password'], censor: '[masked]' },
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
      req: (req: { method: string; url: string }) => ({ method: req.method, url: maskIdentifiers(req.url) }),
    },
  });
}
