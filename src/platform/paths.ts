/**
 * Where Kassa's own files are. The same code runs from the sources (src/…) and from the compiled
 * build (dist/<fingerprint>/…), so paths are found from the package root, not from this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Kassa package root above ${from}`);
  }
}

/** The folder holding package.json, src/ and web/. */
export const PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
/** The sources; migrations are read from here (SQL files are not bundled). */
export const SRC_DIR = path.join(PACKAGE_ROOT, 'src');
/** The built web UI. */
export const WEB_DIST = path.join(PACKAGE_ROOT, 'web', 'dist');
