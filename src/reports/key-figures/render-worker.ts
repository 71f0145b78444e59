/** The worker thread of the render pool (render-pool.ts): renders one report per message. */
import { parentPort } from 'node:worker_threads';
import type { KeyFiguresReport } from './model';
import { type Format, type ReportLanguage, renderKeyFigures } from './render';

type Message = { id: number; report: KeyFiguresReport; format: Format; language: ReportLanguage };

parentPort?.on('message', async (job: Message) => {
  try {
    const file = await renderKeyFigures(job.report, job.format, job.language);
    // The file's bytes move to the main thread without a copy.
    const body = new Uint8Array(file.body.buffer, file.body.byteOffset, file.body.byteLength).slice();
    parentPort?.postMessage({ id: job.id, ok: true, file: { ...file, body } }, [body.buffer]);
  } catch (error) {
    parentPort?.postMessage({
      id: job.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
