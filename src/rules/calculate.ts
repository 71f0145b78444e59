/**
 * The rules engine's entry point: a parsed request in, the calc.md answer out. Pure: no I/O,
 * no clock; the same request always gives the same answer.
 */
import { accrual2020 } from './benefits/accrual-2020';
import { afpOld } from './benefits/afp-old';
import { conditional } from './benefits/conditional';
import { deferred } from './benefits/deferred';
import { disability } from './benefits/disability';
import { oldAge } from './benefits/old-age';
import { survivor } from './benefits/survivor';
import { monthlyOf } from './exact';
import { type Explanation, explain } from './explain';
import type { Outcome } from './outcome';
import { ParameterMissingError, withGTable } from './parameters/g';
import type { Benefit, CalcRequest } from './request';
import { Trace, type TraceStep } from './trace';

export interface CalcResponse {
  benefit: Benefit;
  date: string;
  eligible: boolean;
  reasons: string[];
  annualAmount: number;
  monthlyAmount: number;
  components: Record<string, number>;
  parameters: Record<string, number | string>;
  /** The amount waits for a parameter not yet published (the trace says which). */
  provisional: boolean;
  trace?: TraceStep[];
  /** The member's explanation, when the request asks for one (`explain`). */
  explanation?: Explanation;
}

function run(r: CalcRequest, t: Trace): Outcome {
  switch (r.benefit) {
    case 'old_age':
    case 'rule_85':
      return oldAge(r, t, r.benefit);
    case 'deferred':
      return deferred(r, t);
    case 'afp_62_65':
    case 'afp_65_67':
      return afpOld(r, t, r.benefit);
    case 'accrual_2020':
      return accrual2020(r, t);
    case 'conditional':
      return conditional(r, t);
    case 'disability':
      return disability(r, t);
    case 'spouse':
    case 'child':
      return survivor(r, t, r.benefit);
  }
}

export function calculate(r: CalcRequest): CalcResponse {
  // G values the request brings are in force for this calculation only (parameters/g.ts).
  if (r.gTable && r.gTable.length > 0) {
    const { gTable, ...rest } = r;
    return withGTable(gTable, () => calculate(rest));
  }
  // The explanation is written from the trace, so asking for one keeps the trace while computing.
  const t = r.trace || r.explain ? new Trace(true) : Trace.OFF;
  const o = run(r, t);
  const annualAmount = o.eligible ? o.annual : 0;
  const monthlyAmount = monthlyOf(annualAmount);
  if (t.on)
    t.add(
      'monthly',
      `Monthly amount = annual ${annualAmount} / 12 = ${monthlyAmount} (half up to whole kroner)`,
      { annualAmount },
      monthlyAmount,
    );
  const out: CalcResponse = {
    benefit: r.benefit,
    date: r.date,
    eligible: o.eligible,
    reasons: o.reasons,
    annualAmount,
    monthlyAmount,
    components: o.components,
    parameters: o.parameters,
    provisional: o.provisional === true,
  };
  if (r.trace) out.trace = t.steps;
  if (r.explain) out.explanation = explain(out, t.steps, r.explain);
  return out;
}

/** As `calculate`, but a parameter missing for the request's dates is an input error on `date`. */
export function calculateChecked(
  r: CalcRequest,
): CalcResponse | { errors: { path: string; message: string }[] } {
  try {
    return calculate(r);
  } catch (e) {
    if (e instanceof ParameterMissingError) return { errors: [{ path: 'date', message: e.message }] };
    throw e;
  }
}
