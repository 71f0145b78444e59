/**
 * Letter routes: a person's letters with receipts and their PDFs, preview before sending, a
 * handler's free letter, the member's own choice of paper, print batches, the undeliverable
 * queue, volumes, savings and forecast. Rendering runs on the render worker threads.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { composeLetter } from '../../documents/compose/compose-letter';
import { LANGUAGES } from '../../documents/compose/content';
import { LETTER_DATA } from '../../documents/compose/letter-data';
import { sharedRenderPool } from '../../documents/pdf/render-pool';
import { listPrintBatches, writePrintBatchZip } from '../../documents/print-batch';
import { letterPdf, personLetters, undeliverableQueue } from '../../documents/read-letters';
import { resendLetter } from '../../documents/resend-letter';
import { Costs, computeSavings, forecast, Plan } from '../../documents/savings';
import { documentDb, LETTER_TYPES } from '../../documents/tables';
import { letterVolumes, monthlyVolumes } from '../../documents/volumes';
import { writeFreeLetter } from '../../documents/write-free-letter';
import type { IsoDate } from '../../domain/dates';
import { writeAudit } from '../../platform/audit';
import { invalidInput, notFound } from '../../platform/errors';
import { letterRecipients } from '../../register/letter-recipients';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { ErrorResponse, Id, IdParams, protectedErrors } from '../schemas';

const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()) as IsoDate;

const Receipt = z.object({ kind: z.string(), at: z.string(), detail: z.string().nullable() });
const LetterView = z.object({
  id: z.number(),
  type: z.string(),
  title: z.string(),
  caseId: z.number().nullable(),
  securityClass: z.number(),
  channel: z.enum(['digital', 'paper']).nullable(),
  state: z.string(),
  reason: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number(),
  renderedAt: z.string(),
  sentAt: z.string().nullable(),
  printBatchId: z.number().nullable(),
  checksum: z.string(),
  pages: z.number(),
  receipts: z.array(Receipt),
});
const QueueItem = z.object({
  id: z.number(),
  personId: z.number(),
  recipientName: z.string(),
  type: z.string(),
  title: z.string(),
  state: z.string(),
  channel: z.string().nullable(),
  reason: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number(),
  renderedAt: z.string(),
});
const Batch = z.object({
  id: z.number(),
  day: z.string(),
  letters: z.number(),
  manifestChecksum: z.string(),
  createdAt: z.string(),
});
const Year = z.object({ year: z.coerce.number().int().min(1000).max(9999) });
const ChannelCount = z.object({ digital: z.number(), paper: z.number() });
const VolumesAnswer = z.object({
  year: z.number(),
  byType: z.record(z.string(), ChannelCount),
  total: ChannelCount,
  monthly: z.array(z.object({ month: z.number(), type: z.string(), channel: z.string(), n: z.number() })),
});
const SavingsAnswer = z.object({
  rows: z.array(
    z.object({
      type: z.string(),
      letters: z.number(),
      postage: z.number(),
      internal: z.number(),
      total: z.number(),
    }),
  ),
  total: z.number(),
  runningCost: z.number(),
  net: z.number(),
});
const Preview = z.object({
  type: z.enum(LETTER_TYPES),
  personId: Id,
  caseId: Id.nullable().optional(),
  language: z.enum(LANGUAGES as ['nb', 'nn', 'en']).default('nb'),
  data: z.record(z.string(), z.unknown()),
});
const FreeLetter = z.object({
  personId: Id,
  caseId: Id.nullable().optional(),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  securityClass: z.number().int().min(1).max(4).default(2),
  idempotencyKey: z.string().min(1).max(100).optional(),
});

/** The schema part and the answer shared by the routes that answer with a letter's PDF. */
const pdfAnswer = {
  produces: ['application/pdf'],
  response: { 200: z.any().describe('the PDF'), ...protectedErrors },
};
const sendPdf = (reply: FastifyReply, pdf: Uint8Array, filename: string) =>
  reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${filename}"`)
    .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));

export async function letterRoutes(app: KassaApp, ctx: AppContext) {
  const db = documentDb(ctx.db);

  app.get('/api/persons/:id/letters', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description: "A person's letters, newest first, with channel, delivery state and receipts.",
      params: IdParams,
      response: { 200: z.array(LetterView), ...protectedErrors },
    },
    handler: async (req) => personLetters(db, principalOf(req), req.params.id),
  });

  app.get('/api/letters/:id/pdf', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description: 'The archived letter as sent (PDF/A-2b).',
      params: IdParams,
      ...pdfAnswer,
    },
    handler: async (req, reply) =>
      sendPdf(reply, (await letterPdf(db, principalOf(req), req.params.id)).pdf, `brev-${req.params.id}.pdf`),
  });

  app.post('/api/letters/preview', {
    config: { access: 'letter:send' },
    schema: {
      tags: ['letters'],
      description: 'Renders a letter as it would be sent, without storing or sending it.',
      body: Preview,
      ...pdfAnswer,
    },
    handler: async (req, reply) => {
      const b = req.body;
      const check = LETTER_DATA[b.type].safeParse(b.data);
      if (!check.success)
        throw invalidInput(
          check.error.issues.map((i) => ({ path: ['data', ...i.path].join('.'), message: i.message })),
        );
      const person = (await letterRecipients(ctx.db.kysely, [b.personId])).get(b.personId);
      if (!person) throw notFound('person');
      const input = {
        type: b.type,
        data: b.data,
        caseId: b.caseId ?? null,
        date: today(),
        language: b.language,
        recipient: { name: person.name, address: person.address },
      };
      composeLetter(input); // fail fast (400) before the worker
      const [r] = await sharedRenderPool().render([
        { key: 'preview', input, createdAt: new Date().toISOString() },
      ]);
      if (!r?.ok) throw invalidInput([{ path: 'data', message: r?.error ?? 'could not render' }]);
      return sendPdf(reply, r.pdf, 'forhandsvisning.pdf');
    },
  });

  app.post('/api/letters', {
    config: { access: 'letter:send' },
    schema: {
      tags: ['letters'],
      description:
        'A free letter written by a handler: archived at once, delivered by the next delivery round.',
      body: FreeLetter,
      response: {
        201: z.object({ orderId: z.number(), letterId: z.number().nullable() }),
        ...protectedErrors,
      },
    },
    handler: async (req, reply) => {
      const r = await writeFreeLetter(db, principalOf(req), req.body, today());
      return reply.code(201).send(r);
    },
  });

  app.put('/api/persons/:id/letter-preference', {
    config: { access: 'letter:send' },
    schema: {
      tags: ['letters'],
      description: "The member's own registered choice: paper (true) wins over the contact register.",
      params: IdParams,
      body: z.object({ paper: z.boolean() }),
      response: { 200: z.object({ personId: z.number(), paper: z.boolean() }), ...protectedErrors },
    },
    handler: async (req) => {
      const by = principalOf(req);
      await db.transaction().execute(async (tx) => {
        if ((await letterRecipients(tx, [req.params.id])).size === 0) throw notFound('person');
        await tx
          .insertInto('letter_preference')
          .values({ person_id: req.params.id, paper: req.body.paper, recorded_by: by.username })
          .onConflict((oc) =>
            oc.column('person_id').doUpdateSet({ paper: req.body.paper, recorded_by: by.username }),
          )
          .execute();
        await writeAudit(tx, by, {
          action: 'letter_preference.set',
          entity: 'person',
          entityId: req.params.id,
          details: req.body,
        });
      });
      return { personId: req.params.id, paper: req.body.paper };
    },
  });

  app.get('/api/letters/print-batches', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description: 'Daily print batches, newest first.',
      response: { 200: z.array(Batch), ...protectedErrors },
    },
    handler: async () =>
      (await listPrintBatches(db)).map((b) => ({
        id: b.id,
        day: b.day,
        letters: b.letters,
        manifestChecksum: b.manifest_checksum,
        createdAt: b.created_at.toISOString(),
      })),
  });

  app.get('/api/letters/print-batches/:id/zip', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description: 'The print batch as handed to the print provider: a ZIP of the PDFs and manifest.json.',
      params: IdParams,
      produces: ['application/zip'],
      response: { 200: z.any().describe('the ZIP'), ...protectedErrors },
    },
    handler: async (req, reply) => {
      const b = await db
        .selectFrom('print_batch')
        .select('day')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!b) throw notFound('print batch');
      const out = new PassThrough();
      writePrintBatchZip(db, req.params.id, out).then(
        () => out.end(),
        (e: Error) => out.destroy(e),
      );
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="utskrift-${b.day}.zip"`)
        .send(out);
    },
  });

  app.get('/api/letters/undeliverable', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description:
        'Letters that need a handler: paper without a postal address, digital letters being retried.',
      response: { 200: z.array(QueueItem), ...protectedErrors },
    },
    handler: async (req) => undeliverableQueue(db, principalOf(req)),
  });

  app.post('/api/letters/:id/resend', {
    config: { access: 'letter:send' },
    schema: {
      tags: ['letters'],
      description:
        'Resends an undeliverable letter once its address or channel is corrected: a new letter from the same order, delivered by the next round; the old one ends "resent". 409 if it is not undeliverable (also when resent already).',
      params: IdParams,
      body: z.object({ note: z.string().trim().max(500).optional() }).default({}),
      response: {
        200: z.object({ letterId: z.number(), orderId: z.number() }),
        ...protectedErrors,
        409: ErrorResponse,
      },
    },
    handler: async (req) => resendLetter(db, principalOf(req), req.params.id, req.body.note || undefined),
  });

  app.get('/api/letters/volumes', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description: 'Letters of a year by type and channel, and per month.',
      querystring: Year,
      response: { 200: VolumesAnswer, ...protectedErrors },
    },
    handler: async (req) => ({
      ...(await letterVolumes(db, req.query.year)),
      monthly: await monthlyVolumes(db, req.query.year),
    }),
  });

  app.post('/api/letters/savings', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description:
        "Yearly savings of digital delivery with the fund's own unit costs (contracts/letters.md), from a year's digital letters or planned volumes.",
      body: z.object({
        costs: Costs,
        year: z.number().int().min(1000).max(9999).optional(),
        volumes: z.record(z.string(), z.number().int().min(0)).optional(),
      }),
      response: { 200: SavingsAnswer, ...protectedErrors },
    },
    handler: async (req) => {
      let volumes = req.body.volumes;
      if (!volumes) {
        if (req.body.year === undefined)
          throw invalidInput([{ path: 'year', message: 'give year or volumes' }]);
        const v = await letterVolumes(db, req.body.year);
        volumes = Object.fromEntries(Object.entries(v.byType).map(([t, c]) => [t, c.digital]));
      }
      return computeSavings(req.body.costs, volumes);
    },
  });

  app.post('/api/letters/forecast', {
    config: { access: 'letter:read' },
    schema: {
      tags: ['letters'],
      description: 'Forecast of digital volumes from the growth in mailbox users.',
      body: Plan,
      response: {
        200: z.array(
          z.object({
            year: z.number(),
            recipients: z.number(),
            withMailbox: z.number(),
            letters: z.number(),
            digitalLetters: z.number(),
          }),
        ),
        ...protectedErrors,
      },
    },
    handler: async (req) => forecast(req.body),
  });
}
