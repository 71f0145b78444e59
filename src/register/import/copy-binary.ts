/**
 * PostgreSQL's binary COPY format (header, tuples of length-prefixed fields, trailer), for the
 * initial load (direct.ts): no text for the database to parse.
 */
import { daysFromCivil } from '../../domain/day-numbers';

/** Chunks handed to the connection. */
export const CHUNK_BYTES = 1 << 20;
const PG_EPOCH = daysFromCivil(2000, 1, 1);
/**
 * Room beyond a chunk: a chunk is handed over once it holds CHUNK_BYTES, so the tuple that crosses
 * that line must fit without the buffer being grown (and copied) first.
 */
const SLACK = 64 * 1024;

/**
 * Tuples in PostgreSQL's binary COPY format, written into a buffer that is handed over in chunks.
 * Numbers go through a DataView over it (one big-endian store each, which V8 compiles inline;
 * Buffer's own write methods check their arguments and cost more than the rows). Callers reserve
 * room for a whole tuple first with `room`.
 */
export class BinaryTuples {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES + SLACK);
  private view = viewOf(this.buf);
  private pos = 0;

  constructor() {
    // Signature, flags, header extension length.
    const header = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');
    header.copy(this.buf, 0);
    this.pos = header.length;
  }

  get size() {
    return this.pos;
  }

  /** Makes room for `n` more bytes. */
  room(n: number) {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
    this.view = viewOf(bigger);
  }

  /** The bytes written so far; the next ones go to a fresh buffer. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES + SLACK);
    this.view = viewOf(this.buf);
    this.pos = 0;
    return out;
  }

  /** A 32-bit word, big-endian (`v` is taken modulo 2^32, as two's complement). */
  private i32(v: number) {
    this.view.setInt32(this.pos, v);
    this.pos += 4;
  }

  /** Ends the COPY data. */
  trailer() {
    this.room(2);
    this.buf[this.pos++] = 0xff;
    this.buf[this.pos++] = 0xff;
  }

  tuple(fields: number) {
    this.i16(fields);
  }

  null() {
    this.i32(-1);
  }

  int4(v: number) {
    const p = this.pos;
    this.view.setInt32(p, 4);
    this.view.setInt32(p + 4, v);
    this.pos = p + 8;
  }

  /** A bigint; øre amounts are safe integers, split into two 32-bit halves. */
  int8(v: number | null) {
    if (v === null) return this.null();
    this.i32(8);
    this.i32(Math.floor(v / 4_294_967_296));
    this.i32(v >>> 0);
  }

  /** Text; room for `maxBytes(s)` must be reserved. ASCII (nearly every value) is copied by hand. */
  text(s: string) {
    const n = s.length;
    const b = this.buf;
    const start = this.pos + 4;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        const bytes = b.write(s, start, 'utf8');
        this.i32(bytes);
        this.pos += bytes;
        return;
      }
      b[start + i] = c;
    }
    this.i32(n);
    this.pos += n;
  }

  /** Text or NULL; room for `maxBytes(s)` must be reserved. */
  textOrNull(s: string | null) {
    if (s === null) this.null();
    else this.text(s);
  }

  /** A date given as a day number (days since 1970-01-01); PostgreSQL counts from 2000-01-01. */
  date(days: number | null) {
    if (days === null) return this.null();
    this.int4(days - PG_EPOCH);
  }

  private i16(v: number) {
    this.view.setInt16(this.pos, v);
    this.pos += 2;
  }

  /**
   * A percentage in hundredths (0–10000) as a binary numeric with display scale 2, length included:
   * base-10000 digits (the whole part, then the hundredths as one digit after the point), weight, sign.
   */
  percent(hundredths: number | null) {
    if (hundredths === null) return this.null();
    const integer = Math.floor(hundredths / 100);
    const fraction = (hundredths % 100) * 100;
    const digits = (integer > 0 ? 1 : 0) + (fraction > 0 ? 1 : 0);
    this.i32(8 + 2 * digits);
    this.i16(digits);
    this.i16(digits === 0 ? 0 : integer > 0 ? 0 : -1);
    this.i16(0); // positive
    this.i16(2);
    if (integer > 0) this.i16(integer);
    if (fraction > 0) this.i16(fraction);
  }
}

/** Room a text field may take: its length word and up to three bytes per UTF-16 unit. */
export const maxBytes = (s: string) => 4 + 3 * s.length;

function viewOf(buf: Buffer): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.length);
}
