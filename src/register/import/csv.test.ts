/**
 * Migration-import contract: the report's `line` is the physical line in the file (header = 1),
 * also with CRLF, a BOM, blank lines and quoted fields that span lines — and across the reader's
 * chunk boundaries, so every case is read with chunks of 1, 2, 3, 7 and 64 KiB bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvSyntaxError, scanCsv } from './csv';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-csv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const CHUNKS = [1, 2, 3, 7, 64 * 1024];

async function read(text: string | Buffer, chunkSize: number) {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, text);
  const out: { line: number; fields: string[] }[] = [];
  await scanCsv(file, (line, record) => out.push({ line, fields: record.texts() }), {
    chunkSize,
  });
  return out;
}

/** The records of `text`, the same with every chunk size. */
async function records(text: string | Buffer) {
  const results = [];
  for (const size of CHUNKS) results.push(await read(text, size));
  for (const r of results) expect(r).toEqual(results[0]);
  return results[0];
}

async function syntaxError(text: string) {
  const lines = [];
  for (const size of CHUNKS) {
    const error = await read(text, size).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    lines.push({ line: (error as CsvSyntaxError).line, message: (error as CsvSyntaxError).message });
  }
  for (const l of lines) expect(l).toEqual(lines[0]);
  return lines[0];
}

describe('scanCsv', () => {
  it('counts CRLF breaks inside quoted fields once, and skips blank lines without losing count', async () => {
    const got = await records(
      '\uFEFForgnr,name\r\n\r\n1,"Storgata 1\r\n5003 Bergen"\r\n   \r\n\r\n2,"Ås, kommune"\r\n\r\n',
    );
    expect(got).toEqual([
      { line: 1, fields: ['orgnr', 'name'] },
      { line: 3, fields: ['1', 'Storgata 1\r\n5003 Bergen'] },
      { line: 7, fields: ['2', 'Ås, kommune'] },
    ]);
  });

  it('reads a last line without a line break, empty fields, doubled quotes and UTF-8 names', async () => {
    expect(await records('a,b,c\n1,,3\n"say ""hi""",Ødegård Åse,\n,"",x')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
      { line: 3, fields: ['say "hi"', 'Ødegård Åse', ''] },
      { line: 4, fields: ['', '', 'x'] },
    ]);
  });

  it('reads a file that is only a BOM, or empty, as no records', async () => {
    expect(await records('\uFEFF')).toEqual([]);
    expect(await records('')).toEqual([]);
  });

  it('reports an unclosed quote at the line where its record starts', async () => {
    expect(await syntaxError('a,b\n1,2\n3,"open\n4,5\n')).toEqual({
      line: 3,
      message: 'a quoted field is never closed',
    });
  });

  it('reports text after a closing quote, and a quote inside an unquoted field', async () => {
    expect((await syntaxError('a,b\n1,"x"y\n'))?.line).toBe(2);
    expect((await syntaxError('a,b\n1,2\n"q\nq",2\n1,ab"c\n'))?.line).toBe(5);
  });

  it('gives back what a writer quoting every field wrote, whatever the chunk size', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ø', ',', '"', '\n', '\r\n', ' ', '1') });
    const row = fc.array(field, { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...CHUNKS),
        async (rows, size) => {
          const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
          const got = await read(text, size);
          let line = 1;
          const want = rows.map((r) => {
            const rec = { line, fields: r };
            line += 1 + r.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
            return rec;
          });
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });
});
