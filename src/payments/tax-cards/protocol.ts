/**
 * The tax authority's tax-card service for pension payers (skattekort til arbeidsgiver/pensjonsinnretning),
 * as the adapter and the local stand-in speak it. Modelled on the real service's shape: the payer
 * asks for a list of persons for one income year and gets, per person, either a result code with no
 * card, or a card whose forskuddstrekk for pension income (trekkode `pensjon`) is a percentage
 * (trekkprosent) or a table (trekktabell: tabellnummer plus a prosentsats for other payments such as
 * back-pay). Monthly withholding tables (1 month, trekkperiode 1) are fetched by table number.
 *
 *   POST {base}/skattekort/{inntektsaar}   body Forespoersel   → SkattekortSvar
 *   GET  {base}/trekktabell/{inntektsaar}/{tabellnummer}         → Trekktabell
 */
import { z } from 'zod';

export const Forespoersel = z.object({
  inntektsaar: z.number().int().min(2000).max(2100),
  /** The payer (the fund): organisation number. */
  arbeidsgiveridentifikator: z.string().regex(/^\d{9}$/),
  arbeidstakeridentifikator: z
    .array(z.string().regex(/^\d{11}$/))
    .min(1)
    .max(1000),
});
export type Forespoersel = z.infer<typeof Forespoersel>;

const Prosent = z.number().min(0).max(100);

export const Forskuddstrekk = z.union([
  z.object({ trekkode: z.literal('pensjon'), trekkprosent: z.object({ prosentsats: Prosent }) }),
  z.object({
    trekkode: z.literal('pensjon'),
    trekktabell: z.object({ tabellnummer: z.string().regex(/^\d{4}$/), prosentsats: Prosent }),
  }),
]);
export type Forskuddstrekk = z.infer<typeof Forskuddstrekk>;

export const SkattekortSvar = z.object({
  inntektsaar: z.number().int(),
  arbeidstaker: z.array(
    z.object({
      arbeidstakeridentifikator: z.string().regex(/^\d{11}$/),
      resultatPaaForespoersel: z.enum([
        'skattekortopplysningerOK',
        'ikkeSkattekort',
        'ugyldigFoedselsEllerDnummer',
      ]),
      skattekort: z.object({ utstedtDato: z.string(), forskuddstrekk: z.array(Forskuddstrekk) }).optional(),
    }),
  ),
});
export type SkattekortSvar = z.infer<typeof SkattekortSvar>;

/** A monthly table: from each monthly income (whole kroner) the amount to withhold; above the last
 * row, `marginalProsent` of the excess is added. */
export const Trekktabell = z.object({
  inntektsaar: z.number().int(),
  tabellnummer: z.string().regex(/^\d{4}$/),
  trekkperiode: z.literal(1),
  linjer: z.array(z.object({ fra: z.number().int().min(0), trekk: z.number().int().min(0) })).min(1),
  marginalProsent: Prosent,
});
export type Trekktabell = z.infer<typeof Trekktabell>;
