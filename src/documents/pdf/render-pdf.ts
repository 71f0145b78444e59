/**
 * One letter to PDF/A-2b (pdfkit: XMP with the PDF/A identification and an sRGB output intent,
 * fonts embedded as subsets). Speed: parsing a TrueType font costs far more than writing a page,
 * so the parsed fonts are kept per thread and handed to each new document (docs/letters.md has
 * the measurements: 9 → 150 letters a second on one core). After that, encoding the font subset
 * was half the cost: every document's subset starts with the same base glyphs in the same order,
 * so nearly every letter embeds the same subset, encoded and compressed once per thread and
 * cached by its glyph list (a letter with a rarer character gets a subset of its own). The sRGB
 * profile of the output intent is likewise compressed once.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import type { LetterContent } from '../compose/content';

const require = createRequire(import.meta.url);
// pdfkit's CommonJS build, pinned (package.json) because `useFont` reaches into its font cache.
const PDFDocument = require('pdfkit') as new (options: Record<string, unknown>) => PdfDoc;

interface PdfRef {
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(chunk?: Uint8Array): void;
}

interface Glyph {
  id: number;
  advanceWidth: number;
}

/** pdfkit's EmbeddedFont, as far as the subset cache touches it. */
interface EmbeddedFont {
  document: PdfDoc;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
  font: { glyphForCodePoint(cp: number): Glyph };
  embed(): void;
  layoutCache?: object;
}

interface PdfDoc {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: { constructor: new (doc: PdfDoc, font: unknown, id: string) => EmbeddedFont; font: unknown };
  _root: { data: Record<string, unknown> };
  _addColorOutputIntent(): void;
  ref(data?: Record<string, unknown>): PdfRef;
  y: number;
  page: { margins: { left: number; right: number; bottom: number }; width: number; height: number };
  on(event: string, f: (arg: Buffer) => void): PdfDoc;
  registerFont(name: string, src: Buffer): PdfDoc;
  font(name: string): PdfDoc;
  fontSize(n: number): PdfDoc;
  text(text: string, options?: Record<string, unknown>): PdfDoc;
  text(text: string, x: number, y: number, options?: Record<string, unknown>): PdfDoc;
  moveDown(lines?: number): PdfDoc;
  moveTo(x: number, y: number): PdfDoc;
  lineTo(x: number, y: number): PdfDoc;
  lineWidth(n: number): PdfDoc;
  stroke(color?: string): PdfDoc;
  fillColor(color: string): PdfDoc;
  heightOfString(text: string, options?: Record<string, unknown>): number;
  end(): void;
}

const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONT_FILES = { regular: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf' } as const;
type FontName = keyof typeof FONT_FILES;

/**
 * Per thread: the font files, the parsed fonts after the first document, and the shaped words
 * (pdfkit's per-font layout cache, read-only once made) shared by the documents; the word cache
 * starts afresh every CACHE_DOCUMENTS documents so that memory stays flat over a long batch.
 */
const parsed = new Map<FontName, { Ctor: PdfDoc['_font']['constructor']; font: unknown; words: object }>();
const files = new Map<FontName, Buffer>();
const CACHE_DOCUMENTS = 2000;
let documents = 0;

/**
 * The glyphs every subset starts with: what the templates and most Norwegian names, addresses and
 * amounts use. More glyphs make each PDF a little larger; fewer make more letters miss the cache.
 */
const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0) ?? 0);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÆØÅæøå0123456789 ,.-:';
const BASE_CHARACTERS: Record<FontName, number[]> = {
  regular: codePoints(`${LETTERS}()/§–−·'éÉüÜöÖäÄ`),
  bold: codePoints(LETTERS),
};

/** Compressed subsets per font and glyph list; bounded, a miss only costs the encoding. */
const subsets = new Map<string, Buffer>();
const MAX_SUBSETS = 256;

function withBaseGlyphs(font: EmbeddedFont, name: FontName) {
  for (const cp of BASE_CHARACTERS[name]) {
    const glyph = font.font.glyphForCodePoint(cp);
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= [cp];
  }
  const embed = font.embed;
  font.embed = function (this: EmbeddedFont) {
    const key = `${name}:${this.subset.glyphs.join(',')}`;
    let bytes = subsets.get(key);
    if (!bytes) {
      bytes = zlib.deflateSync(this.subset.encode());
      if (subsets.size >= MAX_SUBSETS) subsets.delete(subsets.keys().next().value ?? '');
      subsets.set(key, bytes);
    }
    const compressed = bytes;
    // embed() writes the font file as the first object it makes: give it the compressed bytes.
    this.subset.encode = () => compressed;
    const doc = this.document;
    const ref = doc.ref;
    doc.ref = (data) => {
      doc.ref = ref;
      return ref.call(doc, { ...data, Filter: 'FlateDecode' });
    };
    embed.call(this);
  };
}

function useFont(doc: PdfDoc, name: FontName) {
  const p = parsed.get(name);
  if (p) {
    // pdfkit's font(name) finds this in its per-document cache and never parses the file again.
    const font = new p.Ctor(doc, p.font, `F${++doc._fontCount}`);
    font.layoutCache = p.words;
    withBaseGlyphs(font, name);
    doc._fontFamilies[name] = font;
    return;
  }
  let file = files.get(name);
  if (!file) {
    file = fs.readFileSync(path.join(FONT_DIR, FONT_FILES[name]));
    files.set(name, file);
  }
  doc.registerFont(name, file).font(name);
  parsed.set(name, { Ctor: doc._font.constructor, font: doc._font.font, words: Object.create(null) });
  withBaseGlyphs(doc._font as unknown as EmbeddedFont, name);
}

let icc: Buffer | undefined;

/** pdfkit's output intent, with the sRGB profile read and compressed once per thread. */
function addColorOutputIntent(this: PdfDoc) {
  if (!icc) {
    const profile = fs.readFileSync(
      path.join(path.dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc'),
    );
    icc = zlib.deflateSync(profile);
  }
  const profileRef = this.ref({ N: 3, Filter: 'FlateDecode' });
  profileRef.end(icc);
  const intent = this.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    Info: new String('sRGB IEC61966-2.1'),
    OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
    DestOutputProfile: profileRef,
  });
  intent.end();
  this._root.data.OutputIntents = [intent];
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
}

const MM = 72 / 25.4;

/** Renders the letter. `createdAt` is written into the PDF, so the same letter gives the same bytes. */
export function renderPdf(letter: LetterContent, createdAt: Date): Promise<RenderedPdf> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      font: null,
      subset: 'PDF/A-2b',
      pdfVersion: '1.7',
      lang: letter.language === 'en' ? 'en' : 'nb-NO',
      displayTitle: true,
      margins: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 20 * MM },
      info: {
        Title: letter.title,
        Author: letter.sender.name,
        Subject: letter.subject,
        Creator: 'Kassa',
        Producer: 'Kassa',
        CreationDate: createdAt,
        ModDate: createdAt,
      },
    });
    doc._addColorOutputIntent = addColorOutputIntent;
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('error', reject as (e: Buffer) => void);
    if (++documents % CACHE_DOCUMENTS === 0) for (const p of parsed.values()) p.words = Object.create(null);
    useFont(doc, 'regular');
    useFont(doc, 'bold');
    let pages = 1;
    doc.on('pageAdded', () => void pages++);
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), pages }));
    write(doc, letter);
    doc.end();
  });
}

function write(doc: PdfDoc, l: LetterContent) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('bold').fontSize(13).text(l.sender.name);
  doc.font('regular').fontSize(9).fillColor('#333333');
  for (const line of l.sender.lines) doc.text(line);
  // The window of a C5/C4 envelope: recipient 45 mm from the top.
  doc.fillColor('#000000').fontSize(10);
  const top = 45 * MM;
  doc.text([l.recipient.name, ...l.recipient.lines].join('\n'), left, top, { width: 85 * MM });
  doc.text(l.dateLine, left + width - 60 * MM, top, { width: 60 * MM, align: 'right' });
  if (l.reference) doc.text(l.reference, left + width - 60 * MM, doc.y, { width: 60 * MM, align: 'right' });
  doc.y = Math.max(doc.y, top + 30 * MM);
  doc.font('bold').fontSize(14).text(l.title, left, doc.y, { width }).moveDown(0.6);
  for (const block of l.blocks) {
    if (block.kind === 'heading') {
      doc.moveDown(0.3).font('bold').fontSize(11).text(block.text, left, doc.y, { width }).moveDown(0.2);
    } else if (block.kind === 'paragraph') {
      doc.font('regular').fontSize(10).text(block.text, left, doc.y, { width, lineGap: 1.5 }).moveDown(0.5);
    } else {
      table(doc, block.rows, left, width);
    }
  }
  if (l.closing.length) {
    doc.moveDown(0.5).font('regular').fontSize(10);
    for (const line of l.closing) doc.text(line, left, doc.y, { width });
  }
}

function table(
  doc: PdfDoc,
  rows: { label: string; value: string; strong?: boolean }[],
  left: number,
  width: number,
) {
  const valueWidth = 45 * MM;
  doc.fontSize(10);
  for (const row of rows) {
    const y = doc.y;
    doc.font(row.strong ? 'bold' : 'regular');
    doc.text(row.label, left, y, { width: width - valueWidth - 4 });
    const after = doc.y;
    doc.text(row.value, left + width - valueWidth, y, { width: valueWidth, align: 'right' });
    doc.y = Math.max(after, doc.y) + 2;
    if (row.strong)
      doc
        .lineWidth(0.5)
        .moveTo(left, doc.y - 1)
        .lineTo(left + width, doc.y - 1)
        .stroke('#999999');
  }
  doc.font('regular').moveDown(0.5);
}
