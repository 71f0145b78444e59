/**
 * A calculation explained in words, as the rules engine writes it (src/rules/explain): what it is
 * based on, each step with its numbers, every condition met or not, and what is simplified or
 * provisional — in bokmål or English, never the engine's internal trace texts.
 */
import { Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Calculation } from '../api/types';

export type Explanation = NonNullable<Calculation['explanation']>;

export function CalcExplanation({ explanation, level = 4 }: { explanation: Explanation; level?: 3 | 4 }) {
  const { t } = useTranslation();
  const heading = (key: string) => (
    <Heading level={level} data-size="2xs">
      {t(key)}
    </Heading>
  );
  return (
    <div className="kassa-stack kassa-explanation" data-testid="calc-trace" lang={explanation.language}>
      {explanation.basis.length > 0 && (
        <>
          {heading('actions.calc.basis')}
          <ul>
            {explanation.basis.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {explanation.steps.length > 0 && (
        <>
          {heading('actions.calc.trace')}
          <ol>
            {explanation.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      )}
      {explanation.conditions.length > 0 && (
        <>
          {heading('actions.calc.conditions')}
          <ul className="kassa-conditions">
            {explanation.conditions.map((c) => (
              <li key={c.rule}>
                <Tag data-color={c.met ? 'success' : 'warning'} data-size="sm">
                  {c.met ? t('actions.calc.met') : t('actions.calc.notMet')}
                </Tag>{' '}
                {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {explanation.notes.length > 0 && (
        <>
          {heading('actions.calc.notes')}
          <ul>
            {explanation.notes.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
