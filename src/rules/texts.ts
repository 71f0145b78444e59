/**
 * Memoised reason texts. Every answer carries its reasons in words, so recomputing a whole fund
 * would format the same few thousand sentences millions of times; a template instead keeps the
 * texts it has made, keyed by the integers in them. Bounded: a full memo starts over.
 */
const LIMIT = 8192;

export class TextMemo {
  private readonly texts = new Map<number, string>();

  get(key: number): string | undefined {
    return this.texts.get(key);
  }

  /** Keeps `text` under `key` and returns it. */
  set(key: number, text: string): string {
    if (this.texts.size >= LIMIT) this.texts.clear();
    this.texts.set(key, text);
    return text;
  }
}
