/**
 * The calculation in a decision letter. With the rules engine's whole answer, its plain-language
 * explanation for the member (rules/explain: what the pension is based on, each step with its
 * numbers, each condition); with trace steps only, the steps as they were stored.
 */
import { type CalcResponse, explain, type TraceStep } from '../../rules';
import type { Translate } from '../messages';
import type { Block, Language } from './content';

export function explainResult(result: CalcResponse, language: Language, t: Translate): Block[] {
  // nynorsk has no catalogue in the rules engine yet: bokmål, as elsewhere in the letter.
  const e = explain(result, (result.trace ?? []) as TraceStep[], language === 'en' ? 'en' : 'nb');
  const paragraphs = (texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
  return [
    { kind: 'heading', text: t('decision.calculation') },
    ...paragraphs([e.summary, ...e.basis]),
    ...e.steps.map((text, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${text}` })),
    ...paragraphs(e.conditions.map((c) => c.text)),
    ...paragraphs(e.notes),
  ];
}

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
