/** Time on the case: a running timer (kept per case in this browser tab) and minutes by hand. */
import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseDetail, WORK_STAGES, type WorkStage } from '../../api/cases';
import { ErrorAlert } from '../../components/QueryState';
import { statusLabel } from './labels';
import { useCaseStep } from './useCaseStep';

const key = (id: number) => `kassa.case-timer.${id}`;

export function CaseTime({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const step = useCaseStep(c.id);
  const current: WorkStage = (WORK_STAGES as readonly string[]).includes(c.status)
    ? (c.status as WorkStage)
    : 'received';
  const [stage, setStage] = useState<WorkStage>(current);
  const [minutes, setMinutes] = useState('');
  const [started, setStarted] = useState<number | null>(
    () => Number(sessionStorage.getItem(key(c.id))) || null,
  );
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [started]);
  const start = () => {
    const at = Date.now();
    sessionStorage.setItem(key(c.id), String(at));
    setStarted(at);
    setNow(at);
  };
  const stop = () => {
    if (started === null) return;
    const m = Math.max(1, Math.round((Date.now() - started) / 60_000));
    sessionStorage.removeItem(key(c.id));
    setStarted(null);
    step.mutate({ step: 'time', body: { stage: current, minutes: m } });
  };
  const byHand = (e: FormEvent) => {
    e.preventDefault();
    step.mutate(
      { step: 'time', body: { stage, minutes: Number(minutes) } },
      { onSuccess: () => setMinutes('') },
    );
  };
  const elapsed = started === null ? 0 : Math.max(0, Math.floor((now - started) / 1000));
  const mmss = `${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, '0')}`;
  return (
    <Card data-color="neutral" data-testid="case-time">
      <Heading level={2} data-size="sm">
        {t('cases.time.title')}
      </Heading>
      <Paragraph data-testid="time-total">
        {t('cases.time.total', { minutes: c.time?.totalMinutes ?? 0 })}
      </Paragraph>
      <div className="kassa-filters">
        {started === null ? (
          <Button variant="secondary" onClick={start}>
            {t('cases.time.start')}
          </Button>
        ) : (
          <>
            <span role="timer" aria-live="off">
              {t('cases.time.running', { elapsed: mmss })}
            </span>
            <Button variant="secondary" onClick={stop}>
              {t('cases.time.stop')}
            </Button>
          </>
        )}
      </div>
      <form onSubmit={byHand} className="kassa-filters">
        <Field>
          <Label>{t('cases.time.stage')}</Label>
          <Select value={stage} onChange={(e) => setStage(e.target.value as WorkStage)} name="time-stage">
            {WORK_STAGES.map((s) => (
              <Select.Option key={s} value={s}>
                {statusLabel(t, s)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('cases.time.minutes')}
          inputMode="numeric"
          required
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          name="minutes"
        />
        <Button type="submit" variant="secondary" disabled={step.isPending}>
          {t('cases.time.register')}
        </Button>
      </form>
      {step.error && <ErrorAlert error={step.error} />}
    </Card>
  );
}
