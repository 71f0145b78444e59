/**
 * The UI's strings are all in the message catalogues (issue #6): English has every key that
 * bokmål has, and every fixed key the code asks for exists in bokmål.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, nb } from './catalogues';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** Plural forms are stored as key_one / key_other and asked for as key. */
const asked = (k: string) => k.replace(/_(one|other)$/, '');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('message catalogues', () => {
  it('English has exactly the keys of Norwegian bokmål', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('every fixed message key used in the code exists in bokmål', () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const known = new Set(keys(nb).map(asked));
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/label: '([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
