/**
 * Find a member by name, birth date or fødselsnummer (the number goes in the request body and
 * the history state, never the URL). Results show employer and status to tell namesakes apart,
 * page beyond 50, and say what to try when nothing is found.
 */
import { Button, Field, Label, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { ScrollBox } from '../../components/ScrollBox';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { EmployerMembersPage } from '../employers/EmployerMembersPage';
import { kindLabel, statusColor, statusLabel } from './labels';
import { type FromSearch, PAGE_SIZE, SEARCH_PURPOSES, useSearchState } from './searchState';

export function MemberSearchPage() {
  const { t } = useTranslation();
  const { scope } = useAuth();
  // An employer's user gets its own list of members, not the case handler's search.
  if (scope('person:read') !== 'all') return <EmployerMembersPage />;
  return (
    <section className="kassa-stack">
      <PageHeading focus={false}>{t('members.title')}</PageHeading>
      <MemberSearch />
    </section>
  );
}

/** The search form and its results; also on the start page. */
export function MemberSearch() {
  const { t } = useTranslation();
  const f = useFormat();
  const location = useLocation();
  const [state, setState] = useSearchState();
  const [text, setText] = useState(state?.query ?? '');
  const [purpose, setPurpose] = useState<string>(state?.purpose ?? SEARCH_PURPOSES[0]);
  useEffect(() => {
    setText(state?.query ?? '');
    if (state?.purpose) setPurpose(state.purpose);
  }, [state?.query, state?.purpose]);

  const results = useQuery({
    queryKey: ['person-search', state],
    enabled: state !== null,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.post('/api/persons/search', {
        query: state?.query ?? '',
        purpose: state?.purpose,
        limit: PAGE_SIZE,
        offset: ((state?.page ?? 1) - 1) * PAGE_SIZE,
      }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const query = text.trim();
    if (query.length >= 2) setState({ query, purpose, page: 1 });
  }
  const page = state?.page ?? 1;
  const data = results.data;
  const from: FromSearch = {
    from: { pathname: location.pathname, search: location.search, state: location.state },
    purpose: state?.purpose,
  };

  return (
    <>
      <search>
        <form onSubmit={submit} className="kassa-search-form">
          <Textfield
            className="kassa-grow"
            label={t('members.searchLabel')}
            description={t('members.searchHelp')}
            name="member-query"
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the search is what the user came for (issue #23, item 2)
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Field>
            <Label>{t('members.purpose')}</Label>
            <Select value={purpose} onChange={(e) => setPurpose(e.target.value)}>
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
      {results.error && (
        <ErrorAlert
          error={results.error}
          onRetry={results.refetch}
          fields={{ query: t('members.searchLabel') }}
        />
      )}
      {data && state && (
        <>
          <Paragraph role="status" data-testid="search-count">
            {data.total === 0
              ? t('members.noHits')
              : data.capped
                ? t('members.hitsCapped', { count: data.total })
                : t('members.hitsRange', {
                    from: (page - 1) * PAGE_SIZE + 1,
                    to: (page - 1) * PAGE_SIZE + data.results.length,
                    count: data.total,
                  })}
          </Paragraph>
          {data.total === 0 && (
            <ul className="kassa-hints" data-testid="search-hints">
              <li>{t('members.hint.spelling')}</li>
              <li>{t('members.hint.fewer')}</li>
              <li>{t('members.hint.birthDate')}</li>
              <li>{t('members.hint.scope')}</li>
            </ul>
          )}
          {data.results.length > 0 && (
            <ScrollBox label={t('members.resultsCaption')}>
              <Table zebra hover data-testid="search-results">
                <caption className="kassa-sr-only">{t('members.resultsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('person.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.birthDate')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.nationalId')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('members.employerStatus')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.results.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.Cell>
                        <Link to={`/medlemmer/${p.id}`} state={from}>
                          {p.name}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{f.date(p.birthDate)}</Table.Cell>
                      <Table.Cell className="kassa-mono">{p.nationalIdMasked}</Table.Cell>
                      <Table.Cell>
                        {p.deathDate && (
                          <Tag data-color="neutral" data-size="sm">
                            {t('person.deceased', { date: f.date(p.deathDate) })}
                          </Tag>
                        )}
                        <ul className="kassa-hit-memberships">
                          {p.memberships.map((m, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: a person's memberships in the server's order
                            <li key={i}>
                              {m.employer}
                              {m.kind === 'survivor' && ` (${kindLabel(t, m.kind)})`}{' '}
                              {m.status && (
                                <Tag data-size="sm" data-color={statusColor(m.status)}>
                                  {statusLabel(t, m.status)}
                                </Tag>
                              )}
                            </li>
                          ))}
                        </ul>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollBox>
          )}
          {(page > 1 || page * PAGE_SIZE < data.total) && (
            <nav className="kassa-pager" aria-label={t('members.paging')}>
              <Button
                variant="secondary"
                disabled={page <= 1}
                onClick={() => setState({ ...state, page: page - 1 })}
              >
                {t('common.previous')}
              </Button>
              <span className="kassa-page-no">
                {t('members.page', { page, pages: Math.ceil(data.total / PAGE_SIZE) })}
              </span>
              <Button
                variant="secondary"
                disabled={page * PAGE_SIZE >= data.total}
                onClick={() => setState({ ...state, page: page + 1 })}
              >
                {t('common.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
