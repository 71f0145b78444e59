/**
 * The report as one self-contained HTML page (inline CSS and SVG charts): a title page, a summary,
 * every chart and table, and one comparison page per employer. Printing breaks pages where the PDF does.
 */
import { comparisonChart, reportCharts } from './charts';
import { type ReportLanguage, type ReportTexts, reportTexts } from './messages';
import type { KeyFiguresReport } from './model';
import { formatCell, notesIn, scopeText, summaryLines } from './summary';
import { comparisonTable, reportTables, type Table } from './tables';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function tableHtml(t: Table, locale: string): string {
  const pct = new Set(t.percentColumns ?? []);
  const head = t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = t.rows
    .map(
      (row) =>
        `<tr>${row
          .map((c, i) =>
            i === 0
              ? `<th scope="row">${esc(formatCell(c, false, locale))}</th>`
              : `<td>${esc(formatCell(c, pct.has(i), locale))}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<section class="table" id="${esc(t.id)}"><h3>${esc(t.title)}</h3>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></section>`;
}

const CSS = `
body { font-family: Roboto, Arial, sans-serif; color: #1a1a1a; margin: 2rem; }
.page { page-break-after: always; break-after: page; margin-bottom: 3rem; }
.title-page { text-align: center; padding-top: 20vh; }
.title-page h1 { font-size: 2.4rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.85rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; }
td { text-align: right; }
thead th { background: #eef3f8; }
tbody th { text-align: left; font-weight: normal; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; }
figcaption { font-weight: bold; margin-bottom: 0.3rem; }
dl.summary { display: grid; grid-template-columns: max-content auto; gap: 0.3rem 1.5rem; }
dl.summary dt { font-weight: bold; }
.notes { font-size: 0.85rem; color: #444; }
`;

export function renderHtml(r: KeyFiguresReport, language: ReportLanguage = 'nb'): string {
  const tx: ReportTexts = reportTexts(language);
  const table = (t: Table) => tableHtml(t, tx.locale);
  const charts = reportCharts(r, tx)
    .map((c) => `<figure><figcaption>${esc(c.title)}</figcaption>${c.svg}</figure>`)
    .join('\n');
  const summary = summaryLines(r, tx)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('');
  const employerPages = Object.keys(r.comparison.byEmployer)
    .map(
      (orgnr) => `<section class="page employer" id="employer-${esc(orgnr)}">
<h2>${esc(r.employers[orgnr] ?? orgnr)} (${esc(orgnr)})</h2>
${table(comparisonTable(r, tx, orgnr))}
<figure><figcaption>${esc(tx.chart.averageAgesVsFund)}</figcaption>${comparisonChart(r, orgnr, tx)}</figure>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<title>${esc(tx.titleOn(r.date))}</title>
<style>${CSS}</style></head>
<body>
<section class="page title-page">
<h1>${esc(tx.title)}</h1>
<p>${esc(tx.period(r.date, r.previousDate))}</p>
<p>${esc(scopeText(r, tx))}</p>
<p>${esc(
    tx.providers(
      Object.entries(r.providers)
        .map(([k, v]) => `${v} (${k})`)
        .join(', '),
    ),
  )}</p>
</section>
<section class="page"><h2>${esc(tx.summary)}</h2><dl class="summary">${summary}</dl>
<h3>${esc(tx.definitions)}</h3><ul class="notes">${notesIn(r, tx)
    .map((n) => `<li>${esc(n)}</li>`)
    .join('')}</ul></section>
<section class="page"><h2>${esc(tx.charts)}</h2><div class="charts">${charts}</div></section>
<section class="page"><h2>${esc(tx.tables)}</h2>${reportTables(r, tx).map(table).join('\n')}</section>
${employerPages}
</body></html>
`;
}
