/**
 * Issue #6, formats: the PDF has a title page, summary, charts, tables and a page per employer
 * (turned into PNG pages with Debian's pdftoppm); the workbook and CSV carry the same figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { computeKeyFigures } from '../../src/reports/key-figures/compute';
import type { KeyFiguresReport } from '../../src/reports/key-figures/model';
import { renderKeyFigures } from '../../src/reports/key-figures/render';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { D, E1, E2, insertPopulation } from './key-figures.population';

let t: TestDatabase;
let report: KeyFiguresReport;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-kf-'));
const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  await insertPopulation(t.db);
  report = await computeKeyFigures(t.db, { date: D as IsoDate });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t?.dispose();
});

describe('key figures as files (issue #6)', () => {
  it.skipIf(!hasPdftoppm)(
    'renders a PDF whose pages turn into PNG: title, summary, charts, tables, one page per employer (needs poppler-utils)',
    async () => {
      const pdf = await renderKeyFigures(report, 'pdf');
      const file = path.join(dir, 'report.pdf');
      fs.writeFileSync(file, pdf.body);
      execFileSync('pdftoppm', ['-r', '40', '-png', file, path.join(dir, 'page')]);
      const pages = fs.readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
      expect(pages.length).toBeGreaterThan(2);
      // title + summary + 2 chart pages + tables (≥ 1) + one page per employer
      expect(pages.length).toBeGreaterThanOrEqual(7);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(text).toContain('Key figures');
      expect(text).toContain('Memberships by provider');
      expect(text).toContain(`Kommune En (${E1}) compared with the fund`);
      expect(text).toContain(`Etat To (${E2}) compared with the fund`);
    },
  );
  if (!hasPdftoppm)
    it.skip('pdftoppm is missing: apt-get install -y poppler-utils to check the PDF pages', () => {});

  it('writes a workbook with a summary and the membership table', async () => {
    const xlsx = await renderKeyFigures(report, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Summary')?.getCell('A1').value).toBe('Key figures 2017-12-31');
    const sheet = wb.getWorksheet('Memberships by provider');
    const totalRow = sheet?.getRow(5).values as unknown[];
    expect(totalRow.slice(1, 10)).toEqual(['Total', '', 6, 33.33, 11, 61.11, 1, 5.56, 18]);
  });

  it('writes CSV with every table and one comparison per employer', async () => {
    const csv = (await renderKeyFigures(report, 'csv')).body.toString();
    expect(csv).toContain('85-year rule,1,1,0,0');
    expect(csv).toContain('100,1');
    expect(csv).toContain(`Kommune En (${E1}) compared with the fund`);
    expect(csv).toContain('"Average age at first drawing, disability",51,46.5');
  });
});
