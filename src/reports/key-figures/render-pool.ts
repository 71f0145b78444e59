/**
 * Rendering off the request thread (issue #22 item 2): a PDF or spreadsheet of every employer at
 * 100 000 members takes seconds of CPU, during which the event loop would answer nobody. The
 * renders run in worker threads, at most RENDER_WORKERS at once (the rest queue), so the API
 * stays responsive and one user's download cannot take every core.
 *
 * The worker's entry is found beside this file: render-worker.js in a compiled build, else
 * render-worker-source.mjs, which runs render-worker.ts through tsx (development and tests).
 * A build must copy nothing extra: it compiles render-worker.ts to render-worker.js.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerFile } from '../../platform/worker-file';
import type { KeyFiguresReport } from './model';
import { type Format, type Rendered, type ReportLanguage, renderKeyFigures } from './render';

/** Half the cores, at least one: the other half serves requests and the database. */
export const RENDER_WORKERS = Math.max(1, Math.floor(os.availableParallelism() / 2));
/** Formats cheap enough to render in place. */
const IN_PLACE: ReadonlySet<Format> = new Set(['json', 'csv']);
/** An idle worker is ended after this long (its memory goes back). */
const IDLE_MS = 30_000;

function spawnWorker(): Worker {
  return new Worker(workerFile('key-figures-render', new URL('./render-worker-source.mjs', import.meta.url)));
}

interface Job {
  report: KeyFiguresReport;
  format: Format;
  language: ReportLanguage;
  resolve: (r: Rendered) => void;
  reject: (e: Error) => void;
}

type Reply =
  | { id: number; ok: true; file: Omit<Rendered, 'body'> & { body: Uint8Array } }
  | { id: number; ok: false; message: string };

class RenderPool {
  private readonly idle: Worker[] = [];
  private busy = 0;
  private readonly queue: Job[] = [];
  private seq = 0;
  private readonly timers = new Map<Worker, NodeJS.Timeout>();

  run(report: KeyFiguresReport, format: Format, language: ReportLanguage): Promise<Rendered> {
    return new Promise((resolve, reject) => {
      this.queue.push({ report, format, language, resolve, reject });
      this.next();
    });
  }

  /** How many renders run and wait (for tests and diagnostics). */
  load() {
    return { running: this.busy, waiting: this.queue.length };
  }

  private next() {
    while (this.queue.length > 0 && this.busy < RENDER_WORKERS) {
      const job = this.queue.shift() as Job;
      const worker = this.idle.pop() ?? this.spawn();
      const timer = this.timers.get(worker);
      if (timer) clearTimeout(timer);
      this.busy++;
      this.dispatch(worker, job);
    }
  }

  private spawn(): Worker {
    const worker = spawnWorker();
    worker.unref();
    return worker;
  }

  private dispatch(worker: Worker, job: Job) {
    const id = ++this.seq;
    const done = (fault?: Error) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.busy--;
      if (fault) void worker.terminate();
      else this.park(worker);
      this.next();
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      if (reply.ok)
        job.resolve({
          ...reply.file,
          body: Buffer.from(reply.file.body.buffer, reply.file.body.byteOffset, reply.file.body.byteLength),
        });
      else job.reject(new Error(`rendering failed: ${reply.message}`));
      done();
    };
    const onError = (error: Error) => {
      job.reject(error);
      done(error);
    };
    const onExit = (code: number) => onError(new Error(`render worker exited with code ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, report: job.report, format: job.format, language: job.language });
  }

  private park(worker: Worker) {
    this.idle.push(worker);
    this.timers.set(
      worker,
      setTimeout(() => {
        const i = this.idle.indexOf(worker);
        if (i >= 0) this.idle.splice(i, 1);
        this.timers.delete(worker);
        void worker.terminate();
      }, IDLE_MS).unref(),
    );
  }
}

const pool = new RenderPool();

/** Renders the report in the worker pool (JSON and CSV, which cost little, in place). */
export function renderOffThread(
  report: KeyFiguresReport,
  format: Format,
  language: ReportLanguage = 'nb',
): Promise<Rendered> {
  if (IN_PLACE.has(format)) return renderKeyFigures(report, format, language);
  return pool.run(report, format, language);
}

export const renderPoolLoad = () => pool.load();
