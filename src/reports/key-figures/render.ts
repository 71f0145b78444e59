/** Every output format of the key-figures report, by name. */
// The renderers (charts, PDF, spreadsheet libraries: hundreds of modules) load on first use, so the
// server and the CLI do not pay for them at start-up.
import type { Format } from './formats';
import type { KeyFiguresReport } from './model';

export { FORMATS, type Format } from './formats';

export interface Rendered {
  body: Buffer;
  contentType: string;
  extension: string;
  binary: boolean;
}

export async function renderKeyFigures(report: KeyFiguresReport, format: Format): Promise<Rendered> {
  switch (format) {
    case 'json':
      return text(`${JSON.stringify(report, null, 2)}\n`, 'application/json; charset=utf-8', 'json');
    case 'html':
      return text((await import('./render-html')).renderHtml(report), 'text/html; charset=utf-8', 'html');
    case 'csv':
      return text((await import('./render-csv')).renderCsv(report), 'text/csv; charset=utf-8', 'csv');
    case 'pdf':
      return {
        body: await (await import('./render-pdf')).renderPdf(report),
        contentType: 'application/pdf',
        extension: 'pdf',
        binary: true,
      };
    case 'xlsx':
      return {
        body: await (await import('./render-xlsx')).renderXlsx(report),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
        binary: true,
      };
  }
}

function text(s: string, contentType: string, extension: string): Rendered {
  return { body: Buffer.from(s, 'utf8'), contentType, extension, binary: false };
}

/** A file name for a download: key-figures-2017-12-31[-orgnr].pdf */
export function fileName(report: KeyFiguresReport, extension: string): string {
  const who = report.scope.employers?.length === 1 ? `-${report.scope.employers[0]}` : '';
  return `key-figures-${report.date}${who}.${extension}`;
}
