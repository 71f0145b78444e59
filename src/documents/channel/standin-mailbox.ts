/**
 * Local stand-in mailbox provider on loopback, speaking the provider API of mailbox.ts. It keeps
 * each message once per idempotency key (not the PDF, only its checksum: memory stays small for a
 * big run), writes receipts to its feed, and can misbehave on demand — fail, answer slowly, or
 * never send a receipt — through `mode` or POST /_standin/mode (for a test driving another process).
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import { z } from 'zod';
import type { ProviderReceipt } from './mailbox';
import { listen, type Standin, send } from './standin-contact-register';

export const StandinMode = z.object({
  /** Answer 503 to every send (the provider is down). */
  down: z.boolean().default(false),
  /** Refuse these recipients' messages with a FAILED receipt after accepting them. */
  failRecipients: z.array(z.string()).default([]),
  /** Milliseconds to wait before answering a send. */
  slowMs: z.number().int().min(0).max(600_000).default(0),
  /** Accept, but never write a receipt. */
  noReceipts: z.boolean().default(false),
});
export type StandinMode = z.infer<typeof StandinMode>;

export interface StoredMessage {
  messageId: string;
  idempotencyKey: string;
  nationalId: string;
  subject: string;
  securityClass: number;
  notification: string;
  sha256: string;
  /** How many times the message was posted (a retry posts again; it is stored once). */
  posts: number;
}

export interface MailboxStandin extends Standin {
  mode: StandinMode;
  messages: Map<string, StoredMessage>;
  receipts: ProviderReceipt[];
}

const SendBody = z.object({
  recipient: z.object({
    personalIdentificationNumber: z.string().regex(/^\d{11}$/),
    mailboxAddress: z.string().nullable(),
  }),
  subject: z.string(),
  securityClass: z.number().int().min(1).max(4),
  notification: z.object({ text: z.string() }),
  document: z.object({ fileType: z.literal('pdf'), sha256: z.string(), contentBase64: z.string().min(1) }),
});

export async function startMailboxStandin(
  port = 0,
  mode: Partial<StandinMode> = {},
): Promise<MailboxStandin> {
  const messages = new Map<string, StoredMessage>();
  const receipts: ProviderReceipt[] = [];
  const state = { mode: StandinMode.parse(mode) };
  const receipt = (m: StoredMessage, kind: ProviderReceipt['kind'], detail?: string) =>
    receipts.push({
      id: String(receipts.length + 1),
      messageId: m.messageId,
      idempotencyKey: m.idempotencyKey,
      kind,
      at: new Date().toISOString(),
      ...(detail ? { detail } : {}),
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://standin');
      const body = () => JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      if (req.method === 'POST' && url.pathname === '/_standin/mode') {
        state.mode = StandinMode.parse({ ...state.mode, ...(body() as object) });
        return send(res, 200, state.mode);
      }
      if (req.method === 'GET' && url.pathname === '/_standin/messages')
        return send(res, 200, [...messages.values()]);
      if (req.method === 'GET' && url.pathname === '/receipts') {
        const after = Number(url.searchParams.get('after') ?? 0);
        const limit = Math.min(Number(url.searchParams.get('limit') ?? 1000), 10_000);
        const page = receipts.slice(after, after + limit);
        return send(res, 200, { receipts: page, cursor: String(after + page.length) });
      }
      if (req.method !== 'POST' || url.pathname !== '/messages')
        return send(res, 404, { error: 'no such resource' });
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || !key)
        return send(res, 400, { error: 'Idempotency-Key header required' });
      const answer = () => {
        if (state.mode.down) return send(res, 503, { error: 'unavailable' });
        let parsed: z.infer<typeof SendBody>;
        try {
          parsed = SendBody.parse(body());
        } catch (error) {
          return send(res, 400, { error: (error as Error).message });
        }
        const pdf = Buffer.from(parsed.document.contentBase64, 'base64');
        if (
          createHash('sha256').update(pdf).digest('hex') !== parsed.document.sha256 ||
          pdf.subarray(0, 5).toString() !== '%PDF-'
        )
          return send(res, 422, { error: 'document does not match its checksum or is not a PDF' });
        const existing = messages.get(key);
        if (existing) {
          existing.posts++;
          return send(res, 200, { messageId: existing.messageId, status: 'ACCEPTED' });
        }
        const m: StoredMessage = {
          messageId: randomUUID(),
          idempotencyKey: key,
          nationalId: parsed.recipient.personalIdentificationNumber,
          subject: parsed.subject,
          securityClass: parsed.securityClass,
          notification: parsed.notification.text,
          sha256: parsed.document.sha256,
          posts: 1,
        };
        messages.set(key, m);
        if (!state.mode.noReceipts) {
          if (state.mode.failRecipients.includes(m.nationalId)) receipt(m, 'FAILED', 'mailbox closed');
          else receipt(m, 'DELIVERED');
        }
        send(res, 201, { messageId: m.messageId, status: 'ACCEPTED' });
      };
      if (state.mode.slowMs > 0) setTimeout(answer, state.mode.slowMs);
      else answer();
    });
  });
  const s = await listen(server, port);
  return {
    ...s,
    get mode() {
      return state.mode;
    },
    set mode(m: StandinMode) {
      state.mode = m;
    },
    messages,
    receipts,
  };
}
