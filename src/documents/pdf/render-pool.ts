/**
 * Renders letters on worker threads (one per core by default), so a batch uses both cores and a
 * preview never blocks the request thread. Jobs go out in small batches; results come back in order.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerFile } from '../../platform/worker-file';
import type { RenderJob, RenderResult } from './render-job';

const CHUNK = 16;

export class RenderPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private seq = 0;
  private readonly pending = new Map<
    number,
    { resolve: (r: RenderResult[]) => void; reject: (e: Error) => void }
  >();

  constructor(readonly size = Math.max(1, Math.min(os.availableParallelism(), 8))) {}

  private start(): Worker {
    const w = new Worker(workerFile('letters-render', new URL('./render-worker.mjs', import.meta.url)));
    w.on('message', ({ id, results }: { id: number; results: RenderResult[] }) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      // An idle worker must not keep the process alive; a busy one must (nothing else may be waiting).
      w.unref();
      this.release(w);
      // Transferred ArrayBuffers arrive as Uint8Array views; make them Buffers for pg and PGlite.
      p?.resolve(
        results.map((r) =>
          r.ok ? { ...r, pdf: Buffer.from(r.pdf.buffer, r.pdf.byteOffset, r.pdf.byteLength) } : r,
        ),
      );
    });
    w.on('error', (e: Error) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    w.unref();
    this.workers.push(w);
    return w;
  }

  private release(w: Worker) {
    const next = this.waiting.shift();
    this.idle.push(w);
    next?.();
  }

  private async acquire(): Promise<Worker> {
    for (;;) {
      const w = this.idle.pop();
      if (w) return w;
      if (this.workers.length < this.size) return this.start();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private async run(jobs: RenderJob[]): Promise<RenderResult[]> {
    const w = await this.acquire();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, jobs });
    });
  }

  /** Renders all jobs, spread over the workers; the results in the jobs' order. */
  async render(jobs: RenderJob[]): Promise<RenderResult[]> {
    const parts: Promise<RenderResult[]>[] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) parts.push(this.run(jobs.slice(i, i + CHUNK)));
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.idle.length = 0;
  }
}

let shared: RenderPool | undefined;
/** One pool per process for previews and batches (its threads do not keep the process alive). */
export function sharedRenderPool(): RenderPool {
  shared ??= new RenderPool();
  return shared;
}
