/** The report as an Excel workbook (exceljs): a summary sheet and one sheet per table. */
import ExcelJS from 'exceljs';
import type { KeyFiguresReport } from './model';
import { scopeText, summaryLines } from './summary';
import { comparisonTable, reportTables, type Table } from './tables';

function sheetName(t: Table, used: Set<string>): string {
  let name = t.title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31);
  for (let i = 2; used.has(name); i += 1) name = `${name.slice(0, 28)} ${i}`;
  used.add(name);
  return name;
}

export async function renderXlsx(r: KeyFiguresReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kassa';
  const used = new Set<string>(['Summary']);
  const summary = wb.addWorksheet('Summary');
  summary.addRow([`Key figures ${r.date}`]).font = { bold: true, size: 14 };
  summary.addRow(['Previous date', r.previousDate]);
  summary.addRow(['Employers', scopeText(r)]);
  summary.addRow([]);
  for (const [k, v] of summaryLines(r)) summary.addRow([k, v]);
  summary.addRow([]);
  for (const note of r.notes) summary.addRow([note]);
  summary.getColumn(1).width = 40;
  summary.getColumn(2).width = 40;

  const tables = [
    ...reportTables(r),
    ...Object.keys(r.comparison.byEmployer).map((o) => comparisonTable(r, o)),
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
