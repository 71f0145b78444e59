/** The stage data of a case: service history, conditions, calculations with trace and diff, decision, approval. */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Table,
  Tag,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResponse } from '../../../../src/rules/calculate';
import { explain } from '../../../../src/rules/explain';
import type { CaseDetail } from '../../api/cases';
import { useAuth } from '../../auth/AuthContext';
import { CalcExplanation } from '../../components/CalcExplanation';
import { ErrorAlert } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { type ServerLanguage, serverLanguage } from '../../i18n/language';
import { useCaseStep } from './useCaseStep';

type Props = { c: CaseDetail; mine: boolean };

export function ServiceHistory({ c, mine }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const step = useCaseStep(c.id);
  const [source, setSource] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [years, setYears] = useState('');
  const editable = c.status === 'preparing' && mine;
  function addTransfer(e: FormEvent) {
    e.preventDefault();
    step.mutate({
      step: 'service-history',
      body: {
        periods: [
          { kind: 'transfer', source, from, to: to || null, serviceYears: Number(years.replace(',', '.')) },
        ],
      },
    });
  }
  return (
    <Card data-color="neutral" data-testid="service-history">
      <Heading level={2} data-size="sm">
        {t('cases.service.title')}
      </Heading>
      {c.servicePeriods.length === 0 ? (
        <Paragraph>{t('cases.service.none')}</Paragraph>
      ) : (
        <div className="kassa-scroll">
          <Table zebra>
            <caption className="kassa-sr-only">{t('cases.service.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('cases.service.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.service.from')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.service.to')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('cases.service.position')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('cases.service.salary')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('cases.service.years')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.service.source')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.service.provenance')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {c.servicePeriods.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{t(`cases.service.${p.kind}`)}</Table.Cell>
                  <Table.Cell>{f.date(p.from)}</Table.Cell>
                  <Table.Cell>{p.to ? f.date(p.to) : t('common.ongoing')}</Table.Cell>
                  <Table.Cell className="kassa-num">{f.percent(p.positionPct)}</Table.Cell>
                  <Table.Cell className="kassa-num">{f.money(p.annualSalary)}</Table.Cell>
                  <Table.Cell className="kassa-num">{f.number(p.serviceYears, 2)}</Table.Cell>
                  <Table.Cell>{p.source === 'register' ? t('cases.service.register') : p.source}</Table.Cell>
                  <Table.Cell>{p.recordedInRegisterBy ?? p.addedBy}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {editable && (
        <>
          <div>
            <Button
              variant="secondary"
              onClick={() => step.mutate({ step: 'service-history', body: {} })}
              disabled={step.isPending}
            >
              {t('cases.service.fetch')}
            </Button>
          </div>
          <form onSubmit={addTransfer}>
            <Fieldset>
              <Fieldset.Legend>{t('cases.service.addTransfer')}</Fieldset.Legend>
              <div className="kassa-filters">
                <Textfield
                  label={t('cases.service.transferSource')}
                  required
                  value={source}
                  onChange={(e) => setSource(e.target.value)}
                />
                <Textfield
                  label={t('cases.service.from')}
                  type="date"
                  required
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                />
                <Textfield
                  label={t('cases.service.to')}
                  type="date"
                  value={to}
                  onChange={(e) => setTo(e.target.value)}
                />
                <Textfield
                  label={t('cases.service.transferYears')}
                  inputMode="decimal"
                  required
                  value={years}
                  onChange={(e) => setYears(e.target.value)}
                />
                <Button type="submit" variant="secondary" disabled={step.isPending}>
                  {t('cases.service.add')}
                </Button>
              </div>
            </Fieldset>
          </form>
        </>
      )}
      {step.error && <ErrorAlert error={step.error} />}
    </Card>
  );
}

export function Conditions({ c, mine }: Props) {
  const { t } = useTranslation();
  const step = useCaseStep(c.id);
  const [name, setName] = useState('');
  const [met, setMet] = useState(true);
  const [note, setNote] = useState('');
  function assess(e: FormEvent) {
    e.preventDefault();
    step.mutate({
      step: 'conditions',
      body: name.trim() ? { conditions: [{ name: name.trim(), met, note: note.trim() || null }] } : {},
    });
  }
  return (
    <Card data-color="neutral" data-testid="conditions">
      <Heading level={2} data-size="sm">
        {t('cases.conditions.title')}
      </Heading>
      {c.conditions.length === 0 ? (
        <Paragraph>{t('cases.conditions.none')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="kassa-sr-only">{t('cases.conditions.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cases.conditions.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.conditions.met')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.conditions.note')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.conditions.source')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.conditions.map((x) => (
              <Table.Row key={`${x.source}:${x.name}`}>
                <Table.Cell>{x.name}</Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color={x.met ? 'success' : 'danger'}>
                    {x.met ? t('cases.conditions.yes') : t('cases.conditions.no')}
                  </Tag>
                </Table.Cell>
                <Table.Cell className="kassa-pre">{x.note ?? ''}</Table.Cell>
                <Table.Cell>{t(`cases.conditions.${x.source}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {c.status === 'assessing' && mine && (
        <form onSubmit={assess} className="kassa-stack">
          <div className="kassa-filters">
            <Textfield
              label={t('cases.conditions.manualName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <Checkbox
              label={t('cases.conditions.manualMet')}
              checked={met}
              onChange={(e) => setMet(e.target.checked)}
            />
            <Textfield
              label={t('cases.conditions.manualNote')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <div>
            <Button type="submit" disabled={step.isPending}>
              {t('cases.conditions.assess')}
            </Button>
          </div>
        </form>
      )}
      {step.error && <ErrorAlert error={step.error} />}
    </Card>
  );
}

const show = (v: unknown) =>
  v === null || v === undefined ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/**
 * A stored version explained in words: the case keeps the engine's answer with its trace, and the
 * explanation is written from it here (pure, src/rules/explain), in the user's language.
 */
function explainStored(result: CaseDetail['calculations'][number]['result'], language: ServerLanguage) {
  const answer = result as unknown as CalcResponse;
  return explain(answer, answer.trace ?? [], language);
}

export function Calculations({ c, mine }: Props) {
  const { t, i18n } = useTranslation();
  const language = serverLanguage(i18n.language);
  const f = useFormat();
  const step = useCaseStep(c.id);
  const latest = c.calculations.at(-1)?.version ?? 0;
  const [picked, setPicked] = useState<number | null>(null);
  const version = picked ?? latest;
  const calc = c.calculations.find((x) => x.version === version);
  return (
    <Card data-color="neutral" data-testid="calculations">
      <Heading level={2} data-size="sm">
        {t('cases.calc.title')}
      </Heading>
      {c.status === 'calculating' && mine && (
        <div>
          <Button onClick={() => step.mutate({ step: 'calculations' })} disabled={step.isPending}>
            {t('cases.calc.run')}
          </Button>
        </div>
      )}
      {step.error && <ErrorAlert error={step.error} />}
      {!calc ? (
        <Paragraph>{t('cases.calc.none')}</Paragraph>
      ) : (
        <>
          {c.calculations.length > 1 && (
            <Field>
              <Label>{t('cases.calc.version')}</Label>
              <Select value={String(version)} onChange={(e) => setPicked(Number(e.target.value))}>
                {c.calculations.map((x) => (
                  <Select.Option key={x.version} value={String(x.version)}>
                    {x.version}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          <Paragraph data-size="sm">
            {t('cases.calc.versionOf', {
              version: calc.version,
              by: calc.calculatedBy,
              at: f.dateTime(calc.calculatedAt),
            })}
          </Paragraph>
          <dl className="kassa-facts">
            <div>
              <dt>{t('cases.calc.eligible')}</dt>
              <dd>{calc.result.eligible ? t('cases.conditions.yes') : t('cases.conditions.no')}</dd>
            </div>
            <div>
              <dt>{t('cases.calc.annual')}</dt>
              <dd data-testid="calc-annual">{f.money(calc.result.annualAmount)}</dd>
            </div>
            <div>
              <dt>{t('cases.calc.monthly')}</dt>
              <dd>{f.money(calc.result.monthlyAmount)}</dd>
            </div>
          </dl>
          {calc.version > 1 && (
            <div>
              <Heading level={3} data-size="xs">
                {t('cases.calc.changes', { version: calc.version - 1 })}
              </Heading>
              {calc.changes.length === 0 ? (
                <Paragraph>{t('cases.calc.noChanges')}</Paragraph>
              ) : (
                <Table zebra data-testid="calc-changes">
                  <caption className="kassa-sr-only">
                    {t('cases.calc.changes', { version: calc.version - 1 })}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('cases.calc.path')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('cases.calc.before')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('cases.calc.after')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {calc.changes.map((x) => (
                      <Table.Row key={x.path}>
                        <Table.Cell className="kassa-mono">{x.path}</Table.Cell>
                        <Table.Cell>{show(x.before)}</Table.Cell>
                        <Table.Cell>{show(x.after)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </div>
          )}
          {calc.result.trace && (
            <details>
              <summary>{t('cases.calc.trace')}</summary>
              <CalcExplanation explanation={explainStored(calc.result, language)} level={3} />
            </details>
          )}
        </>
      )}
    </Card>
  );
}

export function Decision({ c, mine }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user, can } = useAuth();
  const step = useCaseStep(c.id);
  const [outcome, setOutcome] = useState<'granted' | 'refused'>('granted');
  const [from, setFrom] = useState(c.claimedFrom);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const d = c.decision;
  const ownProposal = d?.proposedById === user?.id;
  return (
    <Card data-color="neutral" data-testid="decision">
      <Heading level={2} data-size="sm">
        {t('cases.decision.title')}
      </Heading>
      {d ? (
        <dl className="kassa-facts">
          <div>
            <dt>{t('cases.decision.outcome')}</dt>
            <dd data-testid="decision-outcome">{t(`cases.decision.${d.outcome}`)}</dd>
          </div>
          <div>
            <dt>{t('cases.decision.from')}</dt>
            <dd>{f.date(d.from)}</dd>
          </div>
          <div>
            <dt>{t('cases.decision.annual')}</dt>
            <dd>{f.money(d.annualAmount)}</dd>
          </div>
          <div>
            <dt>{t('cases.decision.monthly')}</dt>
            <dd>{f.money(d.monthlyAmount)}</dd>
          </div>
          <div className="kassa-facts-wide">
            <dt>{t('cases.decision.reason')}</dt>
            <dd>{d.reason ?? '–'}</dd>
          </div>
          {d.proposedBy && (
            <div className="kassa-facts-wide">
              <dd>{t('cases.decision.proposedBy', { by: d.proposedBy })}</dd>
            </div>
          )}
          {d.approvedBy && (
            <div className="kassa-facts-wide">
              <dd>{t('cases.decision.approvedBy', { by: d.approvedBy, at: f.dateTime(d.approvedAt) })}</dd>
            </div>
          )}
        </dl>
      ) : (
        <Paragraph>{t('cases.decision.none')}</Paragraph>
      )}
      {c.status === 'calculating' && mine && (
        <form
          className="kassa-stack"
          onSubmit={(e) => {
            e.preventDefault();
            step.mutate({ step: 'decision', body: { outcome, from, reason } });
          }}
        >
          <Fieldset>
            <Fieldset.Legend>{t('cases.decision.outcome')}</Fieldset.Legend>
            <Radio
              name="outcome"
              value="granted"
              label={t('cases.decision.granted')}
              checked={outcome === 'granted'}
              onChange={() => setOutcome('granted')}
            />
            <Radio
              name="outcome"
              value="refused"
              label={t('cases.decision.refused')}
              checked={outcome === 'refused'}
              onChange={() => setOutcome('refused')}
            />
          </Fieldset>
          <Textfield
            label={t('cases.decision.from')}
            type="date"
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <Field>
            <Label>{t('cases.decision.reason')}</Label>
            <Textarea
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
              name="reason"
            />
          </Field>
          <div>
            <Button type="submit" disabled={step.isPending}>
              {t('cases.decision.submit')}
            </Button>
          </div>
        </form>
      )}
      {c.status === 'awaiting_approval' && can('case:approve') && (
        <div className="kassa-stack" data-testid="approval">
          <Heading level={3} data-size="xs">
            {t('cases.approval.title')}
          </Heading>
          {ownProposal ? (
            <Alert data-color="info">{t('cases.approval.ownDecision')}</Alert>
          ) : (
            <>
              <Field>
                <Label>{t('cases.approval.comment')}</Label>
                <Textarea
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  rows={2}
                  name="approval-comment"
                />
              </Field>
              <div className="kassa-filters">
                <Button
                  onClick={() => step.mutate({ step: 'approve', body: comment.trim() ? { comment } : {} })}
                  disabled={step.isPending}
                >
                  {t('cases.approval.approve')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => step.mutate({ step: 'return', body: { comment } })}
                  disabled={step.isPending}
                >
                  {t('cases.approval.return')}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
      {step.error && <ErrorAlert error={step.error} />}
    </Card>
  );
}
