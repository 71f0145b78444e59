/** The adapter for the tax-card service (protocol.ts) over HTTP; every answer parsed with zod. */
import { Forespoersel, SkattekortSvar, Trekktabell } from './protocol';

export interface TaxCardService {
  cards(year: number, payerOrgnr: string, nationalIds: string[]): Promise<SkattekortSvar>;
  table(year: number, tableNumber: string): Promise<Trekktabell>;
}

export function taxCardClient(baseUrl: string): TaxCardService {
  const base = baseUrl.replace(/\/$/, '');
  async function call(url: string, init?: RequestInit): Promise<unknown> {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`tax-card service answered ${res.status} for ${new URL(url).pathname}`);
    return res.json();
  }
  return {
    async cards(year, payerOrgnr, nationalIds) {
      const body = Forespoersel.parse({
        inntektsaar: year,
        arbeidsgiveridentifikator: payerOrgnr,
        arbeidstakeridentifikator: nationalIds,
      });
      const answer = await call(`${base}/skattekort/${year}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return SkattekortSvar.parse(answer);
    },
    async table(year, tableNumber) {
      return Trekktabell.parse(await call(`${base}/trekktabell/${year}/${encodeURIComponent(tableNumber)}`));
    },
  };
}
