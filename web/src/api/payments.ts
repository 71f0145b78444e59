/** Names for the payments API (src/http/routes/payments.ts), from the generated document. Money in kroner. */
import type { Answer, Body } from './client';

export type Claim = Answer<'/api/payments/claims'>['items'][number];

/** The queue actions on a claim (each answers 204), with the body its route takes. */
export type ClaimAction =
  | { action: 'instalments'; body: Body<'/api/payments/claims/{id}/instalments', 'post'> }
  | { action: 'write-off'; body: Body<'/api/payments/claims/{id}/write-off', 'post'> }
  | { action: 'write-off/approve'; body?: undefined };
