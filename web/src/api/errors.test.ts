/** Story: errors in plain words with a retry, never raw validation text or "HTTP 500" (issue #23, item 6). */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/catalogues';
import { ApiError } from './client';
import { errorText } from './errors';

// The bokmål catalogue with {{placeholders}} filled, as i18next would.
const t = ((key: string, o?: Record<string, unknown>) => {
  const text = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], nb);
  return typeof text === 'string'
    ? text.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(o?.[n] ?? ''))
    : key;
}) as unknown as TFunction;

describe('errorText', () => {
  it('names the refused fields by the form labels, not the server message', () => {
    const e = new ApiError(400, [
      { path: 'reason', message: 'say why' },
      { path: 'employments[0].from', message: 'Invalid ISO date' },
    ]);
    const r = errorText(t, e, { reason: 'Begrunnelse' });
    expect(r.text).toBe('Noe av det du fylte inn kan ikke brukes.');
    expect(r.fields).toEqual(['Begrunnelse', 'et av feltene']);
    expect(JSON.stringify(r)).not.toMatch(/say why|Invalid/);
    expect(r.retry).toBe(false);
  });
  it('offers a retry for server trouble and a lost network, in words', () => {
    const server = errorText(t, new ApiError(500, [{ path: '', message: 'Internal Server Error' }]));
    expect(server.text).toMatch(/^Noe gikk galt hos oss/);
    expect(server.text).not.toMatch(/500|HTTP/);
    expect(server.retry).toBe(true);
    expect(errorText(t, new ApiError(0, [])).text).toMatch(/Fikk ikke kontakt/);
  });
  it('says what a refusal, a missing record and a conflict mean', () => {
    expect(errorText(t, new ApiError(403, [])).text).toBe('Du har ikke tilgang til dette.');
    expect(errorText(t, new ApiError(404, [])).text).toBe('Fant ikke det du lette etter.');
    expect(errorText(t, new ApiError(409, [])).text).toMatch(/finnes allerede/);
    expect(errorText(t, new ApiError(401, [])).text).toMatch(/Økten din er avsluttet/);
  });
});
