/**
 * What the register lets a case handler do to a member from the member page: a change from a
 * date (lønnsendring, stillingsendring), a correction of a period with a reason, and a death.
 * Each is one request; the server keeps the old version in the history with the reason.
 */
import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
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

/**
 * The frame every register action shares: its own fields, the reason (required: it goes into the
 * history), the server's errors by field, a confirmation and the submit button.
 */
function ActionForm({
  testId,
  action,
  reason,
  fields,
  done,
  submit,
  ready,
  danger,
  children,
}: {
  testId: string;
  action: UseMutationResult<unknown, Error, void>;
  reason: { label: string; value: string; set: (v: string) => void };
  /** Names of the request's fields for the error messages. */
  fields: Record<string, string>;
  done?: string;
  submit: string;
  /** Whether enough is filled in to send. */
  ready: boolean;
  danger?: boolean;
  children: ReactNode;
}) {
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    action.mutate();
  }
  return (
    <form onSubmit={onSubmit} className="kassa-stack kassa-form" data-testid={testId}>
      {children}
      <Textfield
        label={reason.label}
        value={reason.value}
        onChange={(e) => reason.set(e.target.value)}
        required
      />
      {action.error && <ErrorAlert error={action.error} fields={{ ...fields, reason: reason.label }} />}
      {done && action.isSuccess && (
        <Paragraph role="status" data-testid="action-done">
          {done}
        </Paragraph>
      )}
      <div>
        <Button
          type="submit"
          data-color={danger ? 'danger' : undefined}
          loading={action.isPending}
          disabled={!ready || !reason.value.trim()}
        >
          {submit}
        </Button>
      </div>
    </form>
  );
}

/** Position % and salary, each optional (left empty: unchanged). */
function PositionAndSalary({
  pct,
  setPct,
  salary,
  setSalary,
}: {
  pct: string;
  setPct: (v: string) => void;
  salary: string;
  setSalary: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
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
  return (
    <ActionForm
      testId="change-form"
      action={change}
      reason={{ label: t('admin.reason'), value: reason, set: setReason }}
      fields={{
        validFrom: t('actions.validFrom'),
        positionPct: t('employment.positionPct'),
        annualSalary: t('actions.salaryKroner'),
      }}
      done={t('actions.changed')}
      submit={t('actions.changeSubmit')}
      ready={!!validFrom && (!!pct || !!salary)}
    >
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
        <PositionAndSalary pct={pct} setPct={setPct} salary={salary} setSalary={setSalary} />
      </div>
    </ActionForm>
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
  return (
    <ActionForm
      testId="correct-form"
      action={correct}
      reason={{ label: t('admin.reason'), value: reason, set: setReason }}
      fields={{
        endDate: t('actions.endDate'),
        positionPct: t('employment.positionPct'),
        annualSalary: t('actions.salaryKroner'),
      }}
      done={t('actions.corrected')}
      submit={t('actions.correctSubmit')}
      ready={!!pct || !!salary || !!endDate}
    >
      <EmploymentSelect person={person} value={id} onChange={setId} />
      <div className="kassa-filters">
        <PositionAndSalary pct={pct} setPct={setPct} salary={salary} setSalary={setSalary} />
        <Textfield
          type="date"
          label={t('actions.endDate')}
          value={endDate}
          max="9999-12-31"
          onChange={(e) => setEndDate(e.target.value)}
        />
      </div>
    </ActionForm>
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
  return (
    <ActionForm
      testId="death-form"
      action={register}
      reason={{ label: t('actions.deathSource'), value: reason, set: setReason }}
      fields={{ deathDate: t('field.deathDate'), validFrom: t('field.deathDate') }}
      submit={t('actions.deathSubmit')}
      ready={!!date}
      danger
    >
      <Textfield
        type="date"
        label={t('field.deathDate')}
        value={date}
        max={todayInOslo()}
        onChange={(e) => setDate(e.target.value)}
        required
      />
    </ActionForm>
  );
}
