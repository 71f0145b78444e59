/**
 * Survivor pensions (oftp-rules §6) from the deceased member's pensionable base:
 *   spouse (net rules, main rule):  9 % × PG × average part-time × min(service, 30)/30
 *   spouse (gross rules, older):   39.6 % × PG × … , coordinated as old age (SIMPLIFIED samordning)
 *   child:                         15 % × PG × … , until the child turns 20
 * A member who died in service counts service to the age limit, at most to 67 [S52].
 * The PG is capped at 12 G on the day of death and regulated with G to the date.
 * Not checked: marriage length, remarriage, divorced spouses, sharing between spouses.
 */
import { spanUnits, ymdInputs, ymdText } from '../calendar';
import { ageAt, birthdayAt, dayNumber, isoOfDay } from '../days';
import { roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { gOn } from '../parameters/g';
import { GROSS, SURVIVOR, serviceRoundingOn, valueOn } from '../parameters/rates';
import type { CalcRequest } from '../request';
import { computeService, roundYears } from '../service';
import { fmt, type Trace } from '../trace';
import {
  employedOnDayBefore,
  type GrossTerms,
  grossDecimal,
  grossRounded,
  pensionableBase,
  traceGross,
} from './gross';
import { coordinate, traceNoSamordning, traceSamordningNotApplicable } from './samordning';

export function survivor(r: CalcRequest, trace: Trace, kind: 'spouse' | 'child'): Outcome {
  const s = valueOn(SURVIVOR, r.date, 'survivor');
  const gp = valueOn(GROSS, r.date, 'gross scheme');
  const g = gOn(r.date);
  const parameters: Outcome['parameters'] = { G: g, capG: gp.capG };
  const e = new Eligibility(trace);
  const dec = r.deceased;
  if (!dec) throw new Error('deceased is required (checked by the request schema)');
  e.require('death', dec.deathDate <= r.date, `the member died ${dec.deathDate}, on or before ${r.date}`, {
    deathDate: dec.deathDate,
  });
  if (kind === 'child') {
    const childAge = r.child ? ageAt(r.child.birthDate, r.date) : 99;
    e.require('child-age', childAge < s.childUntilAge, `child aged ${childAge} is below ${s.childUntilAge}`, {
      childAge,
      until: s.childUntilAge,
    });
  }
  const deathNext = isoOfDay(dayNumber(dec.deathDate) + 1);
  const roundUpFromMonths = serviceRoundingOn(r.scheme, dec.deathDate).roundUpFromMonths;
  const service = computeService(
    dec.employments,
    {
      end: deathNext,
      roundUpFromMonths,
      otherServiceYears: dec.otherServiceYears,
      otherServicePct: 100,
      minPositionPct: gp.minPositionPct,
      fullServiceYears: gp.fullServiceYears,
    },
    trace,
  );
  e.require('member', service.last >= 0, 'the deceased had counted membership');
  if (!e.ok) return notEligible(e, parameters, { gross: 0 });

  // In service on the day of death: a period covers the day before the day after death.
  const inService = employedOnDayBefore(dec.employments, deathNext);
  const stopAge = Math.min(dec.ageLimit, s.futureServiceToAge);
  const futureUnits = inService ? spanUnits(deathNext, birthdayAt(dec.birthDate, stopAge)) : 0;
  const years = Math.min(roundYears(service.units + futureUnits, roundUpFromMonths), gp.fullServiceYears);
  if (trace.on)
    trace.add(
      'survivor-service',
      inService
        ? `Died in service: service ${ymdText(service.units)} + future service to age ${stopAge} ${ymdText(futureUnits)} = ${ymdText(service.units + futureUnits)}, counted ${years} years (at most ${gp.fullServiceYears})`
        : `Died after leaving: service ${ymdText(service.units)}, counted ${years} years`,
      {
        inService,
        stopAge,
        ...ymdInputs('future', futureUnits),
        ...ymdInputs('total', service.units + futureUnits),
      },
      years,
    );
  // Cap on the day of death, then regulate with G to the date.
  const atDeath = pensionableBase(dec.employments, service, dec.deathDate, gp.capG, false, trace);
  const gDeath = gOn(dec.deathDate);
  const base = {
    ...atDeath,
    num: atDeath.num * g,
    den: atDeath.den * gDeath,
    kroner: (atDeath.kroner * g) / gDeath,
  };
  if (trace.on && g !== gDeath)
    trace.add(
      'regulate-base',
      `Pensionable base regulated with G ${gDeath} → ${g} = ${fmt(base.kroner)}`,
      { gAtDeath: gDeath, g },
      base.kroner,
    );
  const rateBp = kind === 'child' ? s.childBp : r.survivorRules === 'gross' ? s.spouseGrossBp : s.spouseNetBp;
  const terms: GrossTerms = { base, service, rateBp, years, fullYears: gp.fullServiceYears, drawH: 10000 };
  const gross = grossRounded(terms);
  traceGross(
    trace,
    kind === 'child' ? 'child-pension' : 'spouse-pension',
    terms,
    kind === 'child' ? 'Child pension' : `Spouse pension (${r.survivorRules} rules)`,
    gross,
  );
  const components: Record<string, number> = { gross };
  let annual = gross;
  if (kind === 'spouse' && r.survivorRules === 'gross') {
    // Gross rules: coordinated with the survivor's folketrygd pension as old age (oftp-rules
    // §2.4, §6 [S51]), the deduction scaled by the same service fraction (SIMPLIFIED).
    if (r.nationalPension) {
      const drawn = grossDecimal(terms);
      const c = coordinate(drawn, r.nationalPension, years, gp.fullServiceYears, 10000, g, trace);
      annual = roundDecimal(c.net);
      components.samordning = -roundDecimal(c.deduction.gt(drawn) ? drawn : c.deduction);
    } else traceNoSamordning(trace);
  } else
    traceSamordningNotApplicable(
      trace,
      r.nationalPension !== undefined,
      kind === 'child'
        ? 'a child pension is not reduced for the child’s income or folketrygd [S50, S53]'
        : 'a spouse pension under the net rules is not reduced for the survivor’s income or folketrygd [S50, S51]',
    );
  return { eligible: true, reasons: e.reasons, annual, components, parameters };
}
