/**
 * Volumes by channel, the yearly savings of digital delivery with the fund's own unit costs, and
 * the forecast of digital volumes (shared/contracts/letters.md). Pure: the volumes come in.
 * Money: kroner in the files, øre inside (decimal.js for the rates), rounded half up to øre per row.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';

const kroner = z.number().finite().min(0, 'must not be negative');

const TypeCost = z
  .object({
    /** Sent by post today: its postage is saved. */
    posted: z.boolean().default(false),
    /** Minutes of internal handling per letter (at minuteCost). */
    minutes: z.number().finite().min(0, 'must not be negative').optional(),
    /** Or the internal handling cost per letter, in kroner. */
    kroner: kroner.optional(),
  })
  .strict()
  .refine((t) => t.minutes === undefined || t.kroner === undefined, {
    message: 'give either minutes or kroner for a type, not both',
  });

export const Costs = z
  .object({
    postage: kroner,
    minuteCost: kroner,
    runningCost: kroner,
    types: z.record(z.string().min(1), TypeCost).default({}),
  })
  .strict();
export type Costs = z.infer<typeof Costs>;

export interface SavingsRow {
  type: string;
  letters: number;
  postage: number;
  internal: number;
  total: number;
}

export interface Savings {
  rows: SavingsRow[];
  total: number;
  runningCost: number;
  net: number;
}

const toOre = (d: Decimal) => d.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
const toKroner = (ore: number) => ore / 100;

/** `volumes`: digital letters per type in the year (or planned). */
export function computeSavings(costs: Costs, volumes: Record<string, number>): Savings {
  const rows: SavingsRow[] = [];
  let totalOre = 0;
  for (const [type, letters] of Object.entries(volumes).sort(([a], [b]) => a.localeCompare(b))) {
    const c = costs.types[type];
    const postageOre = c?.posted ? toOre(new Decimal(costs.postage).times(letters)) : 0;
    const perLetter =
      c?.kroner !== undefined
        ? new Decimal(c.kroner)
        : c?.minutes !== undefined
          ? new Decimal(c.minutes).times(costs.minuteCost)
          : new Decimal(0);
    const internalOre = toOre(perLetter.times(letters));
    totalOre += postageOre + internalOre;
    rows.push({
      type,
      letters,
      postage: toKroner(postageOre),
      internal: toKroner(internalOre),
      total: toKroner(postageOre + internalOre),
    });
  }
  const runningOre = toOre(new Decimal(costs.runningCost));
  return {
    rows,
    total: toKroner(totalOre),
    runningCost: toKroner(runningOre),
    net: toKroner(totalOre - runningOre),
  };
}

export function savingsCsv(s: Savings): string {
  const lines = ['type,letters,postage,internal,total'];
  for (const r of s.rows)
    lines.push(
      `${r.type},${r.letters},${r.postage.toFixed(2)},${r.internal.toFixed(2)},${r.total.toFixed(2)}`,
    );
  lines.push(
    `total,,,,${s.total.toFixed(2)}`,
    `runningCost,,,,${s.runningCost.toFixed(2)}`,
    `net,,,,${s.net.toFixed(2)}`,
  );
  return `${lines.join('\n')}\n`;
}

export const Plan = z
  .object({
    lettersPerRecipient: z.number().finite().min(0),
    years: z
      .array(
        z
          .object({
            year: z.number().int().min(1000).max(9999),
            recipients: z.number().int().min(0).safe(),
            digitalShare: z.number().min(0).max(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Plan = z.infer<typeof Plan>;

export interface ForecastYear {
  year: number;
  recipients: number;
  withMailbox: number;
  letters: number;
  digitalLetters: number;
}

/** Whole persons and letters, rounded half up. */
export function forecast(plan: Plan): ForecastYear[] {
  return plan.years.map((y) => {
    const withMailbox = new Decimal(y.recipients)
      .times(y.digitalShare)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      .toNumber();
    return {
      year: y.year,
      recipients: y.recipients,
      withMailbox,
      letters: new Decimal(y.recipients)
        .times(plan.lettersPerRecipient)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        .toNumber(),
      digitalLetters: new Decimal(withMailbox)
        .times(plan.lettersPerRecipient)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        .toNumber(),
    };
  });
}

export const VolumesCsvRow = z.object({
  type: z.string().min(1),
  letters: z.coerce.number().int().min(0).safe(),
});
