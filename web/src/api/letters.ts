/** The letters API (src/http/routes/letters.ts): a person's letters, print batches, the queue, volumes, savings. */
import { z } from 'zod';
import { getJson, postJson, query } from './client';

export const Receipt = z.object({ kind: z.string(), at: z.string(), detail: z.string().nullable() });
export const Letter = z.object({
  id: z.number(),
  type: z.string(),
  title: z.string(),
  caseId: z.number().nullable(),
  securityClass: z.number(),
  channel: z.enum(['digital', 'paper']).nullable(),
  state: z.string(),
  reason: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number(),
  renderedAt: z.string(),
  sentAt: z.string().nullable(),
  printBatchId: z.number().nullable(),
  checksum: z.string(),
  pages: z.number(),
  receipts: z.array(Receipt),
});
export type Letter = z.infer<typeof Letter>;

export const PrintBatch = z.object({
  id: z.number(),
  day: z.string(),
  letters: z.number(),
  manifestChecksum: z.string(),
  createdAt: z.string(),
});
export const QueueItem = z.object({
  id: z.number(),
  personId: z.number(),
  recipientName: z.string(),
  type: z.string(),
  title: z.string(),
  state: z.string(),
  channel: z.string().nullable(),
  reason: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number(),
  renderedAt: z.string(),
});
const ChannelCount = z.object({ digital: z.number(), paper: z.number() });
export const Volumes = z.object({
  year: z.number(),
  byType: z.record(z.string(), ChannelCount),
  total: ChannelCount,
  monthly: z.array(z.object({ month: z.number(), type: z.string(), channel: z.string(), n: z.number() })),
});
export type Volumes = z.infer<typeof Volumes>;
export const Savings = z.object({
  rows: z.array(
    z.object({
      type: z.string(),
      letters: z.number(),
      postage: z.number(),
      internal: z.number(),
      total: z.number(),
    }),
  ),
  total: z.number(),
  runningCost: z.number(),
  net: z.number(),
});
export type Savings = z.infer<typeof Savings>;
export interface Costs {
  postage: number;
  minuteCost: number;
  runningCost: number;
  types: Record<string, { posted: boolean; minutes?: number; kroner?: number }>;
}

export const LETTER_TYPES = ['decision', 'payment_notice', 'annual_statement', 'recovery', 'free'] as const;

export const personLetters = (personId: number) =>
  getJson(`/api/persons/${personId}/letters`, z.array(Letter));
export const printBatches = () => getJson('/api/letters/print-batches', z.array(PrintBatch));
export const undeliverable = () => getJson('/api/letters/undeliverable', z.array(QueueItem));
export const volumes = (year: number) => getJson(`/api/letters/volumes${query({ year })}`, Volumes);
export const savings = (costs: Costs, year: number) =>
  postJson('/api/letters/savings', { costs, year }, Savings);
