/**
 * Reads the records of one legacy CSV file (RFC 4180: `,` separators, `"` quotes with `""` inside,
 * LF or CRLF line ends, an optional UTF-8 BOM) with the physical line each record starts on.
 *
 * Hand-written because the import reads millions of rows: a record without quotes (nearly all of
 * them) is split by one pass over its bytes, and its fields are cut straight out of the buffer.
 * A record with a quote goes through the full state machine, which also counts the line breaks
 * inside quoted fields, so that `line` stays the physical line a user opens the file at.
 */
import fs from 'node:fs/promises';

export class CsvSyntaxError extends Error {
  constructor(
    /** Physical line (1 = header) where the unreadable record starts. */
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Called for each non-blank record. `fields` is reused for the next record: keep the strings, not
 * the array. `count` is the number of fields (the array may be longer).
 */
export type OnRecord = (line: number, fields: string[], count: number) => void;

export interface ScanOptions {
  /** After each chunk: the bytes read so far. A returned promise is awaited before reading on. */
  onChunk?: (bytesRead: number) => Promise<void> | undefined;
  /** Bytes per read. */
  chunkSize?: number;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Node's Buffer has this (Buffer#toString calls it) without the encoding lookup; @types/node omits it. */
type Slicing = Buffer & { latin1Slice(start: number, end: number): string };

/** Where a record parse ended: the next record's offset, or -1 when the buffer ends inside the record. */
type Parsed = number;

class Scanner {
  readonly fields: string[] = [];
  count = 0;
  /** Line breaks inside quoted fields of the record just parsed. */
  innerBreaks = 0;
  /** Set when the record is malformed; the message for the report. */
  error: string | undefined;

  /** Parses one record starting at `start`; `final` says the buffer holds the end of the file. */
  record(buf: Buffer, start: number, end: number, final: boolean): Parsed {
    this.count = 0;
    this.innerBreaks = 0;
    this.error = undefined;
    let fieldStart = start;
    let ascii = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      if (c === COMMA) {
        this.push(buf, fieldStart, i, ascii);
        fieldStart = i + 1;
        ascii = 0;
      } else if (c === LF) {
        const stop = i > fieldStart && buf[i - 1] === CR ? i - 1 : i;
        this.push(buf, fieldStart, stop, ascii);
        return i + 1;
      } else if (c === QUOTE) {
        return this.quoted(buf, start, end, final);
      } else {
        ascii |= c;
      }
    }
    if (!final) return -1;
    const stop = end > fieldStart && buf[end - 1] === CR ? end - 1 : end;
    this.push(buf, fieldStart, stop, ascii);
    return end;
  }

  private push(buf: Buffer, from: number, to: number, ascii: number) {
    // Pure ASCII (identifiers, dates, amounts) is cut as latin1, the cheapest string V8 makes.
    this.fields[this.count++] =
      ascii < 0x80 ? (buf as Slicing).latin1Slice(from, to) : buf.toString('utf8', from, to);
  }

  /** The full state machine for a record with a quote somewhere, from its start. */
  private quoted(buf: Buffer, start: number, end: number, final: boolean): Parsed {
    this.count = 0;
    let i = start;
    for (;;) {
      // At the start of a field.
      if (i < end && buf[i] === QUOTE) {
        const parts: Buffer[] = [];
        let from = i + 1;
        i++;
        for (;;) {
          if (i >= end) {
            if (!final) return -1;
            this.error = 'a quoted field is never closed';
            return end;
          }
          const c = buf[i];
          if (c === QUOTE) {
            if (i + 1 >= end && !final) return -1;
            if (buf[i + 1] === QUOTE) {
              parts.push(buf.subarray(from, i + 1)); // keep one quote of the pair
              i += 2;
              from = i;
              continue;
            }
            parts.push(buf.subarray(from, i));
            i++;
            break;
          }
          if (c === LF) this.innerBreaks++;
          i++;
        }
        this.fields[this.count++] = Buffer.concat(parts).toString('utf8');
        // After the closing quote: a separator, the end of the record, or nothing else.
        if (i >= end) {
          if (!final) return -1;
          return end;
        }
        const c = buf[i];
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === LF) return i + 1;
        if (c === CR) {
          if (i + 1 >= end) return final ? end : -1;
          if (buf[i + 1] === LF) return i + 2;
        }
        this.error = 'unexpected text after a closing quote';
        return this.skipLine(buf, i, end, final);
      }
      // An unquoted field: up to the next separator or line end; a quote inside it is an error.
      const from = i;
      while (i < end) {
        const c = buf[i];
        if (c === COMMA || c === LF) break;
        if (c === QUOTE) {
          this.error = 'a quote inside an unquoted field (quote the whole field and double the quote)';
          return this.skipLine(buf, i, end, final);
        }
        i++;
      }
      if (i >= end) {
        if (!final) return -1;
        this.fields[this.count++] = trimCr(buf, from, end);
        return end;
      }
      this.fields[this.count++] = trimCr(buf, from, i);
      if (buf[i] === LF) return i + 1;
      i++; // the comma
    }
  }

  private skipLine(buf: Buffer, i: number, end: number, final: boolean): Parsed {
    const lf = buf.indexOf(LF, i);
    if (lf === -1 || lf >= end) return final ? end : -1;
    return lf + 1;
  }
}

function trimCr(buf: Buffer, from: number, to: number): string {
  return buf.toString('utf8', from, to > from && buf[to - 1] === CR ? to - 1 : to);
}

/** A blank line comes out as one empty (or whitespace) field. */
function isBlank(fields: string[], count: number): boolean {
  return count === 1 && (fields[0] ?? '').trim() === '';
}

/**
 * Reads `file` and calls `onRecord` for every non-blank record, the header included.
 * Throws CsvSyntaxError (with the record's line) for a record that cannot be read, after the
 * records before it were delivered.
 */
export async function scanCsv(file: string, onRecord: OnRecord, options: ScanOptions = {}): Promise<void> {
  const chunkSize = options.chunkSize ?? 1024 * 1024;
  const handle = await fs.open(file, 'r');
  const scanner = new Scanner();
  try {
    let carry: Buffer | undefined;
    let line = 1;
    let bytesRead = 0;
    let first = true;
    for (;;) {
      // A record longer than a chunk is read again from its start with the next chunk; reading at
      // least as much as is carried keeps that linear even for a quote left open to the end.
      const size = Math.max(chunkSize, carry?.length ?? 0);
      const fresh = Buffer.allocUnsafe(size);
      const { bytesRead: n } = await handle.read(fresh, 0, size, null);
      bytesRead += n;
      const final = n === 0;
      const buf = carry ? Buffer.concat([carry, fresh.subarray(0, n)]) : fresh.subarray(0, n);
      carry = undefined;
      let pos = 0;
      if (first) {
        if (buf.length < 3 && !final) {
          carry = buf;
          continue;
        }
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      }
      const end = buf.length;
      while (pos < end) {
        const next = scanner.record(buf, pos, end, final);
        if (next === -1) break;
        if (scanner.error !== undefined) throw new CsvSyntaxError(line, scanner.error);
        if (!isBlank(scanner.fields, scanner.count)) onRecord(line, scanner.fields, scanner.count);
        line += 1 + scanner.innerBreaks;
        pos = next;
      }
      if (final) return;
      if (pos < end) carry = buf.subarray(pos);
      const waiting = options.onChunk?.(bytesRead);
      if (waiting) await waiting;
    }
  } finally {
    await handle.close();
  }
}
