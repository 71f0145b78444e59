// The letters' catalogues (issue #19: bokmål, with nynorsk and English): nynorsk is complete, and
// every translation keeps the placeholders of its bokmål source, so no amount or date goes missing.
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../compose/compose-letter';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('letter catalogues', () => {
  it('nynorsk has every key of bokmål', () => {
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
  });

  it('every translation has the placeholders of its bokmål text', () => {
    for (const catalogue of [nn, en])
      for (const [key, text] of Object.entries(catalogue))
        expect([key, placeholders(text)]).toEqual([key, placeholders(nb[key as keyof typeof nb])]);
  });

  it('writes the annual statement in nynorsk', () => {
    const letter = composeLetter({
      type: 'annual_statement',
      language: 'nn',
      data: { year: 2025, gross: 30_000_000, taxWithheld: 9_000_000 },
      recipient: { name: 'Ola Nordmann', address: 'Storgata 1\n0150 Oslo' },
      caseId: null,
      date: '2026-01-15' as never,
    });
    expect(letter.title).toBe('Årsoppgåve for 2025');
    expect(letter.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Her er ei oversikt over pensjonen vi betalte ut til deg i 2025. Opplysningane er sende til Skatteetaten og står i skattemeldinga di.',
    });
    expect(letter.closing[0]).toBe('Med venleg helsing');
    expect(letter.dateLine).toBe('Dato: 15. januar 2026');
  });
});
