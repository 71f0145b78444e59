/** What every benefit returns to the dispatcher, and the eligibility checklist it builds first. */
import type { Trace, TraceValue } from './trace';

export interface Outcome {
  eligible: boolean;
  reasons: string[];
  /** Whole kroner per year. */
  annual: number;
  components: Record<string, number>;
  parameters: Record<string, number | string>;
  /** True when the amount waits for a parameter not yet published (e.g. a forholdstall). */
  provisional?: boolean;
}

/** Each condition adds a reason in words; the benefit is eligible when every condition holds. */
export class Eligibility {
  readonly reasons: string[] = [];
  ok = true;
  constructor(private readonly trace: Trace) {}

  require(rule: string, holds: boolean, reason: string, inputs?: Record<string, TraceValue>): boolean {
    this.reasons.push(holds ? reason : `not met: ${reason}`);
    if (!holds) this.ok = false;
    if (this.trace.on) this.trace.add(`eligibility:${rule}`, reason, inputs ?? {}, holds);
    return holds;
  }
}

export function notEligible(
  e: Eligibility,
  parameters: Outcome['parameters'],
  components: Outcome['components'] = {},
): Outcome {
  return { eligible: false, reasons: e.reasons, annual: 0, components, parameters };
}
