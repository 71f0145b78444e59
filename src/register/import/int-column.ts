/**
 * A growable column of 32-bit integers. Millions of entries (one per person, membership or
 * employment row) live outside
 * the JavaScript heap in a typed array, so growing them copies raw memory and gives the young
 * generation's garbage collector nothing to scan or move.
 */
export class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** Sets the value at `i`, which must be below `length`. */
  set(i: number, value: number) {
    this.data[i] = value;
  }

  /** The value at `i` (0 beyond the end). */
  at(i: number): number {
    return i < this.length ? (this.data[i] as number) : 0;
  }
}
