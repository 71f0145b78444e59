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
  /** By index: the slot holding it, for `value`. */
  private where = new Int32Array(1024);
  size = 0;

  /** The index of the number whose first 5 and last 6 digits are `high` and `low`, or -1. */
  find(high: number, low: number): number {
    const slots = this.slots;
    for (let s = hash(high, low) & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * SLOT;
      const i = (slots[at + 2] as number) - 1;
      if (i < 0) return -1;
      if (slots[at] === high && slots[at + 1] === low) return i;
    }
  }

  /** Adds a number not in the table; returns its index. */
  add(high: number, low: number): number {
    const i = this.size++;
    if (i >= this.where.length) {
      const bigger = new Int32Array(this.where.length * 2);
      bigger.set(this.where);
      this.where = bigger;
    }
    if (this.size * 2 > this.mask + 1) this.rehash();
    this.place(high, low, i);
    return i;
  }

  /** The number at `index`, as an integer (exact: below 2^53). */
  value(index: number): number {
    const at = (this.where[index] as number) * SLOT;
    return (this.slots[at] as number) * SPLIT + (this.slots[at + 1] as number);
  }

  private place(high: number, low: number, i: number) {
    let s = hash(high, low) & this.mask;
    while (this.slots[s * SLOT + 2] !== 0) s = (s + 1) & this.mask;
    const at = s * SLOT;
    this.slots[at] = high;
    this.slots[at + 1] = low;
    this.slots[at + 2] = i + 1;
    this.where[i] = s;
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

/** The first 5 and last 6 digits of an 11-digit text, or undefined if it is not 11 ASCII digits. */
export function nationalIdParts(text: string): [high: number, low: number] | undefined {
  if (text.length !== 11) return undefined;
  let high = 0;
  let low = 0;
  for (let i = 0; i < 11; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    if (i < 5) high = high * 10 + d;
    else low = low * 10 + d;
  }
  return [high, low];
}

function hash(high: number, low: number): number {
  const h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
