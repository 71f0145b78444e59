#!/usr/bin/env node
// Compiles the server and the `kassa` command to JavaScript (esbuild: one ESM bundle of our sources,
// split at every dynamic import so a command loads only its own modules; npm packages are bundled
// with them, but for BUNDLE_EXTERNAL, which load from node_modules). Output: dist/<source fingerprint>/run.js. Run by `npm install`
// (the `prepare` script) and by bin/kassa.js when the sources changed since the last build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceFingerprint, statFingerprint } from './source-fingerprint.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Builds kept besides the newest: a running `kassa serve` may still load chunks of its own. */
const KEEP = 4;
const KEEP_YOUNGER_THAN_MS = 60 * 60 * 1000;

const BUNDLE_EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'pdfkit',
  'pdfmake',
  'pdfmake/*',
  'exceljs',
  'echarts',
  'echarts/*',
  '@fastify/swagger-ui',
  'pino',
  'pg-native',
  'esbuild',
  'tsx',
  'tsx/*',
];

/** Builds dist/<fingerprint>/ unless it is there; returns its entry file. Safe to run concurrently. */
export async function build(root = ROOT, fingerprint = sourceFingerprint(root)) {
  const dist = path.join(root, 'dist');
  const target = path.join(dist, fingerprint);
  const entry = path.join(target, 'run.js');
  if (fs.existsSync(entry)) return entry;
  const esbuild = await import('esbuild');
  fs.mkdirSync(dist, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(dist, '.tmp-'));
  fs.chmodSync(tmp, 0o755); // mkdtemp makes it private; a service user must read the build
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: {
        run: 'src/cli/run.ts',
        summaries: 'src/cli/summaries.ts',
        // Worker threads' code (platform/worker-file.ts): a bundled module cannot find one beside itself.
        'workers/letters-render': 'src/documents/pdf/render-worker.ts',
        'workers/key-figures-render': 'src/reports/key-figures/render-worker.ts',
      },
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // npm packages are bundled too: resolving and reading ~1 000 package files was most of a
      // `kassa serve` start. Left out: packages that find their own files at run time (wasm, fonts,
      // static assets, worker scripts) or are only optional, and the build/dev tools.
      external: BUNDLE_EXTERNAL,
      // Bundled CommonJS calls require() for Node's built-ins; ESM has none of its own.
      banner: {
        js: "import { createRequire as __kassaRequire } from 'node:module'; const require = __kassaRequire(import.meta.url);",
      },
      keepNames: true,
      sourcemap: 'linked',
      chunkNames: 'chunks/[name]-[hash]',
      logLevel: 'warning',
    });
    // What `kassa --help` lists, so that it need not load every command's modules to list them.
    const { commandSummaries } = await import(pathToFileURL(path.join(tmp, 'summaries.js')).href);
    fs.writeFileSync(
      path.join(tmp, 'commands.json'),
      `${JSON.stringify(await commandSummaries(), null, 1)}\n`,
    );
    try {
      fs.renameSync(tmp, target);
    } catch (error) {
      // Another process finished the same build first: use theirs.
      if (!fs.existsSync(entry)) throw error;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  prune(dist, fingerprint);
  return entry;
}

/** Removes old builds: all but the newest few, and never one made in the last hour. */
function prune(dist, current) {
  const now = Date.now();
  const builds = fs
    .readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name) && e.name !== current)
    .map((e) => ({ dir: path.join(dist, e.name), mtime: fs.statSync(path.join(dist, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const [i, b] of builds.entries()) {
    if (i >= KEEP && now - b.mtime > KEEP_YOUNGER_THAN_MS) fs.rmSync(b.dir, { recursive: true, force: true });
  }
}

/** Records which build matches the sources as they are now (by file sizes and times). */
export function recordLatest(root, fingerprint, stats = statFingerprint(root)) {
  const file = path.join(root, 'dist', 'latest.json');
  const tmp = `${file}.${process.pid}`;
  fs.writeFileSync(tmp, `${JSON.stringify({ fingerprint, stats })}\n`);
  fs.renameSync(tmp, file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const fingerprint = sourceFingerprint(ROOT);
  const entry = await build(ROOT, fingerprint);
  recordLatest(ROOT, fingerprint);
  process.stdout.write(
    `kassa: built ${path.relative(ROOT, entry)} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
  );
}
