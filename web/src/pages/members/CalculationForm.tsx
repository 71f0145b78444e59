/**
 * Run a benefit calculation for this member from the register's periods, and read the answer:
 * amounts, the named parts and the rules engine's explanation in the user's language (what it is
 * based on, each step, every condition). Nothing is stored; the calculation is the rules engine
 * over HTTP (contracts/calc.md).
 */
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Calculation, CalculationRequest, Person } from '../../api/types';
import { CalcExplanation } from '../../components/CalcExplanation';
import { ErrorAlert } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { type ServerLanguage, serverLanguage } from '../../i18n/language';
import { benefitLabel } from './labels';
import { todayInOslo } from './summary';

export const CALC_BENEFITS = [
  'old_age',
  'rule_85',
  'afp_62_65',
  'afp_65_67',
  'deferred',
  'disability',
] as const;
type CalcBenefit = (typeof CALC_BENEFITS)[number];

/** The first day of next month: when a benefit applied for now would first be paid. */
export function firstOfNextMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The calculation request from one own membership's periods, cut at the day before `date`, asking
 * for the explanation in `language` (the engine's trace texts are for developers, in English).
 */
export function calcRequest(
  person: Person,
  membershipId: number,
  benefit: CalcBenefit,
  date: string,
  disabilityGrade: number,
  language: ServerLanguage,
): { request: CalculationRequest; skipped: number } {
  const m = person.memberships.find((x) => x.id === membershipId);
  const periods = (m?.employments ?? []).filter((e) => e.startDate < date);
  const last = dayBefore(date);
  const withSalary = periods.filter((e) => e.annualSalary !== null);
  return {
    skipped: periods.length - withSalary.length,
    request: {
      benefit,
      date,
      person: { birthDate: person.birthDate, ageLimit: periods.at(-1)?.ageLimit ?? 70 },
      employments: withSalary.map((e) => ({
        from: e.startDate,
        to: e.endDate === null || e.endDate > last ? last : e.endDate,
        positionPct: e.positionPct,
        annualSalary: e.annualSalary ?? 0,
      })),
      ...(benefit === 'disability' ? { disabilityGrade } : {}),
      trace: false,
      explain: language,
    } as CalculationRequest,
  };
}

export function CalculationForm({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const language = serverLanguage(i18n.language);
  const own = person.memberships.filter((m) => m.kind === 'own' && m.employments.length > 0);
  const [membershipId, setMembershipId] = useState(own[0]?.id ?? 0);
  const [benefit, setBenefit] = useState<CalcBenefit>('old_age');
  const [date, setDate] = useState(firstOfNextMonth(todayInOslo()));
  const [grade, setGrade] = useState('100');
  const [skipped, setSkipped] = useState(0);
  const calc = useMutation({
    mutationFn: (request: CalculationRequest) => api.post('/api/calculations', request),
  });
  if (own.length === 0) return <Paragraph>{t('actions.calc.noPeriods')}</Paragraph>;
  function submit(e: FormEvent) {
    e.preventDefault();
    const { request, skipped } = calcRequest(person, membershipId, benefit, date, Number(grade), language);
    setSkipped(skipped);
    calc.mutate(request);
  }
  return (
    <div className="kassa-stack">
      <form onSubmit={submit} className="kassa-filters" data-testid="calc-form">
        <Field>
          <Label>{t('actions.calc.benefit')}</Label>
          <Select value={benefit} onChange={(e) => setBenefit(e.target.value as CalcBenefit)} name="benefit">
            {CALC_BENEFITS.map((b) => (
              <Select.Option key={b} value={b}>
                {benefitLabel(t, b)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {own.length > 1 && (
          <Field>
            <Label>{t('actions.membership')}</Label>
            <Select value={membershipId} onChange={(e) => setMembershipId(Number(e.target.value))}>
              {own.map((m) => (
                <Select.Option key={m.id} value={m.id}>
                  {m.employer.name} · {m.scheme.code}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Textfield
          type="date"
          label={t('actions.calc.date')}
          value={date}
          max="9999-12-31"
          onChange={(e) => setDate(e.target.value)}
        />
        {benefit === 'disability' && (
          <Textfield
            type="number"
            label={t('actions.calc.grade')}
            value={grade}
            min={0}
            max={100}
            onChange={(e) => setGrade(e.target.value)}
          />
        )}
        <Button type="submit" loading={calc.isPending}>
          {t('actions.calc.run')}
        </Button>
      </form>
      {skipped > 0 && (
        <Alert data-color="warning" data-size="sm">
          {t('actions.calc.skipped', { count: skipped })}
        </Alert>
      )}
      {calc.error && (
        <ErrorAlert
          error={calc.error}
          onRetry={() =>
            calc.mutate(calcRequest(person, membershipId, benefit, date, Number(grade), language).request)
          }
          fields={{
            date: t('actions.calc.date'),
            disabilityGrade: t('actions.calc.grade'),
            employments: t('membership.employments'),
            person: t('person.birthDate'),
          }}
        />
      )}
      {calc.data && <CalculationResult result={calc.data} />}
    </div>
  );
}

function CalculationResult({ result }: { result: Calculation }) {
  const { t } = useTranslation();
  const f = useFormat();
  const explanation = result.explanation;
  return (
    <section className="kassa-stack kassa-calc-result" data-testid="calc-result" aria-live="polite">
      <Heading level={3} data-size="xs">
        {explanation?.title ??
          t('actions.calc.resultTitle', {
            benefit: benefitLabel(t, result.benefit),
            date: f.date(result.date),
          })}
      </Heading>
      <Alert data-color={result.eligible ? 'success' : 'warning'}>
        <Paragraph data-testid="calc-amount">
          {result.eligible
            ? t('actions.calc.amount', {
                annual: f.money(result.annualAmount),
                monthly: f.money(result.monthlyAmount),
              })
            : t('actions.calc.notEligible')}
        </Paragraph>
        {explanation && <Paragraph data-size="sm">{explanation.summary}</Paragraph>}
      </Alert>
      {Object.keys(result.components).length > 0 && (
        <dl className="kassa-facts">
          {Object.entries(result.components).map(([k, v]) => (
            <div key={k}>
              <dt>{t(`actions.calc.components.${k}`, { defaultValue: k })}</dt>
              <dd>{f.money(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {explanation && <CalcExplanation explanation={explanation} />}
    </section>
  );
}
