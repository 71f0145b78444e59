// PDF/A-2b with every font embedded: the archive format of a letter (issue #19, "rendered to
// PDF/A-2b with the fonts embedded"). Checked with poppler's pdffonts and the XMP metadata.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import { composeLetter } from '../compose/compose-letter';
import { renderPdf } from './render-pdf';

const at = new Date('2026-12-03T10:00:00Z');
const letter = (n = 0) =>
  composeLetter({
    type: 'decision',
    caseId: 42,
    date: '2026-12-03' as IsoDate,
    recipient: { name: `Kari Nordmann ${n}`, address: 'Storgata 1\n0150 Oslo' },
    data: {
      outcome: 'granted',
      benefit: 'old_age',
      decisionDate: '2026-12-01',
      effectiveFrom: '2027-01-01',
      monthlyAmount: 1_234_500,
      annualAmount: 14_814_000,
      calculation: {
        steps: [{ text: 'Pensjonsgrunnlag = 600 000 kr' }, { text: 'Pensjon = 66 % av grunnlaget' }],
      },
    },
  });

function tool(name: string, args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8' });
}

describe('letter PDF', () => {
  it('embeds every font it uses, as a subset', async () => {
    const { pdf } = await renderPdf(letter(), at);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-pdf-')), 'l.pdf');
    fs.writeFileSync(file, pdf);
    const rows = tool('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      // name type encoding emb sub uni …
      const cols = row.trim().split(/\s+/);
      expect(cols[0]).toMatch(/^[A-Z]{6}\+Roboto-(Regular|Medium)$/);
      expect(cols.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
    expect(tool('pdftotext', [file, '-'])).toContain('Vedtak: Du får alderspensjon');
  });

  it('identifies itself as PDF/A-2b in its XMP metadata and carries an sRGB output intent', async () => {
    const { pdf } = await renderPdf(letter(), at);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-pdf-')), 'l.pdf');
    fs.writeFileSync(file, pdf);
    const xmp = tool('pdfinfo', ['-meta', file]);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(pdf.toString('latin1')).toContain('/OutputIntents');
    expect(pdf.toString('latin1')).toContain('/GTS_PDFA1');
    expect(tool('pdfinfo', [file])).toMatch(/PDF version:\s+1\.7/);
  });

  it('gives the same bytes for the same letter (the checksum in the archive is reproducible)', async () => {
    const a = await renderPdf(letter(1), at);
    await renderPdf(letter(2), at);
    const b = await renderPdf(letter(1), at);
    expect(b.pdf.equals(a.pdf)).toBe(true);
    const c = await renderPdf(letter(3), at);
    expect(c.pdf.equals(a.pdf)).toBe(false);
  });
});
