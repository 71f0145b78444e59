/** Story: every note of the key figures is shown in the user's language (issue #23, item 5). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, nb } from '../../i18n/catalogues';
import { KNOWN_NOTES } from './notes';

const compute = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../src/reports/key-figures/compute.ts',
);

describe('key-figures notes', () => {
  it("are the server's notes, in the server's order", () => {
    const src = fs.readFileSync(compute, 'utf8');
    const block = src.slice(
      src.indexOf('const NOTES = ['),
      src.indexOf('];', src.indexOf('const NOTES = [')),
    );
    const serverNotes = [...block.matchAll(/^\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)].map((m) => m[1]);
    expect(serverNotes).toEqual([...KNOWN_NOTES]);
  });
  it('each has a bokmål and an English text', () => {
    const texts = (c: Record<string, unknown>) =>
      (c.reports as { noteTexts: Record<string, string> }).noteTexts;
    expect(Object.keys(texts(nb))).toHaveLength(KNOWN_NOTES.length);
    expect(Object.keys(texts(en))).toHaveLength(KNOWN_NOTES.length);
    expect(texts(nb).n0).toMatch(/medlemskap/);
  });
});
