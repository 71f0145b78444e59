/**
 * The calculation in a decision letter, from the trace steps stored with the decision.
 * Kept apart on purpose: when the rules engine's `explain(...)` (plain-language explanation of a
 * result) is merged, this one function switches to it and nothing else in the letter changes.
 */
import type { Translate } from '../messages';
import type { Block } from './content';

export interface StoredCalculation {
  steps: { rule?: string | undefined; text: string; value?: number | string | boolean | null | undefined }[];
}

export function explainCalculation(calculation: StoredCalculation, t: Translate): Block[] {
  if (calculation.steps.length === 0) return [];
  return [
    { kind: 'heading', text: t('decision.calculation') },
    { kind: 'paragraph', text: t('decision.calculation.intro') },
    ...calculation.steps.map((s, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${s.text}` })),
  ];
}
