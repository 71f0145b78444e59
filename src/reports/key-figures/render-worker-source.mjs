// The render worker run from source (development and tests): tsx compiles the TypeScript entry.
// A compiled build has render-worker.js beside render-pool.js and does not use this file.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
