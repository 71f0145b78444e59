/**
 * The report as PDF (pdfmake, A4 landscape): title page, summary, charts (ECharts SVG), every table,
 * and one comparison page per employer.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { comparisonChart, reportCharts } from './charts';
import { type ReportLanguage, type ReportTexts, reportTexts } from './messages';
import type { KeyFiguresReport } from './model';
import { formatCell, notesIn, scopeText, summaryLines } from './summary';
import { comparisonTable, reportTables, type Table } from './tables';

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(f: (url: string) => boolean): void;
  setLocalAccessPolicy(f: (file: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | undefined;

function pdf(): PdfMake {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as PdfMake;
    const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
    pdfmake.setFonts({
      Roboto: {
        normal: path.join(dir, 'Roboto-Regular.ttf'),
        bold: path.join(dir, 'Roboto-Medium.ttf'),
        italics: path.join(dir, 'Roboto-Italic.ttf'),
        bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
      },
    });
    // The report never fetches anything from the network.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(dir));
  }
  return pdfmake;
}

function tableContent(t: Table, locale: string): Content {
  const pct = new Set(t.percentColumns ?? []);
  const wide = t.head.length > 8;
  return {
    stack: [
      { text: t.title, style: 'h3' },
      {
        table: {
          headerRows: 1,
          body: [
            t.head.map((h) => ({ text: h, bold: true, fillColor: '#eef3f8' })),
            ...t.rows.map((row) =>
              row.map(
                (c, i) =>
                  ({
                    text: formatCell(c, pct.has(i), locale),
                    alignment: i === 0 || typeof c === 'string' ? 'left' : 'right',
                  }) as Content,
              ),
            ),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: wide ? 7 : 8.5,
        margin: [0, 0, 0, 12],
      },
    ],
    unbreakable: t.rows.length < 25,
  } as Content;
}

export async function renderPdf(r: KeyFiguresReport, language: ReportLanguage = 'nb'): Promise<Buffer> {
  const tx: ReportTexts = reportTexts(language);
  const charts = reportCharts(r, tx);
  const chartPairs: Content[] = [];
  for (let i = 0; i < charts.length; i += 2) {
    chartPairs.push({
      columns: charts.slice(i, i + 2).map((c) => ({
        stack: [
          { text: c.title, style: 'h3' },
          { svg: c.svg, width: 370 },
        ],
      })),
      columnGap: 20,
      margin: [0, 0, 0, 14],
      unbreakable: true,
    } as Content);
  }
  const employerPages: Content[] = Object.keys(r.comparison.byEmployer).map((orgnr) => ({
    stack: [
      { text: `${r.employers[orgnr] ?? orgnr} (${orgnr})`, style: 'h2' },
      {
        columns: [
          { width: 420, stack: [tableContent(comparisonTable(r, tx, orgnr), tx.locale)] },
          {
            width: '*',
            stack: [
              { text: tx.chart.averageAges, style: 'h3' },
              { svg: comparisonChart(r, orgnr, tx), width: 330 },
            ],
          },
        ],
        columnGap: 20,
      },
    ],
    pageBreak: 'before',
  }));
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: tx.titleOn(r.date), creator: 'Kassa' },
    language,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      h1: { fontSize: 30, bold: true, margin: [0, 140, 0, 16] },
      h2: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 4] },
    },
    footer: (page: number, count: number) => ({
      text: tx.pageOf(r.date, page, count),
      alignment: 'center',
      fontSize: 8,
      color: '#666',
    }),
    content: [
      { text: tx.title, style: 'h1', alignment: 'center' },
      {
        text: tx.period(r.date, r.previousDate),
        alignment: 'center',
        fontSize: 14,
      },
      { text: scopeText(r, tx), alignment: 'center', margin: [0, 10, 0, 0] },
      {
        text: tx.providers(
          Object.entries(r.providers)
            .map(([k, v]) => `${v} (${k})`)
            .join(', '),
        ),
        alignment: 'center',
        margin: [0, 6, 0, 0],
      },
      { text: tx.summary, style: 'h2', pageBreak: 'before' },
      {
        table: {
          widths: [200, '*'],
          body: summaryLines(r, tx).map(([k, v]) => [{ text: k, bold: true }, v]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 14],
      },
      { text: tx.definitions, style: 'h3' },
      { ul: notesIn(r, tx), fontSize: 8.5 }, // pdfmake rewrites the list it is given
      { text: tx.charts, style: 'h2', pageBreak: 'before' },
      ...chartPairs,
      { text: tx.tables, style: 'h2', pageBreak: 'before' },
      ...reportTables(r, tx).map((t) => tableContent(t, tx.locale)),
      ...employerPages,
    ],
  };
  return pdf().createPdf(doc).getBuffer();
}
