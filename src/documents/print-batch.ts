/**
 * The daily print batch: the paper letters waiting for print, handed over as one ZIP of their
 * PDFs with a manifest. Idempotent: building the day's batch again returns the same batch (and
 * the ZIP is byte for byte the same); a letter is in at most one batch (one column per letter).
 * Letters that reach print after the day's batch was built go into the next day's.
 */
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import type { IsoDate } from '../domain/dates';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import type { DocumentDb } from './tables';

export interface PrintBatch {
  id: number;
  day: string;
  letters: number;
  manifestChecksum: string;
  created: boolean;
}

export interface ManifestEntry {
  seq: number;
  letterId: number;
  file: string;
  type: string;
  securityClass: number;
  pages: number;
  sha256: string;
  recipient: { name: string; address: string[] };
}

const fileOf = (seq: number, letterId: number) => `${String(seq).padStart(6, '0')}-${letterId}.pdf`;

async function manifestOf(db: DocumentDb, batchId: number): Promise<ManifestEntry[]> {
  const rows = await db
    .selectFrom('letter')
    .select(['id', 'type', 'security_class', 'pages', 'checksum', 'recipient_name', 'recipient_address'])
    .where('print_batch_id', '=', batchId)
    .orderBy('id')
    .execute();
  return rows.map((r, i) => ({
    seq: i + 1,
    letterId: r.id,
    file: fileOf(i + 1, r.id),
    type: r.type,
    securityClass: r.security_class,
    pages: r.pages,
    sha256: r.checksum,
    recipient: {
      name: r.recipient_name,
      address: (r.recipient_address ?? '')
        .split(/\n|,\s*/)
        .map((l) => l.trim())
        .filter(Boolean),
    },
  }));
}

const manifestJson = (batchId: number, day: string, entries: ManifestEntry[]) =>
  JSON.stringify({ batch: batchId, day, letters: entries }, null, 1);

/** Builds the day's batch, or returns it if built already; null when nothing waits for print. */
export async function buildPrintBatch(
  db: DocumentDb,
  day: IsoDate,
  by: Principal | string,
): Promise<PrintBatch | null> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('print_batch').selectAll().where('day', '=', day).executeTakeFirst();
    if (existing)
      return {
        id: existing.id,
        day: existing.day,
        letters: existing.letters,
        manifestChecksum: existing.manifest_checksum,
        created: false,
      };
    const waiting = await tx
      .selectFrom('letter')
      .select('id')
      .where('state', '=', 'print')
      .where('print_batch_id', 'is', null)
      .forUpdate()
      .execute();
    if (waiting.length === 0) return null;
    const batch = await tx
      .insertInto('print_batch')
      .values({
        day,
        letters: waiting.length,
        manifest_checksum: '',
        created_by: typeof by === 'string' ? by : by.username,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const now = new Date();
    await tx
      .updateTable('letter')
      .set((eb) => ({
        print_batch_id: batch.id,
        state: 'printed',
        sent_at: eb.fn.coalesce('sent_at', eb.val(now)),
      }))
      .where('state', '=', 'print')
      .where('print_batch_id', 'is', null)
      .execute();
    const entries = await manifestOf(tx, batch.id);
    const checksum = createHash('sha256')
      .update(manifestJson(batch.id, day, entries))
      .digest('hex');
    await tx
      .updateTable('print_batch')
      .set({ manifest_checksum: checksum, letters: entries.length })
      .where('id', '=', batch.id)
      .execute();
    for (let i = 0; i < entries.length; i += 5000)
      await tx
        .insertInto('letter_receipt')
        .values(
          entries.slice(i, i + 5000).map((e) => ({
            letter_id: e.letterId,
            kind: 'printed' as const,
            at: now,
            detail: `print batch ${day}`,
          })),
        )
        .execute();
    await writeAudit(tx, by, {
      action: 'print_batch.build',
      entity: 'print_batch',
      entityId: batch.id,
      details: { day, letters: entries.length },
    });
    return { id: batch.id, day, letters: entries.length, manifestChecksum: checksum, created: true };
  });
}

/**
 * Streams the batch as a ZIP (PDFs stored as they are, they are compressed already; manifest.json
 * last) into `out`, reading the PDFs in chunks: memory stays flat for a batch of any size.
 */
export async function writePrintBatchZip(db: DocumentDb, batchId: number, out: Writable): Promise<void> {
  const batch = await db
    .selectFrom('print_batch')
    .selectAll()
    .where('id', '=', batchId)
    .executeTakeFirstOrThrow();
  const entries = await manifestOf(db, batchId);
  const mtime = new Date(`${batch.day}T12:00:00Z`);
  let failed: Error | undefined;
  const done = new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, chunk, final) => {
      if (err) {
        failed = err;
        return reject(err);
      }
      out.write(chunk);
      if (final) resolve();
    });
    (async () => {
      for (let i = 0; i < entries.length; i += 200) {
        const part = entries.slice(i, i + 200);
        const pdfs = await db
          .selectFrom('letter')
          .select(['id', 'pdf'])
          .where(
            'id',
            'in',
            part.map((e) => e.letterId),
          )
          .execute();
        const byId = new Map(pdfs.map((p) => [p.id, p.pdf]));
        for (const e of part) {
          const f = new ZipPassThrough(e.file);
          f.mtime = mtime;
          zip.add(f);
          f.push(new Uint8Array(byId.get(e.letterId) ?? Buffer.alloc(0)), true);
        }
        if (!out.writableNeedDrain) continue;
        await new Promise((r) => out.once('drain', r));
      }
      const m = new ZipPassThrough('manifest.json');
      m.mtime = mtime;
      zip.add(m);
      m.push(new TextEncoder().encode(manifestJson(batchId, batch.day, entries)), true);
      zip.end();
    })().catch((e: Error) => {
      failed ??= e;
      reject(e);
    });
  });
  await done;
  if (failed) throw failed;
}

export async function listPrintBatches(db: DocumentDb, limit = 100) {
  return db.selectFrom('print_batch').selectAll().orderBy('day', 'desc').limit(limit).execute();
}
