/** One letter from order data to PDF bytes and checksum: what a render worker does per job. */
import { createHash } from 'node:crypto';
import { type ComposeInput, composeLetter } from '../compose/compose-letter';
import { renderPdf } from './render-pdf';

export interface RenderJob {
  key: string;
  input: ComposeInput;
  /** ISO timestamp written into the PDF (the letter's date of rendering). */
  createdAt: string;
}

export type RenderResult =
  | {
      key: string;
      ok: true;
      pdf: Uint8Array;
      pages: number;
      checksum: string;
      title: string;
      recipientName: string;
    }
  | { key: string; ok: false; error: string };

export async function renderJob(job: RenderJob): Promise<RenderResult> {
  try {
    const content = composeLetter(job.input);
    const { pdf, pages } = await renderPdf(content, new Date(job.createdAt));
    return {
      key: job.key,
      ok: true,
      pdf,
      pages,
      checksum: createHash('sha256').update(pdf).digest('hex'),
      title: content.title,
      recipientName: content.recipient.name,
    };
  } catch (error) {
    return { key: job.key, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
