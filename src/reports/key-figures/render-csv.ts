/** The report as CSV: every table one after another, each with a title line and a header. */
import { csvField } from '../../platform/csv';
import { type ReportLanguage, reportTexts } from './messages';
import type { KeyFiguresReport } from './model';
import { comparisonTable, reportTables } from './tables';

export function renderCsv(r: KeyFiguresReport, language: ReportLanguage = 'nb'): string {
  const tx = reportTexts(language);
  const lines: string[] = [
    `${csvField(tx.title)},${r.date},${csvField(tx.previousDate)},${r.previousDate}`,
    '',
  ];
  const tables = [
    ...reportTables(r, tx),
    ...Object.keys(r.comparison.byEmployer).map((o) => comparisonTable(r, tx, o)),
  ];
  for (const t of tables) {
    lines.push(csvField(t.title));
    lines.push(t.head.map(csvField).join(','));
    for (const row of t.rows) lines.push(row.map(csvField).join(','));
    lines.push('');
  }
  return lines.join('\n');
}
