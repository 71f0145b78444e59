/** The report as an Excel workbook (exceljs): a summary sheet and one sheet per table. */
import ExcelJS from 'exceljs';
import { type ReportLanguage, reportTexts } from './messages';
import type { KeyFiguresReport } from './model';
import { notesIn, scopeText, summaryLines } from './summary';
import { comparisonTable, reportTables, type Table } from './tables';

function sheetName(t: Table, used: Set<string>): string {
  let name = t.title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31);
  for (let i = 2; used.has(name); i += 1) name = `${name.slice(0, 28)} ${i}`;
  used.add(name);
  return name;
}

export async function renderXlsx(r: KeyFiguresReport, language: ReportLanguage = 'nb'): Promise<Buffer> {
  const tx = reportTexts(language);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kassa';
  const used = new Set<string>([tx.summary]);
  const summary = wb.addWorksheet(tx.summary);
  summary.addRow([tx.titleOn(r.date)]).font = { bold: true, size: 14 };
  summary.addRow([tx.previousDate, r.previousDate]);
  summary.addRow([tx.employers, scopeText(r, tx)]);
  summary.addRow([]);
  for (const [k, v] of summaryLines(r, tx)) summary.addRow([k, v]);
  summary.addRow([]);
  for (const note of notesIn(r, tx)) summary.addRow([note]);
  summary.getColumn(1).width = 40;
  summary.getColumn(2).width = 40;

  const tables = [
    ...reportTables(r, tx),
    ...Object.keys(r.comparison.byEmployer).map((o) => comparisonTable(r, tx, o)),
  ];
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t, used));
    ws.addRow([t.title]).font = { bold: true };
    ws.addRow(t.head).font = { bold: true };
    for (const row of t.rows) ws.addRow(row.map((c) => c ?? ''));
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 36 : 14;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
