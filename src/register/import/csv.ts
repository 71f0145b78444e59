/**
 * Streams the records of one legacy CSV file with the physical line each one starts on.
 * csv-parse does the parsing (BOM, quotes, CRLF); line numbers are counted here from its byte
 * offsets, because its own line counter counts a CRLF inside a quoted field twice.
 */
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';

export interface CsvRecord {
  /** Physical line (1 = header) where the record starts. */
  line: number;
  fields: string[];
}

/** Counts newlines in the bytes seen so far, up to any offset not yet passed. */
class LineCounter {
  private readonly chunks: Buffer[] = [];
  private chunkStart = 0; // absolute offset of chunks[0]
  private pos = 0; // absolute offset counted up to
  private newlines = 0; // newlines in [0, pos)

  add(chunk: Buffer) {
    this.chunks.push(chunk);
  }

  /** 1-based line of the byte at `offset`. */
  lineAt(offset: number): number {
    while (this.pos < offset) {
      const chunk = this.chunks[0];
      if (!chunk) break;
      const from = this.pos - this.chunkStart;
      const to = Math.min(offset - this.chunkStart, chunk.length);
      let i = chunk.indexOf(10, from);
      while (i !== -1 && i < to) {
        this.newlines++;
        i = chunk.indexOf(10, i + 1);
      }
      this.pos = this.chunkStart + to;
      if (to === chunk.length) {
        this.chunks.shift();
        this.chunkStart += chunk.length;
      }
    }
    return this.newlines + 1;
  }
}

function countNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) {
    let i = f.indexOf('\n');
    while (i !== -1) {
      n++;
      i = f.indexOf('\n', i + 1);
    }
  }
  return n;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Yields every non-empty record of `file`, the header included (line 1 unless blank lines precede it).
 * Throws CsvSyntaxError with the line for a file csv-parse cannot read (an unclosed quote …).
 */
export async function* readCsv(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord> {
  const counter = new LineCounter();
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.add(chunk);
      bytes += chunk.length;
      onBytes?.(bytes);
      done(null, chunk);
    },
  });
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: false,
  });
  const source = fs.createReadStream(file);
  source.on('error', (e) => parser.destroy(e));
  source.pipe(tap).pipe(parser);
  let nextLine = 1; // where the next record starts at the earliest
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      const end = item.info.bytes;
      const endLine = counter.lineAt(end - 1);
      nextLine = endLine + 1;
      yield { line: endLine - countNewlines(item.record), fields: item.record };
    }
  } catch (error) {
    const e = error as CsvError;
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
      throw new CsvSyntaxError(nextLine, csvMessage(e));
    }
    throw error;
  } finally {
    source.destroy();
  }
}

function csvMessage(e: CsvError): string {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'unexpected text after a closing quote';
    default:
      return e.message;
  }
}
