/** Employers (arbeidsgivere) with their number of memberships; a link leads to their key figures. */
import { Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api, query } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';

const PAGE = 25;

export function EmployersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useAuth();
  // Employer names and numbers are not personal data, so the search may live in the URL.
  const [params, setParams] = useSearchParams();
  const q = params.get('sok') ?? '';
  const offset = Number(params.get('fra') ?? 0) || 0;
  const [text, setText] = useState(q);

  const employers = useQuery({
    queryKey: ['employers', q, offset],
    placeholderData: keepPreviousData,
    queryFn: () => api.get('/api/employers', { query: { query: q || undefined, limit: PAGE, offset } }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setParams(text.trim() ? { sok: text.trim() } : {});
  }
  const go = (to: number) => setParams({ ...(q ? { sok: q } : {}), ...(to > 0 ? { fra: String(to) } : {}) });
  const rows = employers.data?.employers ?? [];

  return (
    <section className="kassa-stack">
      <PageHeading>{t('employers.title')}</PageHeading>
      <search>
        <form onSubmit={submit} className="kassa-search-form">
          <Textfield
            className="kassa-grow"
            label={t('employers.searchLabel')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit">{t('members.submit')}</Button>
        </form>
      </search>
      {employers.isPending && <Loading />}
      {employers.error && <ErrorAlert error={employers.error} />}
      {employers.data && rows.length === 0 && <Paragraph>{t('employers.none')}</Paragraph>}
      {rows.length > 0 && (
        <Table zebra data-testid="employers">
          <caption className="kassa-sr-only">{t('employers.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('employers.orgnr')}</Table.HeaderCell>
              <Table.HeaderCell>{t('employers.name')}</Table.HeaderCell>
              <Table.HeaderCell className="kassa-num">{t('employers.memberships')}</Table.HeaderCell>
              {can('report:key-figures') && <Table.HeaderCell>{t('nav.reports')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell className="kassa-mono">{e.orgnr}</Table.Cell>
                <Table.Cell>{e.name}</Table.Cell>
                <Table.Cell className="kassa-num">{f.number(e.memberships)}</Table.Cell>
                {can('report:key-figures') && (
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/rapporter/nokkeltall${query({ arbeidsgiver: e.orgnr })}`}>
                        {t('employers.keyFigures')}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {(offset > 0 || rows.length === PAGE) && (
        <div className="kassa-pager">
          <Button variant="secondary" disabled={offset === 0} onClick={() => go(Math.max(0, offset - PAGE))}>
            {t('common.previous')}
          </Button>
          <Button variant="secondary" disabled={rows.length < PAGE} onClick={() => go(offset + PAGE)}>
            {t('common.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
