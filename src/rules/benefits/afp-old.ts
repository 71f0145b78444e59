/**
 * Old AFP for members born 1962 or earlier (oftp-rules §4).
 * 62–64: the folketrygd-computed AFP + AFP-tillegg (20 400). 65–66: the higher of that and the
 * gross old-age formula ("vedtekstberegnet AFP"). Not life-expectancy adjusted.
 * SIMPLIFIED: the folketrygd-computed part is an input (`folketrygdAfp`), not computed here; the
 * income conditions (10 best years ≥ 2 G, ≥ 1 G the last 3 years) are not checked.
 */
import { ageAt, yearOf } from '../days';
import { Dec, roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { gOn } from '../parameters/g';
import {
  FULL_PENSION_BP_BY_SCHEME,
  GROSS,
  LAST_GROSS_COHORT,
  OLD_AFP,
  serviceRoundingOn,
  valueOn,
} from '../parameters/rates';
import type { CalcRequest } from '../request';
import { computeService, UNITS_PER_YEAR } from '../service';
import { fmt, type Trace } from '../trace';
import {
  employedOnDayBefore,
  type GrossTerms,
  grossDecimal,
  grossRounded,
  pensionableBase,
  traceGross,
} from './gross';
import { serviceInputs, serviceText } from './old-age';
import { traceSamordningNotApplicable } from './samordning';

export function afpOld(r: CalcRequest, trace: Trace, kind: 'afp_62_65' | 'afp_65_67'): Outcome {
  const p = valueOn(GROSS, r.date, 'gross scheme');
  const a = valueOn(OLD_AFP, r.date, 'old AFP');
  const g = gOn(r.date);
  const parameters: Outcome['parameters'] = { G: g, afpSupplement: a.afpSupplement };
  const e = new Eligibility(trace);
  const birthYear = yearOf(r.person.birthDate);
  const age = ageAt(r.person.birthDate, r.date);
  const service = computeService(
    r.employments,
    {
      end: r.date,
      roundUpFromMonths: serviceRoundingOn(r.scheme, r.date).roundUpFromMonths,
      otherServiceYears: r.otherServiceYears,
      otherServicePct: r.otherServicePct,
      minPositionPct: p.minPositionPct,
      fullServiceYears: p.fullServiceYears,
    },
    trace,
  );
  e.require('cohort', birthYear <= LAST_GROSS_COHORT, `born ${birthYear} <= ${LAST_GROSS_COHORT} (old AFP)`, {
    birthYear,
    lastCohort: LAST_GROSS_COHORT,
  });
  const [lo, hi] = kind === 'afp_62_65' ? [a.fromAge, a.splitAge] : [a.splitAge, a.toAge];
  e.require('age', age >= lo && age < hi, `age ${age} is from ${lo} and below ${hi}`, {
    age,
    from: lo,
    below: hi,
  });
  e.require(
    'in-work',
    employedOnDayBefore(r.employments, r.date),
    'in public employment until the AFP starts',
  );
  e.require(
    'service',
    service.units >= a.minServiceYears * UNITS_PER_YEAR,
    serviceText(service.units, a.minServiceYears),
    serviceInputs(service.units, a.minServiceYears),
  );
  if (!e.ok) return notEligible(e, parameters, kind === 'afp_65_67' ? { gross: 0 } : {});

  const drawH = Math.round(r.drawingPct * 100);
  const ftAfp = r.folketrygdAfp ?? 0;
  const ftBased = new Dec(ftAfp).plus(a.afpSupplement);
  if (trace.on)
    trace.add(
      'afp-folketrygd-based',
      `AFP computed as folketrygd = folketrygd-computed AFP ${fmt(ftAfp)}${r.folketrygdAfp === undefined ? ' (NOT given: folketrygd part left out, SIMPLIFIED)' : ''} + AFP-tillegg ${a.afpSupplement} = ${fmt(ftBased.toNumber())}`,
      { folketrygdAfp: ftAfp, afpSupplement: a.afpSupplement },
      roundDecimal(ftBased),
    );
  const components: Record<string, number> = {};
  let chosen = ftBased;
  if (kind === 'afp_65_67') {
    const base = pensionableBase(r.employments, service, r.date, p.capG, false, trace);
    const rateBp = FULL_PENSION_BP_BY_SCHEME[r.scheme] ?? p.fullPensionBp;
    const terms: GrossTerms = {
      base,
      service,
      rateBp,
      years: Math.min(service.years, p.fullServiceYears),
      fullYears: p.fullServiceYears,
      drawH: 10000,
    };
    const gross = grossRounded(terms);
    traceGross(
      trace,
      'afp-scheme-based',
      terms,
      'AFP computed as the scheme pension (vedtekstberegnet)',
      gross,
    );
    components.gross = gross;
    const grossD = grossDecimal(terms);
    if (grossD.gt(ftBased)) chosen = grossD;
    parameters.afpBasis = chosen === ftBased ? 'folketrygd' : 'scheme';
    if (trace.on)
      trace.add(
        'afp-higher',
        `AFP 65–67 = the higher of ${roundDecimal(ftBased)} and ${gross} = ${roundDecimal(chosen)}`,
        { folketrygdBased: roundDecimal(ftBased), schemeBased: gross },
        roundDecimal(chosen),
      );
  }
  components.folketrygdAfp = ftAfp === 0 ? 0 : roundDecimal(new Dec(ftAfp));
  components.afpSupplement = a.afpSupplement;
  const drawn = chosen.mul(drawH).div(10000);
  const annual = roundDecimal(drawn);
  if (drawH !== 10000) {
    components.partialDrawing = annual - roundDecimal(chosen);
    if (trace.on)
      trace.add(
        'partial-drawing',
        `Partial AFP = ${roundDecimal(chosen)} × ${fmt(drawH / 100)} % = ${annual}`,
        { drawingPct: drawH / 100 },
        annual,
      );
  }
  traceSamordningNotApplicable(
    trace,
    r.nationalPension !== undefined,
    'old AFP takes the folketrygd-computed AFP (folketrygdAfp) as its folketrygd part and is not coordinated with folketrygd pensions, SIMPLIFIED',
  );
  if (trace.on)
    trace.add(
      'levealdersjustering',
      'Old AFP is not life-expectancy adjusted [S30]',
      { status: 'not-for-afp' },
      null,
    );
  return { eligible: true, reasons: e.reasons, annual, components, parameters };
}
