/**
 * Report routes: the key-figures report as JSON and as a file. An employer-scoped user sees the
 * rows of their own employers and the totals; asking for another employer is forbidden.
 */
import { z } from 'zod';
import type { IsoDate } from '../../domain/dates';
import { type Principal, scopeOf } from '../../platform/auth/roles';
import { AppError, forbidden, invalidInput } from '../../platform/errors';
import { computeKeyFigures } from '../../reports/key-figures/compute';
import { REPORT_LANGUAGES } from '../../reports/key-figures/messages';
import { KeyFiguresReport } from '../../reports/key-figures/model';
import { fileName } from '../../reports/key-figures/render';
import { renderOffThread } from '../../reports/key-figures/render-pool';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { IsoDateString, protectedErrors } from '../schemas';

const Query = z.object({
  date: IsoDateString.describe('reporting date, usually 31 December'),
  employer: z
    .string()
    .regex(/^\d{9}$/, 'must be a nine-digit organisation number')
    .optional()
    .describe('limit the rows to this employer'),
});

const DownloadQuery = Query.extend({
  format: z.enum(['pdf', 'html', 'csv', 'xlsx']),
  lang: z
    .enum(REPORT_LANGUAGES)
    .default('nb')
    .describe('language of headings, notes and file name: nb (bokmål, the default) or en'),
});

/** The employers the caller may see rows of, and whether unknown numbers are an error. */
function employersFor(principal: Principal, employer: string | undefined) {
  const scope = scopeOf(principal, 'report:key-figures');
  if (employer) {
    if (scope !== 'all' && !scope.includes(employer))
      throw forbidden('you may see key figures of your own employers only');
    return { employers: [employer], strict: true };
  }
  return scope === 'all' ? { employers: null, strict: true } : { employers: scope, strict: false };
}

/** The report names its fields as the use case does; here they are query parameters. */
async function inQuery<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input')
      throw invalidInput(
        error.errors.map((e) => ({ ...e, path: e.path ? `querystring.${e.path}` : e.path })),
      );
    throw error;
  }
}

export async function reportRoutes(app: KassaApp, ctx: AppContext) {
  app.get('/api/reports/key-figures', {
    config: { access: 'report:key-figures' },
    schema: {
      tags: ['reports'],
      description:
        'Key figures for a date and one year earlier (shared/contracts/key-figures.md). Employer users get their own employers and the totals.',
      querystring: Query,
      response: { 200: KeyFiguresReport, ...protectedErrors },
    },
    handler: async (req) => {
      const { employers, strict } = employersFor(principalOf(req), req.query.employer);
      return inQuery(computeKeyFigures(ctx.db, { date: req.query.date as IsoDate, employers, strict }));
    },
  });

  app.get('/api/reports/key-figures/download', {
    config: { access: 'report:key-figures' },
    schema: {
      tags: ['reports'],
      description:
        'The key-figures report as a file: pdf, html, csv or xlsx, in bokmål (nokkeltall-DATE.pdf) or with lang=en in English (key-figures-DATE.pdf).',
      querystring: DownloadQuery,
      produces: [
        'application/pdf',
        'text/html',
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      response: { 200: z.any().describe('the file'), ...protectedErrors },
    },
    handler: async (req, reply) => {
      const { employers, strict } = employersFor(principalOf(req), req.query.employer);
      const figures = await inQuery(
        computeKeyFigures(ctx.db, { date: req.query.date as IsoDate, employers, strict }),
      );
      // PDF and XLSX render in a worker thread: the API answers others meanwhile (issue #22 item 2).
      const file = await renderOffThread(figures, req.query.format, req.query.lang);
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${fileName(figures, file.extension, req.query.lang)}"`,
        )
        .send(file.body);
    },
  });
}
