/** Find a member by name or by fødselsnummer (the number goes in the request body, never the URL). */
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { useMemberSearch } from './searchState';

/** Why the user looks a person up; logged with the access (tilgangslogg). */
export const SEARCH_PURPOSES = ['case_handling', 'customer_inquiry', 'quality_control'] as const;

export function MemberSearchPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useMemberSearch();
  const submitted = search.submitted;

  const results = useQuery({
    queryKey: ['person-search', submitted],
    enabled: submitted !== null,
    queryFn: () =>
      api.post('/api/persons/search', {
        query: submitted?.query ?? '',
        purpose: submitted?.purpose,
        limit: 50,
      }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const query = search.query.trim();
    if (query) search.update({ submitted: { query, purpose: search.purpose } });
  }

  return (
    <section className="kassa-stack">
      <Heading level={1} data-size="lg">
        {t('members.title')}
      </Heading>
      <search>
        <form onSubmit={submit} className="kassa-search-form">
          <Textfield
            className="kassa-grow"
            label={t('members.searchLabel')}
            description={t('members.searchHelp')}
            name="member-query"
            autoComplete="off"
            value={search.query}
            onChange={(e) => search.update({ query: e.target.value })}
          />
          <Field>
            <Label>{t('members.purpose')}</Label>
            <Select value={search.purpose} onChange={(e) => search.update({ purpose: e.target.value })}>
              {SEARCH_PURPOSES.map((p) => (
                <Select.Option key={p} value={p}>
                  {t(`members.purposes.${p}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit">{t('members.submit')}</Button>
        </form>
      </search>

      {results.isFetching && <Loading />}
      {results.error && <ErrorAlert error={results.error} />}
      {results.data && (
        <>
          <Paragraph role="status" data-testid="search-count">
            {t('members.hits', { count: results.data.results.length })}
          </Paragraph>
          {results.data.results.length > 0 && (
            <div className="kassa-scroll">
              <Table zebra hover data-testid="search-results">
                <caption className="kassa-sr-only">{t('members.resultsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('person.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.birthDate')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.nationalId')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.deathDate')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {results.data.results.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.Cell>
                        <Link to={`/medlemmer/${p.id}`}>{p.name}</Link>
                      </Table.Cell>
                      <Table.Cell>{f.date(p.birthDate)}</Table.Cell>
                      <Table.Cell className="kassa-mono">{p.nationalIdMasked}</Table.Cell>
                      <Table.Cell>
                        {p.deathDate ? (
                          <Tag data-color="neutral" data-size="sm">
                            {t('person.deceased', { date: f.date(p.deathDate) })}
                          </Tag>
                        ) : (
                          ''
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
