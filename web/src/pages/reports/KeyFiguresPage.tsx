/**
 * The key-figures report (nøkkeltall) for a reporting date and optionally one employer:
 * filters, downloads, and each figure as a chart with its table. An employer user is locked
 * to its own employers; the server decides what each user may see.
 */
import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, download, query } from '../../api/client';
import { DOWNLOAD_FORMATS, type DownloadFormat, KeyFiguresReport } from '../../api/keyFigures';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { serverLanguage } from '../../i18n/language';
import { PageHeading } from '../../shell/PageHeading';
import { KeyFiguresView } from './KeyFiguresView';
import { isIsoDate, lastYearEnd } from './reportDate';

export function KeyFiguresPage() {
  const { t, i18n } = useTranslation();
  const { scope } = useAuth();
  const reach = scope('report:key-figures');
  const locked = reach !== 'all';
  // Dates and organisation numbers are not personal data: the filter lives in the URL so a view can be shared.
  const [params, setParams] = useSearchParams();
  const dateParam = params.get('dato') ?? '';
  const date = isIsoDate(dateParam) ? dateParam : lastYearEnd();
  const employerParam = params.get('arbeidsgiver') ?? '';
  const employer = locked
    ? reach.includes(employerParam)
      ? employerParam
      : reach.length === 1
        ? (reach[0] ?? '')
        : ''
    : employerParam;
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<DownloadFormat | null>(null);

  const employers = useQuery({
    queryKey: ['employers', 'all-for-report'],
    queryFn: () => api.get('/api/employers', { query: { limit: 500 } }),
    staleTime: 5 * 60_000,
  });
  const names = new Map((employers.data?.employers ?? []).map((e) => [e.orgnr, e.name]));
  const choices = locked ? reach : (employers.data?.employers ?? []).map((e) => e.orgnr);

  const report = useQuery({
    queryKey: ['key-figures', date, employer],
    queryFn: async () =>
      KeyFiguresReport.parse(
        await api.get('/api/reports/key-figures', { query: { date, employer: employer || undefined } }),
      ),
  });

  function set(change: { dato?: string; arbeidsgiver?: string }) {
    const next = { dato: date, arbeidsgiver: employer, ...change };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)));
  }

  async function fetchFile(format: DownloadFormat) {
    setDownloadError(null);
    setDownloading(format);
    try {
      // the server writes the file, and names it, in the user's language (lang=nb|en)
      await download(
        `/api/reports/key-figures/download${query({ date, employer, format, lang: serverLanguage(i18n.language) })}`,
        `${t('reports.fileName')}-${date}${employer ? `-${employer}` : ''}.${format}`,
      );
    } catch (e) {
      setDownloadError(e);
    } finally {
      setDownloading(null);
    }
  }

  return (
    <section className="kassa-stack">
      <PageHeading>{t('reports.title')}</PageHeading>
      <Paragraph>{t('reports.intro')}</Paragraph>
      <div className="kassa-filters">
        <Textfield
          type="date"
          label={t('reports.date')}
          value={date}
          max="9999-12-31"
          onChange={(e) => isIsoDate(e.target.value) && set({ dato: e.target.value })}
          data-testid="report-date"
        />
        <Field>
          <Label>{t('reports.employer')}</Label>
          <Select
            value={employer}
            onChange={(e) => set({ arbeidsgiver: e.target.value })}
            disabled={locked && reach.length <= 1}
            data-testid="report-employer"
          >
            {!locked && <Select.Option value="">{t('reports.allEmployers')}</Select.Option>}
            {locked && reach.length > 1 && (
              <Select.Option value="">{t('reports.allMyEmployers')}</Select.Option>
            )}
            {choices.map((orgnr) => (
              <Select.Option key={orgnr} value={orgnr}>
                {names.get(orgnr) ? `${names.get(orgnr)} (${orgnr})` : orgnr}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <fieldset className="kassa-downloads">
          <legend className="kassa-sr-only">{t('reports.download')}</legend>
          {DOWNLOAD_FORMATS.map((format) => (
            <Button
              key={format}
              variant="secondary"
              data-size="sm"
              loading={downloading === format}
              disabled={downloading !== null}
              onClick={() => void fetchFile(format)}
            >
              {t('reports.downloadAs', { format: format.toUpperCase() })}
            </Button>
          ))}
        </fieldset>
      </div>
      {locked && (
        <Alert data-color="info" data-size="sm">
          {t('reports.employerScope')}
        </Alert>
      )}
      {downloadError !== null && <ErrorAlert error={downloadError} />}
      {report.isPending && <Loading />}
      {report.error && <ErrorAlert error={report.error} />}
      {report.data && <KeyFiguresView report={report.data} employer={employer} />}
    </section>
  );
}
