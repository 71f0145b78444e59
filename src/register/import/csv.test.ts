/**
 * Migration-import contract: the report's `line` is the physical line in the file (header = 1),
 * also with CRLF, a BOM, blank lines and quoted fields that span lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv } from './csv';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-csv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function records(text: string) {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, text);
  const out: { line: number; fields: string[] }[] = [];
  for await (const batch of readCsv(file)) out.push(...batch);
  return out;
}

describe('readCsv line numbers', () => {
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

  it('reads a last line without a line break', async () => {
    expect(await records('a\n1\n2')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['1'] },
      { line: 3, fields: ['2'] },
    ]);
  });

  it('reports an unclosed quote at the line where its record starts', async () => {
    const error = await records('a,b\n1,2\n3,"open\n4,5\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
  });
});
