/**
 * Identifiers (oftp-rules §7, issue #2 item 4): fødselsnummer, D-number, synthetic test numbers,
 * organisasjonsnummer and kontonummer. Property tests with fast-check use the makers in
 * `identifiers-generate.ts`; every property is also pinned by known examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, type IsoDate, isoDate } from './dates';
import { checkAccountNumber, checkNationalId, checkOrgnr, maskNationalId } from './identifiers';
import {
  individualFitsYear,
  individualRanges,
  makeAccountNumber,
  makeNationalId,
  makeOrgnr,
  type NationalIdSpec,
} from './identifiers-generate';

const birthDate = fc
  .record({
    year: fc.integer({ min: 1854, max: 2039 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => isoDate(year, month, 1 + (day % daysInMonth(year, month))));

/** A birth date plus an individual number drawn from the ranges that encode its century. */
const fittingSpec = (extra: Partial<NationalIdSpec> = {}) =>
  birthDate.chain((date) => {
    const ranges = individualRanges(Number(date.slice(0, 4)));
    return fc
      .constantFrom(...ranges)
      .chain(([from, to]) => fc.integer({ min: from, max: to }))
      .map((individual): NationalIdSpec => ({ birthDate: date, individual, ...extra }));
  });

const synthetic = fc.constantFrom<NationalIdSpec['synthetic']>(null, 'dolly', 'tenor');
const anySpec = fc
  .tuple(fittingSpec(), fc.boolean(), synthetic)
  .map(([spec, dNumber, syn]): NationalIdSpec => ({ ...spec, dNumber, synthetic: syn }));

/** Every number that differs from `text` in exactly one digit. */
function singleDigitChanges(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== text[i]) out.push(`${text.slice(0, i)}${d}${text.slice(i + 1)}`);
    }
  }
  return out;
}

describe('fødselsnummer and D-number (§7)', () => {
  it('known examples: a valid number passes and yields its birth date; errors say what is wrong', () => {
    expect(checkNationalId('01010012356')).toEqual({
      ok: true,
      value: { kind: 'fnr', synthetic: null, birthDate: '1900-01-01' },
    });
    expect(checkNationalId('0101001235')).toEqual({ ok: false, reason: 'must be exactly 11 digits' });
    expect(checkNationalId('0101001235a').ok).toBe(false);
    expect(checkNationalId('01010012366')).toEqual({
      ok: false,
      reason: 'first control digit (digit 10) is wrong',
    });
    expect(checkNationalId('01010012357')).toEqual({
      ok: false,
      reason: 'second control digit (digit 11) is wrong',
    });
  });

  it('property: every generated number passes and its birth date, kind and synthetic flag round-trip', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const id = makeNationalId(spec);
        fc.pre(id !== undefined); // a control digit of 10: no number exists for this individual number
        const checked = checkNationalId(id ?? '', { allowSynthetic: true });
        expect(checked).toEqual({
          ok: true,
          value: {
            kind: spec.dNumber ? 'dnr' : 'fnr',
            synthetic: spec.synthetic ?? null,
            birthDate: spec.birthDate,
          },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('property: changing any single digit of a valid number makes it fail, under today’s rule and the 2032 rule', () => {
    // K2 covers all ten preceding digits with weights 1–10 (non-zero mod 11, and 11 is prime), so any
    // single changed digit shifts its remainder off 0. That holds even from 2032, when K1 alone would
    // let some changes through (see the next test).
    fc.assert(
      fc.property(anySpec, (spec) => {
        const id = makeNationalId(spec);
        fc.pre(id !== undefined);
        for (const changed of singleDigitChanges(id ?? '')) {
          expect(checkNationalId(changed, { allowSynthetic: true }).ok).toBe(false);
          expect(checkNationalId(changed, { allowSynthetic: true, today: '2032-06-01' as IsoDate }).ok).toBe(
            false,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('from 2032 K1 accepts remainders 0–3, so K1 alone no longer catches every single-digit error; K2 does', () => {
    // 01010012356: raising the first digit to 1 adds 3 to the K1 sum (remainder 3, accepted from
    // 2032) — the number still fails, on K2.
    expect(checkNationalId('11010012356', { today: '2032-01-01' as IsoDate })).toEqual({
      ok: false,
      reason: 'second control digit (digit 11) is wrong',
    });
    // A number made under the 2032 rule: K1 remainder 1, K2 recomputed. Refused before 2032, accepted after.
    const newRule = withK1Remainder('010100123', 1) ?? '';
    expect(newRule).toHaveLength(11);
    expect(checkNationalId(newRule).ok).toBe(false);
    expect(checkNationalId(newRule, { today: '2031-12-31' as IsoDate }).ok).toBe(false);
    expect(checkNationalId(newRule, { today: '2032-01-01' as IsoDate })).toEqual({
      ok: true,
      value: { kind: 'fnr', synthetic: null, birthDate: '1900-01-01' },
    });
  });

  it('property: synthetic numbers (Dolly month + 40, Tenor month + 80) are refused unless allowSynthetic', () => {
    fc.assert(
      fc.property(fittingSpec(), fc.constantFrom('dolly' as const, 'tenor' as const), (spec, kind) => {
        const id = makeNationalId({ ...spec, synthetic: kind });
        fc.pre(id !== undefined);
        const month = Number((id ?? '').slice(2, 4));
        expect(month).toBe(Number(spec.birthDate.slice(5, 7)) + (kind === 'tenor' ? 80 : 40));
        const refused = checkNationalId(id ?? '');
        expect(refused.ok).toBe(false);
        expect(refused.ok ? '' : refused.reason).toContain('only in a training environment');
        expect(checkNationalId(id ?? '', { allowSynthetic: false }).ok).toBe(false);
        expect(checkNationalId(id ?? '', { allowSynthetic: true }).ok).toBe(true);
      }),
    );
  });

  it('property: a D-number is the birth day + 40 and is accepted everywhere (it is a real identifier)', () => {
    fc.assert(
      fc.property(fittingSpec({ dNumber: true }), (spec) => {
        const id = makeNationalId(spec);
        fc.pre(id !== undefined);
        expect(Number((id ?? '').slice(0, 2))).toBe(Number(spec.birthDate.slice(8, 10)) + 40);
        expect(checkNationalId(id ?? '')).toEqual({
          ok: true,
          value: { kind: 'dnr', synthetic: null, birthDate: spec.birthDate },
        });
      }),
    );
  });

  it('century from the individual number: 000–499 1900s, 500–749 1854–1899, 900–999 1940–1999, 500–999 2000–2039', () => {
    // The first valid number with an individual number in [from, from + 9].
    const yearOf = (ddmmyy: string, from: number) => {
      const id = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
        .map((i) => completeControlDigits(`${ddmmyy}${String(from + i).padStart(3, '0')}`))
        .find((x) => x !== undefined);
      if (!id) throw new Error('no valid number in this block');
      const checked = checkNationalId(id);
      return checked.ok ? Number(checked.value.birthDate.slice(0, 4)) : checked.reason;
    };
    expect(yearOf('010190', 0)).toBe(1990);
    expect(yearOf('010190', 490)).toBe(1990);
    expect(yearOf('010160', 550)).toBe(1860);
    expect(yearOf('010199', 740)).toBe(1899);
    expect(yearOf('010153', 550)).toBe('individual number does not fit the year of birth');
    expect(yearOf('010110', 550)).toBe(2010);
    expect(yearOf('010139', 990)).toBe(2039);
    expect(yearOf('010140', 990)).toBe(1940);
    expect(yearOf('010190', 800)).toBe('individual number does not fit the year of birth');
    expect(yearOf('010120', 490)).toBe(1920);
    expect(yearOf('010140', 550)).toBe('individual number does not fit the year of birth');
  });

  it('property: the year decoded from any valid number fits its individual number, and a misfit cannot be made', () => {
    fc.assert(
      fc.property(birthDate, fc.integer({ min: 0, max: 999 }), (date, individual) => {
        const id = makeNationalId({ birthDate: date, individual });
        if (!individualFitsYear(Number(date.slice(0, 4)), individual)) {
          expect(id).toBeUndefined();
          return;
        }
        fc.pre(id !== undefined);
        const checked = checkNationalId(id ?? '');
        expect(checked.ok && checked.value.birthDate).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('29 February is a birth date only in leap years (2000 yes, 1900 no, 2024 yes, 2023 no)', () => {
    const feb29 = (yy: string, individual: number) =>
      completeControlDigits(`2902${yy}${String(individual).padStart(3, '0')}`) ??
      completeControlDigits(`2902${yy}${String(individual + 2).padStart(3, '0')}`) ??
      '';
    expect(checkNationalId(feb29('00', 500)).ok).toBe(true); // 2000
    expect(checkNationalId(feb29('00', 100))).toEqual({
      ok: false,
      reason: 'the birth date in the number does not exist',
    }); // 1900
    expect(checkNationalId(feb29('24', 500)).ok).toBe(true); // 2024
    expect(checkNationalId(feb29('23', 500)).ok).toBe(false); // 2023
    expect(checkNationalId(feb29('96', 100)).ok).toBe(true); // 1996
    fc.assert(
      fc.property(
        fc.integer({ min: 1854, max: 2039 }),
        fc.integer({ min: 0, max: 999 }),
        (year, individual) => {
          fc.pre(individualFitsYear(year, individual));
          const nine = `2902${String(year % 100).padStart(2, '0')}${String(individual).padStart(3, '0')}`;
          const id = completeControlDigits(nine);
          fc.pre(id !== undefined);
          const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
          expect(checkNationalId(id ?? '').ok).toBe(leap);
        },
      ),
    );
  });

  it('impossible dates are refused: day 32 or 0, month 13 or 0, 31 April, D-number day 72, Dolly month 53', () => {
    for (const ddmmyy of ['320190', '011390', '720190', '000190', '010090', '310490', '715390']) {
      const id = [120, 121, 122, 123, 124, 125]
        .map((individual) => completeControlDigits(`${ddmmyy}${individual}`))
        .find((x) => x !== undefined);
      expect(id).toBeDefined();
      expect(checkNationalId(id ?? '', { allowSynthetic: true })).toEqual({
        ok: false,
        reason: 'the birth date in the number does not exist',
      });
    }
  });

  it('masking keeps only the birth-date part', () => {
    expect(maskNationalId('01010012356')).toBe('010100*****');
    expect(maskNationalId('123')).toBe('***********');
  });
});

describe('organisasjonsnummer (mod 11, weights 3,2,7,6,5,4,3,2)', () => {
  it('known registered numbers pass; a wrong control digit or length fails', () => {
    expect(checkOrgnr('974760673')).toEqual({ ok: true, value: '974760673' }); // Brønnøysundregistrene
    expect(checkOrgnr('923609016').ok).toBe(true);
    expect(checkOrgnr('974760674')).toEqual({ ok: false, reason: 'control digit (digit 9) is wrong' });
    expect(checkOrgnr('97476067')).toEqual({ ok: false, reason: 'must be exactly 9 digits' });
  });

  it('property: every generated orgnr passes and every single-digit change fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (base) => {
        const orgnr = makeOrgnr(base);
        fc.pre(orgnr !== undefined);
        expect(checkOrgnr(orgnr ?? '').ok).toBe(true);
        for (const changed of singleDigitChanges(orgnr ?? '')) expect(checkOrgnr(changed).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('property: a base whose control digit would be 10 has no valid number at all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (base) => {
        const prefix = String(base).padStart(8, '0');
        const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => checkOrgnr(`${prefix}${k}`).ok);
        expect(valid).toEqual(makeOrgnr(base) === undefined ? [] : [Number(makeOrgnr(base)?.[8])]);
      }),
    );
  });
});

describe('kontonummer (mod 11, weights 5,4,3,2,7,6,5,4,3,2)', () => {
  it('a known account passes, with or without separators; a wrong digit fails', () => {
    expect(checkAccountNumber('86011117947')).toEqual({ ok: true, value: '86011117947' });
    expect(checkAccountNumber('8601.11.17947')).toEqual({ ok: true, value: '86011117947' });
    expect(checkAccountNumber('8601 11 17947').ok).toBe(true);
    expect(checkAccountNumber('86011117948')).toEqual({
      ok: false,
      reason: 'control digit (digit 11) is wrong',
    });
    expect(checkAccountNumber('8601111794')).toEqual({ ok: false, reason: 'must be exactly 11 digits' });
  });

  it('property: every generated account number passes and every single-digit change fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (base) => {
        const account = makeAccountNumber(base);
        fc.pre(account !== undefined);
        expect(checkAccountNumber(account ?? '').ok).toBe(true);
        for (const changed of singleDigitChanges(account ?? ''))
          expect(checkAccountNumber(changed).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const sum = (digits: number[], weights: number[]) => weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0);

/** Appends both control digits to nine digits (today's rule), written independently of the code under test. */
function completeControlDigits(nine: string): string | undefined {
  return withK1Remainder(nine, 0);
}

/** Appends a K1 that leaves remainder `r` (0 today; 0–3 allowed from 2032) and the matching K2. */
function withK1Remainder(nine: string, r: number): string | undefined {
  const d = Array.from(nine, Number);
  const k1 = (((r - sum(d, K1)) % 11) + 11) % 11;
  if (k1 === 10) return undefined;
  d.push(k1);
  const k2 = (11 - (sum(d, K2) % 11)) % 11;
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}
