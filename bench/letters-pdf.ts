/**
 * `npm run bench -- letters-pdf`: PDF libraries side by side for one one-page letter with two
 * embedded fonts (Roboto regular and medium, subset), PDF/A-2b where the library writes it. One core, best of three rounds per
 * candidate, letters per second. Prints JSON. The figures and the choice are in docs/letters.md.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument as LibDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { composeLetter } from '../src/documents/compose/compose-letter';
import { renderPdf } from '../src/documents/pdf/render-pdf';
import type { IsoDate } from '../src/domain/dates';

const require = createRequire(import.meta.url);
const FONTS = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const REGULAR = path.join(FONTS, 'Roboto-Regular.ttf');
const MEDIUM = path.join(FONTS, 'Roboto-Medium.ttf');
const N = Number(process.env.KASSA_BENCH_LETTERS ?? 300);

const paragraphs = (i: number) => [
  `Årsoppgave for ${2025} til Kari Nordmann nr. ${i}`,
  'Her er en oversikt over pensjonen som ble utbetalt til deg i året. Beløpene er meldt til Skatteetaten og står i skattemeldingen din. Du trenger ikke gjøre noe hvis opplysningene stemmer.',
  `Brutto utbetalt: ${(123456 + i).toLocaleString('nb-NO')} kroner. Forskuddstrekk: ${(34567 + i).toLocaleString('nb-NO')} kroner.`,
  'Hvis noe ikke stemmer, ta kontakt med oss. Har du spørsmål om skatt, kontakt Skatteetaten.',
];

async function pdfmake(): Promise<() => Promise<Buffer>> {
  const pm = require('pdfmake');
  pm.setFonts({ Roboto: { normal: REGULAR, bold: MEDIUM, italics: REGULAR, bolditalics: MEDIUM } });
  pm.setUrlAccessPolicy(() => false);
  let i = 0;
  return () => {
    const [title, ...rest] = paragraphs(i++);
    return pm
      .createPdf({
        subset: 'PDF/A-2b',
        info: { title: 'Årsoppgave' },
        content: [
          { text: 'Kommunal pensjonskasse', bold: true },
          { text: 'Kari Nordmann\nStorgata 1\n0150 Oslo', margin: [0, 20, 0, 20] },
          { text: title, bold: true, fontSize: 14, margin: [0, 0, 0, 10] },
          ...rest.map((t) => ({ text: t, margin: [0, 0, 0, 8] })),
        ],
      })
      .getBuffer();
  };
}

function pdfkit(): () => Promise<Buffer> {
  let i = 0;
  return () =>
    new Promise((resolve, reject) => {
      const [title, ...rest] = paragraphs(i++);
      const doc = new PDFKit({
        size: 'A4',
        subset: 'PDF/A-2b',
        pdfVersion: '1.7',
        tagged: false,
        info: { Title: 'Årsoppgave' },
      });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.registerFont('R', REGULAR).registerFont('B', MEDIUM);
      doc.font('B').fontSize(10).text('Kommunal pensjonskasse');
      doc.font('R').moveDown(2).text('Kari Nordmann\nStorgata 1\n0150 Oslo').moveDown(2);
      doc
        .font('B')
        .fontSize(14)
        .text(title ?? '')
        .moveDown();
      doc.font('R').fontSize(10);
      for (const t of rest) doc.text(t).moveDown(0.6);
      doc.end();
    });
}

async function pdflib(): Promise<() => Promise<Buffer>> {
  const fs = await import('node:fs');
  const reg = fs.readFileSync(REGULAR);
  const med = fs.readFileSync(MEDIUM);
  let i = 0;
  return async () => {
    const [title, ...rest] = paragraphs(i++);
    const doc = await LibDocument.create();
    doc.registerFontkit(fontkit);
    const r = await doc.embedFont(reg, { subset: true });
    const b = await doc.embedFont(med, { subset: true });
    const page = doc.addPage([595.28, 841.89]);
    let y = 780;
    page.drawText('Kommunal pensjonskasse', { x: 72, y, font: b, size: 10 });
    y -= 40;
    for (const line of ['Kari Nordmann', 'Storgata 1', '0150 Oslo']) {
      y -= 12;
      page.drawText(line, { x: 72, y, font: r, size: 10 });
    }
    y -= 40;
    page.drawText(title ?? '', { x: 72, y, font: b, size: 14 });
    for (const t of rest) {
      y -= 30;
      page.drawText(t, { x: 72, y, font: r, size: 10, maxWidth: 450, lineHeight: 12 });
      y -= 24;
    }
    // pdf-lib writes no XMP or output intent: PDF/A would be hand-made on top of this.
    return Buffer.from(await doc.save());
  };
}

/** The chosen one: pdfkit with the parsed fonts kept per thread (src/documents/pdf/render-pdf.ts). */
function kassa(): () => Promise<Buffer> {
  let i = 0;
  const at = new Date('2026-01-15T08:00:00Z');
  return async () => {
    const n = i++;
    const content = composeLetter({
      type: 'annual_statement',
      caseId: null,
      date: '2026-01-15' as IsoDate,
      recipient: { name: `Kari Nordmann ${n}`, address: 'Storgata 1\n0150 Oslo' },
      data: { year: 2025, gross: 12_345_600 + n, taxWithheld: 3_456_700 + n },
    });
    return (await renderPdf(content, at)).pdf;
  };
}

async function measure(name: string, make: () => Promise<Buffer>) {
  for (let w = 0; w < 20; w++) await make();
  let best = 0;
  let bestCpu = 0;
  let bytes = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let k = 0; k < N; k++) bytes = (await make()).length;
    const cpu = process.cpuUsage(c0);
    best = Math.max(best, N / ((performance.now() - t0) / 1000));
    bestCpu = Math.max(bestCpu, N / ((cpu.user + cpu.system) / 1e6));
  }
  // Per CPU second: what one free core would do (the wall clock suffers from other work on the machine).
  return { name, lettersPerSecond: Math.round(best), lettersPerCpuSecond: Math.round(bestCpu), bytes };
}

const results = [
  await measure('pdfmake', await pdfmake()),
  await measure('pdfkit', pdfkit()),
  await measure('pdf-lib', await pdflib()),
  await measure('pdfkit, parsed fonts reused (Kassa)', kassa()),
];
process.stdout.write(`${JSON.stringify({ letters: N, cores: 1, results }, null, 2)}\n`);
