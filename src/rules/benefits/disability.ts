/**
 * Disability pension from 2015 (oftp-rules §5), a top-up to NAV's uføretrygd / AAP.
 * At 100 % and full service:
 *   with a national benefit:    min(25 % G, 6 % PG) + 3 % × PG up to 6 G + 69 % × PG between 6 G and 12 G
 *   without a national benefit: min(25 % G, 6 % PG) + 69 % × PG up to 12 G
 * then × average part-time × disability grade × min(service incl. future service, 30)/30.
 * Barnetillegg: 4 % of PG (capped at 6 G) per child under 18, at most 3, scaled the same way
 * (scaling UNVERIFIED). Thresholds apply to the full-time PG; part-time scales the result.
 */
import { spanUnits, ymdInputs, ymdText } from '../calendar';
import { ageAt, birthdayAt } from '../days';
import { Dec, roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { gOn } from '../parameters/g';
import { DISABILITY, GROSS, serviceRoundingOn, valueOn } from '../parameters/rates';
import type { CalcRequest } from '../request';
import { computeService, roundYears } from '../service';
import { fmt, pct, type Trace } from '../trace';
import { pensionableBase } from './gross';
import { traceSamordningNotApplicable } from './samordning';

export function disability(r: CalcRequest, trace: Trace): Outcome {
  const d = valueOn(DISABILITY, r.date, 'disability');
  const gp = valueOn(GROSS, r.date, 'gross scheme');
  const g = gOn(r.date);
  const parameters: Outcome['parameters'] = { G: g, capG: d.capG };
  const e = new Eligibility(trace);
  const grade = r.disabilityGrade ?? 0;
  const age = ageAt(r.person.birthDate, r.date);
  const stopAge = Math.min(r.person.ageLimit, d.futureServiceToAge);
  e.require('grade', grade >= d.minGradePct, `disability grade ${fmt(grade)} % >= ${d.minGradePct} %`, {
    grade,
    minGradePct: d.minGradePct,
  });
  e.require('age', age < stopAge, `age ${age} below ${stopAge} (then old-age pension takes over)`, {
    age,
    stopAge,
  });
  const roundUpFromMonths = serviceRoundingOn(r.scheme, r.date).roundUpFromMonths;
  const service = computeService(
    r.employments,
    {
      end: r.date,
      roundUpFromMonths,
      otherServiceYears: r.otherServiceYears,
      otherServicePct: r.otherServicePct,
      minPositionPct: gp.minPositionPct,
      fullServiceYears: gp.fullServiceYears,
    },
    trace,
  );
  e.require('member', service.last >= 0, 'has counted membership in the scheme');
  if (!e.ok) return notEligible(e, parameters);

  // Future service: from the date to the age limit, at most to 67.
  const futureUnits = spanUnits(r.date, birthdayAt(r.person.birthDate, stopAge));
  const years = Math.min(roundYears(service.units + futureUnits, roundUpFromMonths), gp.fullServiceYears);
  if (trace.on)
    trace.add(
      'service-with-future',
      `Service including future service to age ${stopAge}: ${ymdText(service.units)} + ${ymdText(futureUnits)} = ${ymdText(service.units + futureUnits)}, counted ${years} years (at most ${gp.fullServiceYears})`,
      { ...ymdInputs('future', futureUnits), ...ymdInputs('total', service.units + futureUnits), stopAge },
      years,
    );
  const base = pensionableBase(r.employments, service, r.date, d.capG, false, trace);
  const pg = new Dec(base.num).div(base.den).div(100);
  const flat = Dec.min(new Dec(g).mul(d.flatG), pg.mul(d.flatMaxPgBp).div(10000));
  const split = new Dec(g).mul(d.splitG);
  let full: InstanceType<typeof Dec>;
  if (r.nationalDisabilityBenefit) {
    const low = Dec.min(pg, split).mul(d.lowBp).div(10000);
    const high = Dec.max(0, pg.minus(split)).mul(d.highBp).div(10000);
    full = flat.plus(low).plus(high);
    if (trace.on)
      trace.add(
        'disability-full',
        `Full disability pension (with national benefit) = min(${d.flatG} G, ${fmt(d.flatMaxPgBp / 100)} % PG) ${fmt(flat.toNumber())} + ${fmt(d.lowBp / 100)} % × PG up to ${d.splitG} G ${fmt(low.toNumber())} + ${fmt(d.highBp / 100)} % × PG above ${d.splitG} G ${fmt(high.toNumber())} = ${fmt(full.toNumber())}`,
        {
          pg: pg.toNumber(),
          G: g,
          withNational: true,
          flatG: d.flatG,
          flatMaxPct: d.flatMaxPgBp / 100,
          lowPct: d.lowBp / 100,
          highPct: d.highBp / 100,
          splitG: d.splitG,
          capG: d.capG,
          flat: Number(flat.toFixed(2)),
          low: Number(low.toFixed(2)),
          high: Number(high.toFixed(2)),
        },
        Number(full.toFixed(2)),
      );
  } else {
    const main = pg.mul(d.withoutNationalBp).div(10000);
    full = flat.plus(main);
    if (trace.on)
      trace.add(
        'disability-full',
        `Full disability pension (no national benefit) = min(${d.flatG} G, ${fmt(d.flatMaxPgBp / 100)} % PG) ${fmt(flat.toNumber())} + ${fmt(d.withoutNationalBp / 100)} % × PG ${fmt(main.toNumber())} = ${fmt(full.toNumber())}`,
        {
          pg: pg.toNumber(),
          G: g,
          withNational: false,
          flatG: d.flatG,
          flatMaxPct: d.flatMaxPgBp / 100,
          mainPct: d.withoutNationalBp / 100,
          capG: d.capG,
          flat: Number(flat.toFixed(2)),
          main: Number(main.toFixed(2)),
        },
        Number(full.toFixed(2)),
      );
  }
  const scale = new Dec(service.avgNum)
    .div(service.avgDen)
    .mul(grade)
    .div(100)
    .mul(years)
    .div(gp.fullServiceYears);
  const pension = full.mul(scale);
  const avg = service.avgNum / service.avgDen;
  const components: Record<string, number> = { disabilityPension: roundDecimal(pension) };
  if (trace.on)
    trace.add(
      'disability-scaled',
      `Disability pension = ${fmt(full.toNumber())} × average part-time ${pct(avg)} × grade ${fmt(grade)} % × ${years}/${gp.fullServiceYears} = ${components.disabilityPension}`,
      {
        grade,
        years,
        fullYears: gp.fullServiceYears,
        averagePartTime: Number(avg.toFixed(8)),
        full: Number(full.toFixed(2)),
      },
      components.disabilityPension ?? 0,
    );
  let total = pension;
  const children = Math.min(r.childrenUnder18, d.childMaxCount);
  if (children > 0) {
    const child = Dec.min(pg, new Dec(g).mul(d.childCapG)).mul(d.childBp).div(10000).mul(children).mul(scale);
    components.childSupplement = roundDecimal(child);
    total = total.plus(child);
    if (trace.on)
      trace.add(
        'child-supplement',
        `Barnetillegg = ${fmt(d.childBp / 100)} % × min(PG, ${d.childCapG} G) × ${children} child(ren) (at most ${d.childMaxCount}) × the same scaling = ${components.childSupplement}`,
        { children, pctOfBase: d.childBp / 100, capG: d.childCapG },
        components.childSupplement,
      );
  }
  traceSamordningNotApplicable(
    trace,
    r.nationalPension !== undefined,
    'the disability pension is a top-up to the national benefit, computed with or without it; no further coordination',
  );
  return { eligible: true, reasons: e.reasons, annual: roundDecimal(total), components, parameters };
}
