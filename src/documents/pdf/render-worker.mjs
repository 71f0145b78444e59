// A render worker thread: registers the TypeScript loader (as bin/kassa.js does), then renders
// the batches it is sent. Plain JavaScript so that it starts the same under tsx, vitest and node.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderJob } = await import('./render-job.ts');

parentPort.on('message', async ({ id, jobs }) => {
  const results = [];
  for (const job of jobs) {
    const r = await renderJob(job);
    // Own the whole ArrayBuffer, so that it can be transferred rather than copied.
    if (r.ok && (r.pdf.byteOffset !== 0 || r.pdf.buffer.byteLength !== r.pdf.byteLength))
      r.pdf = new Uint8Array(r.pdf);
    results.push(r);
  }
  parentPort.postMessage(
    { id, results },
    results.filter((r) => r.ok).map((r) => r.pdf.buffer),
  );
});
