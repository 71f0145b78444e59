/**
 * The contact and reservation register (Kontakt- og reservasjonsregisteret, KRR): its look-up
 * service's shape — POST /rest/v1/personer with up to 1000 national ids, answering per person
 * status, reservation, notification contact details and digital mailbox address.
 */
import { z } from 'zod';

export const KRR_MAX_PER_REQUEST = 1000;

export const KrrPerson = z.object({
  personidentifikator: z.string(),
  /** 'JA': reserved against digital communication from the public sector. */
  reservasjon: z.enum(['JA', 'NEI']).optional(),
  status: z.enum(['AKTIV', 'SLETTET', 'IKKE_REGISTRERT']),
  varslingsstatus: z.enum(['KAN_VARSLES', 'KAN_IKKE_VARSLES']).optional(),
  kontaktinformasjon: z
    .object({ epostadresse: z.string().optional(), mobiltelefonnummer: z.string().optional() })
    .optional(),
  digitalpost: z.object({ postkasseadresse: z.string(), postkasseleverandoeradresse: z.string() }).optional(),
  spraak: z.string().optional(),
});
export type KrrPerson = z.infer<typeof KrrPerson>;

export const KrrResponse = z.object({ personer: z.array(KrrPerson) });

export interface ContactRegister {
  lookup(nationalIds: readonly string[]): Promise<Map<string, KrrPerson>>;
}

export class ContactRegisterError extends Error {}

/** The HTTP adapter. `token`: the bearer token (in production a Maskinporten access token). */
export function httpContactRegister(baseUrl: string, token?: string): ContactRegister {
  const url = new URL('rest/v1/personer', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  return {
    async lookup(ids) {
      const found = new Map<string, KrrPerson>();
      for (let i = 0; i < ids.length; i += KRR_MAX_PER_REQUEST) {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ personidentifikatorer: ids.slice(i, i + KRR_MAX_PER_REQUEST) }),
          signal: AbortSignal.timeout(30_000),
        });
        if (!res.ok) throw new ContactRegisterError(`contact register answered ${res.status}`);
        const parsed = KrrResponse.safeParse(await res.json());
        if (!parsed.success)
          throw new ContactRegisterError(`contact register answer not understood: ${parsed.error.message}`);
        for (const p of parsed.data.personer) found.set(p.personidentifikator, p);
      }
      return found;
    },
  };
}
