/**
 * Streams the records of one legacy CSV file with the physical line each one starts on.
 * csv-parse does the parsing (BOM, quotes, CRLF). Lines are counted here: every record, blank
 * ones included, takes one line plus the line breaks inside its quoted fields. (csv-parse's own
 * line counter counts a CRLF inside a quoted field twice, and its per-record info costs more
 * than the parsing.)
 */
import fs from 'node:fs';
import { type CsvError, parse } from 'csv-parse';

export interface CsvRecord {
  /** Physical line (1 = header) where the record starts. */
  line: number;
  fields: string[];
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

/** A blank line comes out as one empty (or whitespace) field. */
const isBlank = (fields: string[]) => fields.length === 1 && (fields[0] ?? '').trim() === '';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Yields the non-blank records of `file` in batches (one per chunk read), the header included.
 * Throws CsvSyntaxError with the line for a file csv-parse cannot read (an unclosed quote …).
 * Batches rather than one record at a time: per-record async iteration costs more than parsing.
 */
export async function* readCsv(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  let pending: string[][] = [];
  let failure: unknown;
  const parser = parse({ bom: true, relax_column_count: true });
  parser.on('data', (r: string[]) => pending.push(r));
  parser.on('error', (e) => {
    failure ??= e;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('close', resolve);
  });
  let nextLine = 1; // where the next record starts
  const take = (): CsvRecord[] => {
    const batch: CsvRecord[] = [];
    for (const fields of pending) {
      const line = nextLine;
      nextLine += 1 + countNewlines(fields);
      if (!isBlank(fields)) batch.push({ line, fields });
    }
    pending = [];
    return batch;
  };
  const syntaxError = () => {
    const e = failure as CsvError;
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
      take();
      return new CsvSyntaxError(nextLine, csvMessage(e));
    }
    return e;
  };

  // Small chunks on purpose: between two chunks the event loop flushes the staging COPY to the
  // database socket; with large ones the parser starves it and the database sits idle.
  const source = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  let bytes = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      onBytes?.(bytes);
      parser.write(chunk);
      if (failure !== undefined) throw syntaxError();
      if (pending.length > 0) yield take();
    }
    parser.end();
    await ended;
    if (failure !== undefined) throw syntaxError();
    if (pending.length > 0) yield take();
  } finally {
    source.destroy();
    parser.destroy();
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
