/**
 * A digital mailbox provider's HTTP API (modelled on the Norwegian providers' sender APIs):
 * POST /messages with the document and its metadata under an Idempotency-Key — the same key
 * again is the same message, never a second one — and a receipt feed, GET /receipts?after=.
 */
import { z } from 'zod';

export interface MailboxMessage {
  /** One key per letter: a retry after a crash cannot deliver twice. */
  idempotencyKey: string;
  nationalId: string;
  mailboxAddress: string | null;
  subject: string;
  securityClass: number;
  /** What the SMS/e-mail notification says; for the highest class nothing about the content. */
  notification: string;
  pdf: Buffer;
  sha256: string;
}

export const SendAnswer = z.object({ messageId: z.string().min(1), status: z.literal('ACCEPTED') });

export const ProviderReceipt = z.object({
  id: z.string().min(1),
  messageId: z.string().min(1),
  idempotencyKey: z.string().min(1),
  kind: z.enum(['DELIVERED', 'OPENED', 'FAILED']),
  at: z.string().datetime({ offset: true }),
  detail: z.string().optional(),
});
export type ProviderReceipt = z.infer<typeof ProviderReceipt>;
export const ReceiptPage = z.object({ receipts: z.array(ProviderReceipt), cursor: z.string() });

export interface Mailbox {
  /** The provider's name, for the receipt cursor. */
  readonly name: string;
  send(message: MailboxMessage): Promise<{ messageId: string }>;
  receipts(after: string | null, limit: number): Promise<z.infer<typeof ReceiptPage>>;
}

export class MailboxError extends Error {
  constructor(
    message: string,
    /** false: the provider refused this message for good (retrying will not help). */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export function httpMailbox(baseUrl: string, token?: string, timeoutMs = 30_000): Mailbox {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return {
    name: new URL(base).host,
    async send(m) {
      let res: Response;
      try {
        res = await fetch(new URL('messages', base), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': m.idempotencyKey, ...auth },
          body: JSON.stringify({
            recipient: { personalIdentificationNumber: m.nationalId, mailboxAddress: m.mailboxAddress },
            subject: m.subject,
            securityClass: m.securityClass,
            notification: { text: m.notification },
            document: { fileType: 'pdf', sha256: m.sha256, contentBase64: m.pdf.toString('base64') },
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new MailboxError(`mailbox provider not reached: ${(error as Error).message}`, true);
      }
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        throw new MailboxError(
          `mailbox provider refused the message (${res.status}): ${await res.text()}`,
          false,
        );
      }
      if (!res.ok) throw new MailboxError(`mailbox provider answered ${res.status}`, true);
      const parsed = SendAnswer.safeParse(await res.json());
      if (!parsed.success) throw new MailboxError('mailbox provider answer not understood', true);
      return { messageId: parsed.data.messageId };
    },
    async receipts(after, limit) {
      const url = new URL('receipts', base);
      if (after) url.searchParams.set('after', after);
      url.searchParams.set('limit', String(limit));
      const res = await fetch(url, { headers: auth, signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok) throw new MailboxError(`mailbox provider answered ${res.status} for receipts`, true);
      return ReceiptPage.parse(await res.json());
    },
  };
}

/** The notification text: for the highest security class not even the letter's subject. */
export function notificationText(sender: string, subject: string, securityClass: number): string {
  return securityClass >= 4
    ? `Du har fått et brev fra ${sender}. Logg inn i den digitale postkassen din for å lese det.`
    : `Du har fått et brev fra ${sender}: ${subject}. Logg inn i den digitale postkassen din for å lese det.`;
}
