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
      // bokmål by default (issue #23 item 5)
      expect(text).toContain('Nøkkeltall');
      expect(text).toContain('Medlemskap etter leverandør');
      expect(text).toContain('Definisjoner');
      expect(text).toContain('Tallene er medlemskap (person, arbeidsgiver, ordning)');
      expect(text).toContain(`Kommune En (${E1}) sammenlignet med hele kassen`);
      expect(text).toContain(`Etat To (${E2}) sammenlignet med hele kassen`);
      expect(text).not.toContain('Memberships by provider');
    },
  );
  if (!hasPdftoppm)
    it.skip('pdftoppm is missing: apt-get install -y poppler-utils to check the PDF pages', () => {});

  it('writes a workbook with a summary and the membership table, in bokmål or English', async () => {
    const load = async (lang: 'nb' | 'en') => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await renderKeyFigures(report, 'xlsx', lang)).body as unknown as ArrayBuffer);
      return wb;
    };
    const nb = await load('nb');
    expect(nb.getWorksheet('Sammendrag')?.getCell('A1').value).toBe('Nøkkeltall 2017-12-31');
    expect(nb.getWorksheet('Sammendrag')?.getCell('A2').value).toBe('Forrige dato');
    const nbRow = nb.getWorksheet('Medlemskap etter leverandør')?.getRow(5).values as unknown[];
    expect(nbRow.slice(1, 10)).toEqual(['Totalt', '', 6, 33.33, 11, 61.11, 1, 5.56, 18]);
    expect(nb.getWorksheet('Medlemskap etter leverandør')?.getRow(2).getCell(3).value).toBe('Yrkesaktive');

    const en = await load('en');
    expect(en.getWorksheet('Summary')?.getCell('A1').value).toBe('Key figures 2017-12-31');
    const enRow = en.getWorksheet('Memberships by provider')?.getRow(5).values as unknown[];
    expect(enRow.slice(1, 10)).toEqual(['Total', '', 6, 33.33, 11, 61.11, 1, 5.56, 18]);
  });

  it('writes CSV with every table and one comparison per employer, in bokmål or English', async () => {
    const csv = (await renderKeyFigures(report, 'csv')).body.toString();
    expect(csv.split('\n')[0]).toBe('Nøkkeltall,2017-12-31,Forrige dato,2016-12-31');
    expect(csv).toContain('85-årsregel,1,1,0,0');
    expect(csv).toContain('100,1');
    expect(csv).toContain(`Kommune En (${E1}) sammenlignet med hele kassen`);
    expect(csv).toContain('"Gjennomsnittlig uttaksalder, uførepensjon",51,46.5');

    const en = (await renderKeyFigures(report, 'csv', 'en')).body.toString();
    expect(en).toContain('85-year rule,1,1,0,0');
    expect(en).toContain(`Kommune En (${E1}) compared with the fund`);
    expect(en).toContain('"Average age at first drawing, disability",51,46.5');
  });

  it('writes HTML in bokmål with lang="nb", and in English with lang="en"', async () => {
    const nb = (await renderKeyFigures(report, 'html')).body.toString();
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain('<h1>Nøkkeltall</h1>');
    expect(nb).toContain('<h2>Sammendrag</h2>');
    expect(nb).toContain('<li>Tallene er medlemskap (person, arbeidsgiver, ordning)');
    expect(nb).toContain('<dt>Medlemskap</dt><dd>18 (i fjor');
    const en = (await renderKeyFigures(report, 'html', 'en')).body.toString();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Key figures</h1>');
    expect(en).toContain('<li>Counts are memberships (person, employer, scheme)');
  });
});
