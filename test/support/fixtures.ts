/** Copies of test fixture folders, edited: for imports of files that differ in one place. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

/**
 * Copies the folder `from` into a new temporary folder and replaces text in its files
 * (`{ 'employments.csv': [[old, new]] }`); each old text must be there, so an edit of a fixture
 * cannot silently stop testing anything. The caller removes the folder.
 */
export function editedCopy(from: string, edits: Record<string, [string, string][]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-fixture-'));
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  for (const [file, replacements] of Object.entries(edits)) {
    let text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [old, replacement] of replacements) {
      expect(text).toContain(old);
      text = text.replace(old, replacement);
    }
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
