/**
 * A local stand-in for the tax authority's tax-card service (protocol.ts), on loopback: started by
 * tests and by the embedded default when no KASSA_TAX_CARD_URL is set. It answers from cards given
 * to it, else from a synthetic rule on the number (about one person in ten has no card).
 *
 * Its withholding tables are the published ones, computed by the tax authority's own routine
 * (withholding/trekkrutine.ts) for the years whose parameters we have (withholding/parameters.ts).
 * For any other year or table number it serves a SYNTHETIC TEST TABLE (a flat rate above an
 * allowance), marked as such. A real fund fetches its tables from the tax authority through the
 * same protocol.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WITHHOLDING_YEARS } from '../withholding/parameters';
import { monthlyTable, tableSpec } from '../withholding/trekkrutine';
import { Forespoersel, type Forskuddstrekk, type SkattekortSvar, type Trekktabell } from './protocol';

export interface StandInOptions {
  /** Cards by national id; null = no card. Numbers not listed get a synthetic card. */
  cards?: Map<string, Forskuddstrekk | null>;
  /** Tables by `year/tabellnummer`; others get a synthetic test table. */
  tables?: Map<string, Trekktabell>;
}

/** The synthetic card for a number: by its digit sum, so the same person always gets the same card.
 * Table numbers are in the year's series (8000–8100 from 2025, 7100–7125 before). */
export function syntheticCard(nid: string, year = 2026): Forskuddstrekk | null {
  const n = Array.from(nid, Number).reduce((a, b) => a + b, 0) % 10;
  if (n === 0) return null;
  if (n <= 3) return { trekkode: 'pensjon', trekkprosent: { prosentsats: 15 + n * 5 } };
  const tabellnummer = year >= 2025 ? String(8000 + (n - 4) * 20) : String(7100 + (n - 4) * 5);
  return { trekkode: 'pensjon', trekktabell: { tabellnummer, prosentsats: 30 + n } };
}

/** The published monthly table for a year and number (pension cards), when we can compute it. */
export function publishedTable(year: number, tabellnummer: string): Trekktabell | undefined {
  const y = WITHHOLDING_YEARS.get(year);
  const t = y && tableSpec(y, tabellnummer, true);
  if (!y || !t) return undefined;
  const { rows, marginalPct } = monthlyTable(y, t);
  return {
    inntektsaar: year,
    tabellnummer,
    trekkperiode: 1,
    linjer: rows.map((r) => ({ fra: r.from, trekk: r.withholding })),
    marginalProsent: marginalPct,
  };
}

/** SYNTHETIC test table (not a published one): rate r on the income above 4 000 kr, 100-krone steps. */
export function syntheticTable(year: number, tabellnummer: string): Trekktabell {
  const rate = 0.2 + (Number(tabellnummer) % 100) / 200;
  const linjer = [];
  for (let fra = 0; fra <= 100_000; fra += 100)
    linjer.push({ fra, trekk: Math.floor(Math.max(0, fra - 4000) * rate) });
  return { inntektsaar: year, tabellnummer, trekkperiode: 1, linjer, marginalProsent: 47 };
}

export interface StandIn {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startTaxCardStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const table = /^\/trekktabell\/(\d{4})\/(\d{4})$/.exec(url.pathname);
    if (req.method === 'GET' && table) {
      const [, y, t] = table as unknown as [string, string, string];
      return send(
        200,
        options.tables?.get(`${y}/${t}`) ?? publishedTable(Number(y), t) ?? syntheticTable(Number(y), t),
      );
    }
    const cards = /^\/skattekort\/(\d{4})$/.exec(url.pathname);
    if (req.method !== 'POST' || !cards) return send(404, { feil: 'ukjent ressurs' });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, { feil: 'ugyldig JSON' });
      }
      const parsed = Forespoersel.safeParse(body);
      if (!parsed.success || String(parsed.data.inntektsaar) !== cards[1])
        return send(400, { feil: 'ugyldig forespørsel' });
      const answer: SkattekortSvar = {
        inntektsaar: parsed.data.inntektsaar,
        arbeidstaker: parsed.data.arbeidstakeridentifikator.map((id) => {
          const card = options.cards?.has(id)
            ? (options.cards.get(id) ?? null)
            : syntheticCard(id, parsed.data.inntektsaar);
          return card
            ? {
                arbeidstakeridentifikator: id,
                resultatPaaForespoersel: 'skattekortopplysningerOK' as const,
                skattekort: { utstedtDato: `${parsed.data.inntektsaar - 1}-12-10`, forskuddstrekk: [card] },
              }
            : { arbeidstakeridentifikator: id, resultatPaaForespoersel: 'ikkeSkattekort' as const };
        }),
      };
      send(200, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
