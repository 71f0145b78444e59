// The render worker run from source (development and tests): tsx compiles the TypeScript worker.
// A compiled build runs workers/letters-render.js instead (platform/worker-file.ts).
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
