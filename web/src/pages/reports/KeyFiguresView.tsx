/** The figures of one key-figures report, each as a chart with its table. */
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type KeyFiguresReport, notesIn, reportTexts } from '../../api/keyFigures';
import { EChart } from '../../components/EChart';
import { useFormat } from '../../format/format';
import { serverLanguage } from '../../i18n/language';
import { benefitLabel } from '../members/labels';
import { barChart } from './charts';
import { GridTable } from './GridTable';
import {
  afpGrid,
  ageGrid,
  biggestFirst,
  bornFrom1963Grid,
  comparisonGrid,
  dropTotal,
  enrolmentGrid,
  financeByProviderGrid,
  financeGrid,
  gradeGrid,
  membershipGrid,
  pensionGrid,
  pick,
  statusOnly,
  topRows,
} from './grid';

/** Employers shown in the chart; the table lists them all. */
const CHART_EMPLOYERS = 15;

interface Props {
  report: KeyFiguresReport;
  /** The employer the user filtered on, if any. */
  employer: string;
}

export function KeyFiguresView({ report, employer }: Props) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const total = t('reports.total');
  const num = (v: number | null) => f.number(v);
  const pct = (v: number | null) => f.percent(v);
  const signed = (v: number | null) => (v !== null && v > 0 ? `+${f.number(v)}` : f.number(v));
  const col = (c: string) => t(`reports.columns.${c}`, { defaultValue: c });
  const providerLabel = (p: string) =>
    p === 'total'
      ? total
      : report.providers[p] && report.providers[p] !== p
        ? `${report.providers[p]} (${p})`
        : p;
  const employerLabel = (o: string) =>
    o === 'total' ? total : report.employers[o] ? `${report.employers[o]} (${o})` : o;
  const gradeLabel = (b: string) => t(`reports.bands.${b}`, { defaultValue: b });
  // Columns ending in Share or Pct are percent points; the others are counts.
  const membershipCell = (v: number | null, _r: string, c: string) =>
    c.endsWith('Share') || c.endsWith('Pct') ? pct(v) : c === 'changeTotal' ? signed(v) : num(v);

  const byProvider = membershipGrid(report.membershipsByProvider);
  // biggest employer first, as in the chart; the total row last
  const byEmployer = biggestFirst(membershipGrid(report.membershipsByEmployer), 'total');
  const pensions = pensionGrid(report);
  const grades = gradeGrid(report);
  const afp = afpGrid(report);
  const ages = ageGrid(report);
  const finance = financeGrid(report);
  const compared = [
    ...(employer && report.comparison.byEmployer[employer]
      ? [{ key: employer, figures: report.comparison.byEmployer[employer] }]
      : []),
    { key: 'total', figures: report.comparison.total },
    { key: 'fund', figures: report.comparison.fund },
  ];
  const comparison = comparisonGrid(compared);
  const totalColumn = byProvider.columns.indexOf('total');
  const anyMembership = byProvider.values.some((row) => (row[totalColumn] ?? 0) > 0);
  if (!anyMembership)
    return (
      <Alert data-color="info" data-testid="key-figures-empty">
        {t('reports.noData', { date: f.date(report.date) })}
      </Alert>
    );

  return (
    <div className="kassa-stack" data-testid="key-figures">
      <nav aria-label={t('reports.contents')} className="kassa-toc kassa-no-print">
        <Heading level={2} data-size="2xs">
          {t('reports.contents')}
        </Heading>
        <ol>
          {FIGURE_IDS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key, { year: report.financeYear })}</a>
            </li>
          ))}
        </ol>
      </nav>
      <Paragraph data-size="sm">
        {t('reports.period', {
          date: f.date(report.date),
          previous: f.date(report.previousDate),
          year: report.financeYear,
        })}
      </Paragraph>

      <Figure id="leverandor" title={t('reports.byProvider')}>
        <EChart
          label={t('reports.byProvider')}
          option={barChart(statusOnly(dropTotal(byProvider)), {
            stacked: true,
            rowLabel: (p) => p,
            columnLabel: col,
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-by-provider"
          grid={byProvider}
          caption={t('reports.byProvider')}
          rowHeader={t('reports.provider')}
          rowLabel={providerLabel}
          columnLabel={col}
          cell={membershipCell}
        />
      </Figure>

      <Figure id="arbeidsgiver" title={t('reports.byEmployer')}>
        <EChart
          label={t('reports.byEmployer')}
          height={Math.max(200, Math.min(CHART_EMPLOYERS, byEmployer.rows.length) * 30 + 70)}
          option={barChart(statusOnly(topRows(dropTotal(byEmployer), 6, CHART_EMPLOYERS)), {
            stacked: true,
            horizontal: true,
            rowLabel: (o) => report.employers[o] ?? o,
            columnLabel: col,
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-by-employer"
          grid={byEmployer}
          caption={t('reports.byEmployer')}
          rowHeader={t('reports.employer')}
          rowLabel={employerLabel}
          columnLabel={col}
          cell={membershipCell}
        />
      </Figure>

      <Figure id="innmeldte" title={t('reports.enrolment')}>
        <Paragraph data-size="sm">{t('reports.enrolmentNote')}</Paragraph>
        <div className="kassa-two">
          <GridTable
            testId="table-enrolment-provider"
            grid={enrolmentGrid(report.enrolment.byProvider)}
            caption={t('reports.enrolmentByProvider')}
            rowHeader={t('reports.provider')}
            rowLabel={providerLabel}
            columnLabel={col}
            cell={num}
          />
          <GridTable
            testId="table-enrolment-employer"
            grid={enrolmentGrid(report.enrolment.byEmployer)}
            caption={t('reports.enrolmentByEmployer')}
            rowHeader={t('reports.employer')}
            rowLabel={employerLabel}
            columnLabel={col}
            cell={num}
          />
        </div>
      </Figure>

      <Figure id="alder" title={t('reports.ageDistribution')}>
        <EChart
          label={t('reports.ageDistribution')}
          option={barChart(
            pick(
              ages,
              ages.columns.filter((c) => c !== 'total'),
            ),
            {
              stacked: true,
              columnLabel: (p) => p,
              format: (v) => f.number(v),
            },
          )}
        />
        <GridTable
          testId="table-age"
          grid={ages}
          caption={t('reports.ageDistribution')}
          rowHeader={t('reports.age')}
          columnLabel={providerLabel}
          cell={num}
        />
        <GridTable
          testId="table-born-1963"
          grid={bornFrom1963Grid(report)}
          caption={t('reports.bornFrom1963')}
          rowHeader={t('reports.provider')}
          rowLabel={providerLabel}
          columnLabel={col}
          cell={num}
        />
      </Figure>

      <Figure id="pensjoner" title={t('reports.pensionsByType')}>
        <EChart
          label={t('reports.pensionsByType')}
          option={barChart(pick(dropTotal(pensions), ['previous', 'current']), {
            rowLabel: (b) => benefitLabel(t, b),
            columnLabel: (c) => (c === 'current' ? f.date(report.date) : f.date(report.previousDate)),
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-pensions"
          grid={pensions}
          caption={t('reports.pensionsByType')}
          rowHeader={t('reports.pensionType')}
          rowLabel={(b) => (b === 'total' ? total : benefitLabel(t, b))}
          columnLabel={(c) =>
            c === 'current' ? f.date(report.date) : c === 'previous' ? f.date(report.previousDate) : col(c)
          }
          cell={(v, _r, c) => (c === 'changePct' ? pct(v) : c === 'change' ? signed(v) : num(v))}
        />
      </Figure>

      <Figure id="ufore" title={t('reports.disabilityByGrade')}>
        <EChart
          label={t('reports.disabilityByGrade')}
          option={barChart(pick(grades, ['count']), {
            rowLabel: gradeLabel,
            columnLabel: col,
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-disability"
          grid={grades}
          caption={t('reports.disabilityByGrade')}
          rowHeader={t('reports.gradeBand')}
          rowLabel={gradeLabel}
          columnLabel={col}
          cell={(v, _r, c) => (c === 'share' ? pct(v) : num(v))}
        />
        <Paragraph data-size="sm" data-testid="disability-summary">
          {t('reports.disabilitySummary', {
            disabled: f.number(report.disability.disabled),
            share: pct(report.disability.disabilityShare),
            grade: pct(report.disability.averageGrade),
          })}
        </Paragraph>
      </Figure>

      <Figure id="afp" title={t('reports.afpTakeUp')}>
        <EChart
          label={t('reports.afpTakeUp')}
          option={barChart(pick(afp, ['takeUp']), {
            percent: true,
            rowLabel: (a) => t('reports.years', { age: a }),
            columnLabel: col,
            format: (v) => f.percent(v),
          })}
        />
        <GridTable
          testId="table-afp"
          grid={afp}
          caption={t('reports.afpTakeUp')}
          rowHeader={t('reports.age')}
          columnLabel={col}
          cell={(v, _r, c) => (c === 'takeUp' ? pct(v) : num(v))}
        />
        <Paragraph data-size="sm">
          {t('reports.fullAfp', {
            drawers: f.number(report.afpTakeUp.drawers),
            full: f.number(report.afpTakeUp.fullAfp),
            share: pct(report.afpTakeUp.fullAfpShare),
          })}
        </Paragraph>
      </Figure>

      <Figure id="okonomi" title={t('reports.finance', { year: report.financeYear })}>
        <EChart
          label={t('reports.finance', { year: report.financeYear })}
          option={barChart(financeByProviderGrid(report), {
            columnLabel: col,
            format: (v) => f.money(v),
          })}
        />
        <GridTable
          testId="table-finance"
          grid={finance}
          caption={t('reports.finance', { year: report.financeYear })}
          rowHeader={t('reports.providerEmployer')}
          rowLabel={(key) => {
            if (key === 'total') return total;
            const [provider = '', orgnr] = key.split('|');
            return orgnr ? `${provider} · ${employerLabel(orgnr)}` : t('reports.providerSum', { provider });
          }}
          columnLabel={col}
          cell={(v) => f.money(v)}
        />
      </Figure>

      <Figure id="sammenligning" title={t('reports.comparison')}>
        <GridTable
          testId="table-comparison"
          grid={comparison}
          caption={t('reports.comparison')}
          rowHeader={t('reports.measure')}
          rowLabel={(m) => t(`reports.measures.${m}`, { defaultValue: m })}
          columnLabel={(c) =>
            c === 'total' ? t('reports.scopeTotal') : c === 'fund' ? t('reports.fund') : employerLabel(c)
          }
          cell={(v, m) =>
            m.endsWith('Pct') || m === 'disabilityShare' || m === 'averageDisabilityGrade'
              ? pct(v)
              : m.startsWith('average')
                ? f.number(v, 1)
                : num(v)
          }
        />
      </Figure>

      {report.notes.length > 0 && (
        <Figure id="merknader" title={t('reports.notes')}>
          <ul>
            {notesIn(report, reportTexts(serverLanguage(i18n.language))).map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Figure>
      )}
    </div>
  );
}

/** One figure: a heading with a button that folds it away (a long report stays readable), its chart and table. */
function Figure({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  return (
    <Card data-color="neutral" className="kassa-figure" id={id} asChild>
      <section aria-labelledby={`${id}-title`}>
        <div className="kassa-figure-head">
          <Heading level={2} data-size="sm" id={`${id}-title`}>
            {title}
          </Heading>
          <Button
            variant="tertiary"
            data-size="sm"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onClick={() => setOpen(!open)}
            className="kassa-no-print"
          >
            {open ? t('reports.hide') : t('reports.show')}
            <span className="kassa-sr-only">: {title}</span>
          </Button>
        </div>
        <div id={`${id}-body`} hidden={!open} className="kassa-figure">
          {children}
        </div>
      </section>
    </Card>
  );
}

/** The figures of the report, in order: the table of contents. */
export const FIGURE_IDS = [
  ['leverandor', 'reports.byProvider'],
  ['arbeidsgiver', 'reports.byEmployer'],
  ['innmeldte', 'reports.enrolment'],
  ['alder', 'reports.ageDistribution'],
  ['pensjoner', 'reports.pensionsByType'],
  ['ufore', 'reports.disabilityByGrade'],
  ['afp', 'reports.afpTakeUp'],
  ['okonomi', 'reports.finance'],
  ['sammenligning', 'reports.comparison'],
  ['merknader', 'reports.notes'],
] as const;
