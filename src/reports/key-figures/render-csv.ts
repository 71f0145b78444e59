/** The report as CSV: every table one after another, each with a title line and a header. */
import { csvField } from '../../platform/csv';
import type { KeyFiguresReport } from './model';
import { comparisonTable, reportTables } from './tables';

export function renderCsv(r: KeyFiguresReport): string {
  const lines: string[] = [
    `${csvField('Key figures')},${r.date},${csvField('previous')},${r.previousDate}`,
    '',
  ];
  const tables = [
    ...reportTables(r),
    ...Object.keys(r.comparison.byEmployer).map((o) => comparisonTable(r, o)),
  ];
  for (const t of tables) {
    lines.push(csvField(t.title));
    lines.push(t.head.map(csvField).join(','));
    for (const row of t.rows) lines.push(row.map(csvField).join(','));
    lines.push('');
  }
  return lines.join('\n');
}
