/**
 * Reads the records of one legacy CSV file (RFC 4180: `,` separators, `"` quotes with `""` inside,
 * LF or CRLF line ends, an optional UTF-8 BOM) with the physical line each record starts on.
 *
 * Hand-written because the import reads millions of rows: a record without quotes (nearly all of
 * them) is split by one pass over its bytes into field offsets in the buffer, with no string made.
 * A record with a quote goes through the full state machine, which also counts the line breaks
 * inside quoted fields, so that `line` stays the physical line a user opens the file at.
 */
import { isUtf8 } from 'node:buffer';
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
 * One record, as byte ranges in `buf`: field `i` is `buf[starts[i]..ends[i])`, undecoded. Nothing is
 * cut into strings unless asked (`text`): most fields of a large import are digits the validator
 * reads straight from the bytes. The record, its arrays and `buf` are reused or released after the
 * callback: keep strings and numbers, not the record.
 */
export class CsvRecord {
  /** The bytes the fields point into: the chunk being read, or a decoded copy for a quoted record. */
  buf: Buffer = Buffer.alloc(0);
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The number of fields (the arrays may be longer). */
  count = 0;
  /**
   * The first field whose bytes are not valid UTF-8 or hold a NUL byte (PostgreSQL stores
   * neither), and which of the two; -1 when every field is good.
   */
  badField = -1;
  badReason: 'utf8' | 'nul' = 'utf8';

  /** Field `i` as a string (UTF-8). */
  text(i: number): string {
    return (this.buf as Slicing).utf8Slice(this.starts[i] ?? 0, this.ends[i] ?? 0);
  }

  /** The fields as strings (for tests and headers). */
  texts(): string[] {
    return Array.from({ length: this.count }, (_, i) => this.text(i));
  }
}

/** Called for each non-blank record (see CsvRecord for what may be kept). */
export type OnRecord = (line: number, record: CsvRecord) => void;

export interface ScanOptions {
  /** After each chunk: the bytes read so far. A returned promise is awaited before reading on. */
  onChunk?: (bytesRead: number) => Promise<void> | undefined;
  /** Bytes per read. */
  chunkSize?: number;
  /**
   * The file's character set: UTF-8 (the default; invalid bytes mark the record, see
   * CsvRecord.badField), or a legacy single-byte set that is converted to UTF-8 as it is read.
   */
  encoding?: CsvEncoding;
}

export const CSV_ENCODINGS = ['utf8', 'latin1', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Marks the record's first field that is not valid UTF-8 or holds a NUL byte. */
function markBadField(record: CsvRecord) {
  record.badField = -1;
  for (let i = 0; i < record.count; i++) {
    const bytes = record.buf.subarray(record.starts[i] ?? 0, record.ends[i] ?? 0);
    if (bytes.includes(0)) {
      record.badField = i;
      record.badReason = 'nul';
      return;
    }
    if (!isUtf8(bytes)) {
      record.badField = i;
      record.badReason = 'utf8';
      return;
    }
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Node's Buffer has this (Buffer#toString calls it) without the encoding lookup; @types/node omits it. */
type Slicing = Buffer & { utf8Slice(start: number, end: number): string };

/** Where a record parse ended: the next record's offset, or -1 when the buffer ends inside the record. */
type Parsed = number;

class Scanner {
  readonly record = new CsvRecord();
  /** Line breaks inside quoted fields of the record just parsed. */
  innerBreaks = 0;
  /** Set when the record is malformed; the message for the report. */
  error: string | undefined;

  /** Parses one record starting at `start`; `final` says the buffer holds the end of the file. */
  parse(buf: Buffer, start: number, end: number, final: boolean): Parsed {
    const r = this.record;
    const starts = r.starts;
    const ends = r.ends;
    r.buf = buf;
    this.innerBreaks = 0;
    this.error = undefined;
    let count = 0;
    let fieldStart = start;
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      // Digits, letters, '-', '.' and every byte of a multi-byte character lie above the comma,
      // the highest byte that matters here: one comparison passes most bytes.
      if (c > COMMA) continue;
      if (c === COMMA) {
        starts[count] = fieldStart;
        ends[count++] = i;
        fieldStart = i + 1;
      } else if (c === LF) {
        starts[count] = fieldStart;
        ends[count++] = i > fieldStart && buf[i - 1] === CR ? i - 1 : i;
        r.count = count;
        return i + 1;
      } else if (c === QUOTE) {
        return this.quoted(buf, start, end, final);
      }
    }
    if (!final) return -1;
    starts[count] = fieldStart;
    ends[count++] = end > fieldStart && buf[end - 1] === CR ? end - 1 : end;
    r.count = count;
    return end;
  }

  private push(from: number, to: number) {
    const r = this.record;
    r.starts[r.count] = from;
    r.ends[r.count++] = to;
  }

  /**
   * The full state machine for a record with a quote somewhere, from its start. The decoded fields
   * are copied into a buffer of their own, which the record then points into.
   */
  private quoted(buf: Buffer, start: number, end: number, final: boolean): Parsed {
    const fields: Buffer[] = [];
    const done = (next: Parsed): Parsed => {
      if (next !== -1 && this.error === undefined) this.decoded(fields);
      return next;
    };
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
        fields.push(Buffer.concat(parts));
        // After the closing quote: a separator, the end of the record, or nothing else.
        if (i >= end) {
          if (!final) return -1;
          return done(end);
        }
        const c = buf[i];
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === LF) return done(i + 1);
        if (c === CR) {
          if (i + 1 >= end) return final ? done(end) : -1;
          if (buf[i + 1] === LF) return done(i + 2);
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
        fields.push(trimCr(buf, from, end));
        return done(end);
      }
      fields.push(trimCr(buf, from, i));
      if (buf[i] === LF) return done(i + 1);
      i++; // the comma
    }
  }

  /** Points the record at a fresh buffer holding `fields` one after another. */
  private decoded(fields: Buffer[]) {
    const r = this.record;
    r.buf = Buffer.concat(fields);
    r.count = 0;
    let at = 0;
    for (const f of fields) {
      this.push(at, at + f.length);
      at += f.length;
    }
  }

  private skipLine(buf: Buffer, i: number, end: number, final: boolean): Parsed {
    const lf = buf.indexOf(LF, i);
    if (lf === -1 || lf >= end) return final ? end : -1;
    return lf + 1;
  }
}

function trimCr(buf: Buffer, from: number, to: number): Buffer {
  return buf.subarray(from, to > from && buf[to - 1] === CR ? to - 1 : to);
}

/** A blank line comes out as one empty (or whitespace) field. */
function isBlank(r: CsvRecord): boolean {
  return r.count === 1 && r.text(0).trim() === '';
}

/**
 * Reads `file` and calls `onRecord` for every non-blank record, the header included.
 * Throws CsvSyntaxError (with the record's line) for a record that cannot be read, after the
 * records before it were delivered.
 */
export async function scanCsv(file: string, onRecord: OnRecord, options: ScanOptions = {}): Promise<void> {
  const chunkSize = options.chunkSize ?? 1024 * 1024;
  let decoder =
    options.encoding && options.encoding !== 'utf8' ? new TextDecoder(options.encoding) : undefined;
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
      const carried = carry?.length ?? 0;
      const size = Math.max(chunkSize, carried);
      // The carried bytes (the start of a record) go in front and the file is read in behind them,
      // so only they are copied, not the whole chunk.
      const fresh = Buffer.allocUnsafe(carried + size);
      carry?.copy(fresh, 0);
      const { bytesRead: n } = await handle.read(fresh, carried, size, null);
      bytesRead += n;
      const final = n === 0;
      let buf = fresh.subarray(0, carried + n);
      // A UTF-8 byte order mark says what the file is, whatever --encoding says of the others.
      if (first && carried === 0 && fresh[0] === 0xef && fresh[1] === 0xbb && fresh[2] === 0xbf)
        decoder = undefined;
      if (decoder && n > 0) {
        // One byte is one character: each chunk converts on its own.
        const utf8 = Buffer.from(decoder.decode(fresh.subarray(carried, carried + n)), 'utf8');
        buf = carried > 0 ? Buffer.concat([fresh.subarray(0, carried), utf8]) : utf8;
      }
      // Checked once per chunk, natively; only a chunk with a bad byte (or one cut inside a
      // character at its end) is checked again record by record.
      const suspect = buf.includes(0) || !isUtf8(buf);
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
        const next = scanner.parse(buf, pos, end, final);
        if (next === -1) break;
        if (scanner.error !== undefined) throw new CsvSyntaxError(line, scanner.error);
        if (suspect) markBadField(scanner.record);
        else scanner.record.badField = -1;
        if (!isBlank(scanner.record)) onRecord(line, scanner.record);
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
