/**
 * The letters API (src/http/routes/letters.ts), typed by the generated document: a person's
 * letters, print batches, the undeliverable queue, volumes, savings. The letter types are the
 * server's own list.
 */
import { LETTER_TYPES } from '../../../src/documents/tables';
import { type Answer, api, type Body } from './client';

export { LETTER_TYPES };

export type Letter = Answer<'/api/persons/{id}/letters'>[number];
export type Volumes = Answer<'/api/letters/volumes'>;
export type Savings = Answer<'/api/letters/savings', 'post'>;
export type Costs = Body<'/api/letters/savings', 'post'>['costs'];

export const personLetters = (personId: number) =>
  api.get('/api/persons/{id}/letters', { path: { id: personId } });
export const printBatches = () => api.get('/api/letters/print-batches');
export const undeliverable = () => api.get('/api/letters/undeliverable');
export const volumes = (year: number) => api.get('/api/letters/volumes', { query: { year } });
export const savings = (costs: Costs, year: number) => api.post('/api/letters/savings', { costs, year });
