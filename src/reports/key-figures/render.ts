/** Every output format of the key-figures report, by name. */
// The renderers (charts, PDF, spreadsheet libraries: hundreds of modules) load on first use, so the
// server and the CLI do not pay for them at start-up.
import type { Format } from './formats';
import { type ReportLanguage, reportTexts } from './messages';
import type { KeyFiguresReport } from './model';

export { FORMATS, type Format } from './formats';
export { REPORT_LANGUAGES, type ReportLanguage } from './messages';

export interface Rendered {
  body: Buffer;
  contentType: string;
  extension: string;
  binary: boolean;
}

/** The report as a file; the people formats in `language` (bokmål by default), JSON as it is. */
export async function renderKeyFigures(
  report: KeyFiguresReport,
  format: Format,
  language: ReportLanguage = 'nb',
): Promise<Rendered> {
  switch (format) {
    case 'json':
      return text(`${JSON.stringify(report, null, 2)}\n`, 'application/json; charset=utf-8', 'json');
    case 'html':
      return text(
        (await import('./render-html')).renderHtml(report, language),
        'text/html; charset=utf-8',
        'html',
      );
    case 'csv':
      return text(
        (await import('./render-csv')).renderCsv(report, language),
        'text/csv; charset=utf-8',
        'csv',
      );
    case 'pdf':
      return {
        body: await (await import('./render-pdf')).renderPdf(report, language),
        contentType: 'application/pdf',
        extension: 'pdf',
        binary: true,
      };
    case 'xlsx':
      return {
        body: await (await import('./render-xlsx')).renderXlsx(report, language),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
        binary: true,
      };
  }
}

function text(s: string, contentType: string, extension: string): Rendered {
  return { body: Buffer.from(s, 'utf8'), contentType, extension, binary: false };
}

/** A file name for a download: nokkeltall-2017-12-31[-orgnr].pdf (key-figures-… in English). */
export function fileName(
  report: KeyFiguresReport,
  extension: string,
  language: ReportLanguage = 'nb',
): string {
  const who = report.scope.employers?.length === 1 ? `-${report.scope.employers[0]}` : '';
  return `${reportTexts(language).fileStem}-${report.date}${who}.${extension}`;
}
