/**
 * The contact register and mailbox provider Kassa talks to. Configured by the environment; with
 * neither configured, in the training environment (the demo, `npm start`) Kassa starts its
 * built-in stand-ins on loopback; in production a missing provider is a start-up error, never
 * silent paper.
 */
import { z } from 'zod';
import { ConfigError } from '../platform/config';
import { type ContactRegister, httpContactRegister } from './channel/contact-register';
import { httpMailbox, type Mailbox } from './channel/mailbox';
import { startContactRegisterStandin } from './channel/standin-contact-register';
import { startMailboxStandin } from './channel/standin-mailbox';
import { DEFAULT_DELIVERY, type DeliveryDeps, type DeliverySettings } from './deliver-letters';

const url = z
  .string()
  .url()
  .optional()
  .or(z.literal('').transform(() => undefined));

const Env = z.object({
  KASSA_KRR_URL: url,
  KASSA_KRR_TOKEN: z.string().min(1).optional(),
  KASSA_MAILBOX_URL: url,
  KASSA_MAILBOX_TOKEN: z.string().min(1).optional(),
  KASSA_LETTERS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).optional(),
  KASSA_LETTERS_BACKOFF_SECONDS: z.coerce.number().min(0).max(86_400).optional(),
  KASSA_LETTERS_DEADLINE_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .optional(),
});

export interface LetterServices extends DeliveryDeps {
  contactRegister: ContactRegister;
  mailbox: Mailbox;
  settings: DeliverySettings;
  /** 'standin' when the built-in stand-ins run in this process. */
  kind: 'configured' | 'standin';
  close(): Promise<void>;
}

export async function openLetterServices(
  env: NodeJS.ProcessEnv,
  kassaEnv: 'production' | 'training',
): Promise<LetterServices> {
  const parsed = Env.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      `invalid configuration:\n${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  const e = parsed.data;
  const settings: DeliverySettings = {
    ...DEFAULT_DELIVERY,
    ...(e.KASSA_LETTERS_MAX_ATTEMPTS !== undefined ? { maxAttempts: e.KASSA_LETTERS_MAX_ATTEMPTS } : {}),
    ...(e.KASSA_LETTERS_BACKOFF_SECONDS !== undefined
      ? { backoffMs: e.KASSA_LETTERS_BACKOFF_SECONDS * 1000 }
      : {}),
    ...(e.KASSA_LETTERS_DEADLINE_HOURS !== undefined
      ? { deliveryDeadlineMs: e.KASSA_LETTERS_DEADLINE_HOURS * 3600_000 }
      : {}),
  };
  if (e.KASSA_KRR_URL && e.KASSA_MAILBOX_URL) {
    return {
      kind: 'configured',
      contactRegister: httpContactRegister(e.KASSA_KRR_URL, e.KASSA_KRR_TOKEN),
      mailbox: httpMailbox(e.KASSA_MAILBOX_URL, e.KASSA_MAILBOX_TOKEN),
      settings,
      close: async () => undefined,
    };
  }
  if (kassaEnv === 'production' || e.KASSA_KRR_URL || e.KASSA_MAILBOX_URL) {
    throw new ConfigError(
      'invalid configuration:\nKASSA_KRR_URL and KASSA_MAILBOX_URL: the contact register and the digital mailbox provider must both be configured in production (letters would otherwise go nowhere or all on paper); the built-in stand-ins run only with KASSA_ENV=training and neither set',
    );
  }
  const krr = await startContactRegisterStandin();
  const mailbox = await startMailboxStandin();
  return {
    kind: 'standin',
    contactRegister: httpContactRegister(krr.url),
    mailbox: httpMailbox(mailbox.url),
    settings,
    async close() {
      await Promise.all([krr.close(), mailbox.close()]);
    },
  };
}
