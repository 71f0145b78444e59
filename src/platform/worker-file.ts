/**
 * Where a worker thread's code is. Run from the compiled build (dist/<fingerprint>/run.js), each
 * worker is an entry of that build (`workers/<name>.js`, scripts/build.mjs); run from the sources
 * (development, tests), a small .mjs file registers tsx and imports the TypeScript worker. A bundled
 * module cannot find its worker beside itself: the bundle moved it into a shared chunk.
 */
let buildDir: URL | undefined;

/** Called once by the build's entry point with its own folder. */
export function runningFromBuild(dir: URL): void {
  buildDir = dir;
}

export function workerFile(name: string, fromSource: URL): URL {
  return buildDir ? new URL(`workers/${name}.js`, buildDir) : fromSource;
}
