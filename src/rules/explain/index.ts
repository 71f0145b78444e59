/**
 * The member's explanation of a calculation, written from the same trace the engine keeps: what
 * the pension is based on, each step with its numbers, which conditions were met and why, and
 * what is simplified or provisional. Pure (no I/O); the decision letter, cases and the member
 * portal call `explain(result, trace, language)` with an answer computed with the trace on.
 * Languages come from message catalogues (nb.ts, en.ts); add one by writing its catalogue.
 */
import type { CalcResponse } from '../calculate';
import type { TraceStep } from '../trace';
import type { Catalogue, StepView, Template } from './catalogue';
import { en } from './en';
import { formatter } from './format';
import type { ExplainLanguage } from './languages';
import { nb } from './nb';

export { EXPLAIN_LANGUAGES, type ExplainLanguage } from './languages';

const CATALOGUES: Record<ExplainLanguage, Catalogue> = { nb, en };

export interface ExplainedCondition {
  /** The trace rule, e.g. `eligibility:service`. */
  rule: string;
  met: boolean;
  text: string;
}

export interface Explanation {
  language: ExplainLanguage;
  /** E.g. "Alderspensjon fra 1. juni 2025". */
  title: string;
  /** The amount a year and a month, or that there is no right and why to look below. */
  summary: string;
  /** What the pension is based on: service time, part-time, pensionable base. */
  basis: string[];
  /** Each step of the calculation with its numbers, in order. */
  steps: string[];
  /** Every condition checked, met or not, in words. */
  conditions: ExplainedCondition[];
  /** What is not applied, simplified or provisional. */
  notes: string[];
}

/** Rules that say what the pension is based on. */
const BASIS = new Set([
  'service-time',
  'average-part-time',
  'regulate-base',
  'pensionable-base',
  'cohort',
  'possible-service',
  'service-with-future',
  'survivor-service',
  'conditional-accrual-period',
]);

/** `credit-2021` → `credit-year`: one template for the yearly credits. */
function templateKey(rule: string): string {
  return /-\d{4}$/.test(rule) ? `${rule.slice(0, -5)}-year` : rule;
}

/** A step that reports something not applied (no value) belongs with the notes. */
function isNote(step: TraceStep): boolean {
  if (step.rule === 'samordning') return step.inputs.status !== 'applied';
  if (step.rule === 'levealdersjustering') return step.inputs.status !== 'applied';
  return false;
}

function conditionTemplate(c: Catalogue, benefit: string, rule: string) {
  return c.conditions[`${benefit}:${rule}`] ?? c.conditions[rule];
}

/**
 * The explanation of `result` (a calc.md answer) from its `trace`, in `language`. Steps the
 * catalogue has no template for are left out; `uncoveredRules` lists them (tests keep it empty).
 */
export function explain(
  result: CalcResponse,
  trace: readonly TraceStep[],
  language: ExplainLanguage,
): Explanation {
  const c = CATALOGUES[language];
  const f = formatter(c.words);
  const benefit = c.benefit[result.benefit];
  const deceased = result.benefit === 'spouse' || result.benefit === 'child';
  const summary = result.eligible
    ? c.eligible(benefit, f.kr(result.annualAmount), f.kr(result.monthlyAmount))
    : c.notEligible(benefit, f.date(result.date));
  const out: Explanation = {
    language,
    title: c.title(benefit, f.date(result.date)),
    summary: result.provisional ? `${summary} ${c.provisional}` : summary,
    basis: [],
    steps: [],
    conditions: [],
    notes: [],
  };
  for (const step of trace) {
    const view: StepView = { benefit: result.benefit, deceased, v: { ...step.inputs, value: step.value }, f };
    if (step.rule.startsWith('eligibility:')) {
      const rule = step.rule.slice('eligibility:'.length);
      const t = conditionTemplate(c, result.benefit, rule);
      if (t)
        out.conditions.push({
          rule: step.rule,
          met: step.value === true,
          text: t(view, step.value === true),
        });
      continue;
    }
    const t: Template | undefined = c.steps[templateKey(step.rule)];
    const text = t?.(view);
    if (text === undefined) continue;
    if (isNote(step)) out.notes.push(text);
    else if (BASIS.has(step.rule)) out.basis.push(text);
    else out.steps.push(text);
  }
  return out;
}

/** Trace rules `explain` has no template for in `language` (for tests: should be none). */
export function uncoveredRules(
  result: CalcResponse,
  trace: readonly TraceStep[],
  language: ExplainLanguage,
): string[] {
  const c = CATALOGUES[language];
  const missing: string[] = [];
  for (const step of trace) {
    if (step.rule.startsWith('eligibility:')) {
      if (!conditionTemplate(c, result.benefit, step.rule.slice('eligibility:'.length)))
        missing.push(step.rule);
    } else if (!c.steps[templateKey(step.rule)]) missing.push(step.rule);
  }
  return missing;
}
