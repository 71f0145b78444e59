/**
 * What the register lets a case handler do to a member from the member page: a change from a
 * date (lønnsendring, stillingsendring), a correction of a period with a reason, and a death.
 * Each is one request; the server keeps the old version in the history with the reason.
 */
import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Person } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { todayInOslo } from './summary';

function useDone(personId: number) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: ['person', String(personId)] });
    await qc.invalidateQueries({ queryKey: ['person-history', personId] });
  };
}

/** Optional number from a text field: '' is "not given". Norwegian decimal comma accepted. */
const num = (s: string): number | undefined =>
  s.trim() === '' ? undefined : Number(s.replace(/\s/g, '').replace(',', '.'));

function EmploymentSelect({
  person,
  value,
  onChange,
  onlyOpen,
}: {
  person: Person;
  value: number;
  onChange: (id: number) => void;
  onlyOpen?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const options = person.memberships.flatMap((m) =>
    m.employments
      .filter((e) => !onlyOpen || e.endDate === null || e.endDate >= todayInOslo())
      .map((e) => ({
        id: e.id,
        label: `${m.employer.name}: ${f.date(e.startDate)} – ${e.endDate ? f.date(e.endDate) : t('common.ongoing')}, ${f.percent(e.positionPct)}, ${f.money(e.annualSalary)}`,
      })),
  );
  return (
    <Field>
      <Label>{t('actions.period')}</Label>
      <Select value={value} onChange={(e) => onChange(Number(e.target.value))} name="employment">
        {options.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function Done({ children }: { children: ReactNode }) {
  return (
    <Paragraph role="status" data-testid="action-done">
      {children}
    </Paragraph>
  );
}

export function ChangeFromDateForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const done = useDone(person.id);
  const open = person.memberships
    .flatMap((m) => m.employments)
    .filter((e) => e.endDate === null || e.endDate >= todayInOslo());
  const [id, setId] = useState(open.at(-1)?.id ?? 0);
  const [validFrom, setValidFrom] = useState('');
  const [pct, setPct] = useState('');
  const [salary, setSalary] = useState('');
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: () =>
      api.post(
        '/api/employments/{id}/changes',
        { validFrom, positionPct: num(pct), annualSalary: num(salary), reason: reason.trim() },
        { path: { id } },
      ),
    onSuccess: done,
  });
  if (open.length === 0) return <Paragraph>{t('actions.noOpenPeriod')}</Paragraph>;
  function submit(e: FormEvent) {
    e.preventDefault();
    change.mutate();
  }
  return (
    <form onSubmit={submit} className="kassa-stack kassa-form" data-testid="change-form">
      <EmploymentSelect person={person} value={id} onChange={setId} onlyOpen />
      <div className="kassa-filters">
        <Textfield
          type="date"
          label={t('actions.validFrom')}
          value={validFrom}
          max="9999-12-31"
          onChange={(e) => setValidFrom(e.target.value)}
          required
        />
        <Textfield
          label={t('employment.positionPct')}
          inputMode="decimal"
          value={pct}
          onChange={(e) => setPct(e.target.value)}
        />
        <Textfield
          label={t('actions.salaryKroner')}
          inputMode="decimal"
          value={salary}
          onChange={(e) => setSalary(e.target.value)}
        />
      </div>
      <Textfield
        label={t('admin.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
      />
      {change.error && (
        <ErrorAlert
          error={change.error}
          fields={{
            validFrom: t('actions.validFrom'),
            positionPct: t('employment.positionPct'),
            annualSalary: t('actions.salaryKroner'),
            reason: t('admin.reason'),
          }}
        />
      )}
      {change.isSuccess && <Done>{t('actions.changed')}</Done>}
      <div>
        <Button
          type="submit"
          loading={change.isPending}
          disabled={!validFrom || !reason.trim() || (!pct && !salary)}
        >
          {t('actions.changeSubmit')}
        </Button>
      </div>
    </form>
  );
}

export function CorrectPeriodForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const done = useDone(person.id);
  const all = person.memberships.flatMap((m) => m.employments);
  const [id, setId] = useState(all.at(-1)?.id ?? 0);
  const [pct, setPct] = useState('');
  const [salary, setSalary] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const correct = useMutation({
    mutationFn: () =>
      api.patch(
        '/api/employments/{id}',
        {
          positionPct: num(pct),
          annualSalary: num(salary),
          ...(endDate ? { endDate } : {}),
          reason: reason.trim(),
        },
        { path: { id } },
      ),
    onSuccess: done,
  });
  if (all.length === 0) return <Paragraph>{t('membership.noEmployments')}</Paragraph>;
  function submit(e: FormEvent) {
    e.preventDefault();
    correct.mutate();
  }
  return (
    <form onSubmit={submit} className="kassa-stack kassa-form" data-testid="correct-form">
      <EmploymentSelect person={person} value={id} onChange={setId} />
      <div className="kassa-filters">
        <Textfield
          label={t('employment.positionPct')}
          inputMode="decimal"
          value={pct}
          onChange={(e) => setPct(e.target.value)}
        />
        <Textfield
          label={t('actions.salaryKroner')}
          inputMode="decimal"
          value={salary}
          onChange={(e) => setSalary(e.target.value)}
        />
        <Textfield
          type="date"
          label={t('actions.endDate')}
          value={endDate}
          max="9999-12-31"
          onChange={(e) => setEndDate(e.target.value)}
        />
      </div>
      <Textfield
        label={t('admin.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
      />
      {correct.error && (
        <ErrorAlert
          error={correct.error}
          fields={{
            endDate: t('actions.endDate'),
            positionPct: t('employment.positionPct'),
            annualSalary: t('actions.salaryKroner'),
            reason: t('admin.reason'),
          }}
        />
      )}
      {correct.isSuccess && <Done>{t('actions.corrected')}</Done>}
      <div>
        <Button
          type="submit"
          loading={correct.isPending}
          disabled={!reason.trim() || (!pct && !salary && !endDate)}
        >
          {t('actions.correctSubmit')}
        </Button>
      </div>
    </form>
  );
}

export function DeathForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const f = useFormat();
  const done = useDone(person.id);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const register = useMutation({
    mutationFn: () =>
      api.patch(
        '/api/persons/{id}',
        { deathDate: date, validFrom: date, reason: reason.trim() },
        { path: { id: person.id } },
      ),
    onSuccess: done,
  });
  if (person.deathDate)
    return <Paragraph>{t('person.deceased', { date: f.date(person.deathDate) })}</Paragraph>;
  function submit(e: FormEvent) {
    e.preventDefault();
    register.mutate();
  }
  return (
    <form onSubmit={submit} className="kassa-stack kassa-form" data-testid="death-form">
      <Textfield
        type="date"
        label={t('field.deathDate')}
        value={date}
        max={todayInOslo()}
        onChange={(e) => setDate(e.target.value)}
        required
      />
      <Textfield
        label={t('actions.deathSource')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
      />
      {register.error && (
        <ErrorAlert
          error={register.error}
          fields={{
            deathDate: t('field.deathDate'),
            validFrom: t('field.deathDate'),
            reason: t('actions.deathSource'),
          }}
        />
      )}
      <div>
        <Button
          type="submit"
          data-color="danger"
          loading={register.isPending}
          disabled={!date || !reason.trim()}
        >
          {t('actions.deathSubmit')}
        </Button>
      </div>
    </form>
  );
}
