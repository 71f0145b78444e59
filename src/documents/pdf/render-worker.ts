/** The worker thread of the letters' render pool (render-pool.ts): renders the batches it is sent. */
import { parentPort } from 'node:worker_threads';
import { type RenderJob, type RenderResult, renderJob } from './render-job';

parentPort?.on('message', async ({ id, jobs }: { id: number; jobs: RenderJob[] }) => {
  const results: RenderResult[] = [];
  for (const job of jobs) {
    const r = await renderJob(job);
    // Own the whole ArrayBuffer, so that it can be transferred rather than copied.
    if (r.ok && (r.pdf.byteOffset !== 0 || r.pdf.buffer.byteLength !== r.pdf.byteLength))
      r.pdf = new Uint8Array(r.pdf);
    results.push(r);
  }
  parentPort?.postMessage(
    { id, results },
    results.flatMap((r) => (r.ok ? [r.pdf.buffer as ArrayBuffer] : [])),
  );
});
