/**
 * The validator's index of national identity numbers: 11 digits → 0, 1, 2, … in the order met.
 * A number is kept as two small integers (its first 5 and last 6 digits) in an open-addressing
 * table of one typed array, each slot holding both halves and the index side by side, so a lookup
 * hashes no string, allocates nothing and touches one cache line: a million persons are looked up
 * several million times in one import.
 */
const SPLIT = 1_000_000;
/** Int32 words per slot: high, low, index + 1 (0: empty), padding. */
const SLOT = 4;

export class NationalIdTable {
  /** Kept at most half full. */
  private slots = new Int32Array(2048 * SLOT);
  private mask = 2048 - 1;
  // By index: the halves again, for `value` and for `find`'s hint (read in order, cache-friendly).
  private high = new Int32Array(1024);
  private low = new Int32Array(1024);
  size = 0;

  /**
   * The index of the number whose first 5 and last 6 digits are `high` and `low`, or -1. `hint` and
   * the index after it are tried first: rows of one person follow each other, and the files list
   * persons in the same order, so the answer is usually the last one or the next.
   */
  find(high: number, low: number, hint = -1): number {
    if (hint >= 0) {
      if (hint < this.size && this.high[hint] === high && this.low[hint] === low) return hint;
      const next = hint + 1;
      if (next < this.size && this.high[next] === high && this.low[next] === low) return next;
    }
    const slots = this.slots;
    for (let s = hash(high, low) & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * SLOT;
      const i = (slots[at + 2] as number) - 1;
      if (i < 0) return -1;
      if (slots[at] === high && slots[at + 1] === low) return i;
    }
  }

  /** The index of an 11-digit text, or -1 (also for a text that is not 11 ASCII digits). */
  findText(text: string): number {
    const high = textDigits(text, 0, 5);
    const low = textDigits(text, 5, 11);
    return text.length !== 11 || high < 0 || low < 0 ? -1 : this.find(high, low);
  }

  /** Adds an 11-digit text not in the table; returns its index. */
  addText(text: string): number {
    const high = textDigits(text, 0, 5);
    const low = textDigits(text, 5, 11);
    if (text.length !== 11 || high < 0 || low < 0) throw new RangeError('not 11 digits');
    return this.add(high, low);
  }

  /** Adds a number not in the table; returns its index. */
  add(high: number, low: number): number {
    const i = this.size++;
    if (i >= this.high.length) {
      this.high = grow(this.high);
      this.low = grow(this.low);
    }
    this.high[i] = high;
    this.low[i] = low;
    if (this.size * 2 > this.mask + 1) this.rehash();
    this.place(high, low, i);
    return i;
  }

  /** The number at `index`, as an integer (exact: below 2^53). */
  value(index: number): number {
    return (this.high[index] as number) * SPLIT + (this.low[index] as number);
  }

  private place(high: number, low: number, i: number) {
    let s = hash(high, low) & this.mask;
    while (this.slots[s * SLOT + 2] !== 0) s = (s + 1) & this.mask;
    const at = s * SLOT;
    this.slots[at] = high;
    this.slots[at + 1] = low;
    this.slots[at + 2] = i + 1;
  }

  private rehash() {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / SLOT - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      const i = (old[at + 2] as number) - 1;
      if (i >= 0) this.place(old[at] as number, old[at + 1] as number, i);
    }
  }
}

/** The value of the ASCII digits `text[from..to)`, or -1 if one is not a digit (or missing). */
function textDigits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

function hash(high: number, low: number): number {
  const h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
