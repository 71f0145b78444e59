/** The fund as payer in the bank file (payments.md): name, organisation number and account, from the environment. */
import { z } from 'zod';
import { checkAccountNumber, checkOrgnr } from '../domain/identifiers';

export interface Payer {
  name: string;
  orgnr: string;
  account: string;
}

const PayerEnv = z.object({
  KASSA_PAYER_NAME: z.string().trim().min(1).max(140).default('Kassa pensjonskasse (opplæring)'),
  KASSA_PAYER_ORGNR: z
    .string()
    .refine((s) => checkOrgnr(s).ok, 'must be a valid organisation number')
    .default('974760673'),
  KASSA_PAYER_ACCOUNT: z
    .string()
    .refine((s) => checkAccountNumber(s).ok, 'must be a valid 11-digit account number')
    .transform((s) => s.replace(/[.\s]/g, ''))
    .default('15030100007'),
});

/**
 * The payer from KASSA_PAYER_NAME, KASSA_PAYER_ORGNR and KASSA_PAYER_ACCOUNT. The defaults are
 * for training and tests only; a fund sets all three.
 */
export function payerFromEnv(env: NodeJS.ProcessEnv = process.env): Payer {
  const parsed = PayerEnv.safeParse(env);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n'));
  const e = parsed.data;
  return { name: e.KASSA_PAYER_NAME, orgnr: e.KASSA_PAYER_ORGNR, account: e.KASSA_PAYER_ACCOUNT };
}
