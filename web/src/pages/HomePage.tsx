/**
 * The start page: where each user begins the day. The member search (focused), the user's own
 * open cases, the members opened lately, for a line manager the unit's backlog and throughput,
 * and the shortcuts the user's roles allow.
 */
import { Card, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { ErrorAlert } from '../components/QueryState';
import { useFormat } from '../format/format';
import { NAV_ITEMS } from '../shell/navigation';
import { PageHeading } from '../shell/PageHeading';
import { casesByStatus, myOpenCases, OPEN_STATUSES } from './home/cases';
import { MemberSearch } from './members/MemberSearchPage';
import { useRecentMembers } from './members/recent';

export function HomePage() {
  const { t } = useTranslation();
  const { user, can, scope } = useAuth();
  const staffSearch = can('person:read') && scope('person:read') === 'all';
  const shortcuts = NAV_ITEMS.filter((i) => can(i.permission));
  return (
    <section className="kassa-stack">
      <PageHeading focus={!staffSearch} title={t('home.title')}>
        {t('home.greeting', { name: user?.displayName ?? '' })}
      </PageHeading>
      {staffSearch && (
        <Card data-color="neutral" className="kassa-stack">
          <MemberSearch />
        </Card>
      )}
      <div className="kassa-cards">
        {can('case:handle') && <MyWork />}
        {can('person:read') && <RecentMembers />}
        {can('case:statistics') && <Backlog />}
        <Card data-color="neutral" data-testid="shortcuts">
          <Heading level={2} data-size="xs">
            {t('home.shortcuts')}
          </Heading>
          <ul className="kassa-holders">
            {shortcuts.map((i) => (
              <li key={i.path}>
                <Link asChild>
                  <RouterLink to={i.path}>{t(i.label)}</RouterLink>
                </Link>
              </li>
            ))}
            {can('person:read') && scope('person:read') !== 'all' && (
              <li>
                <Link asChild>
                  <RouterLink to="/mine-ansatte">{t('home.myEmployees')}</RouterLink>
                </Link>
              </li>
            )}
          </ul>
        </Card>
      </div>
    </section>
  );
}

/** The user's own open cases, when the cases capability is installed. */
function MyWork() {
  const { t } = useTranslation();
  const f = useFormat();
  const work = useQuery({ queryKey: ['home', 'my-cases'], queryFn: () => myOpenCases(10) });
  if (work.data === null) return null; // no cases capability here yet
  return (
    <Card data-color="neutral" data-testid="my-work">
      <Heading level={2} data-size="xs">
        {t('home.myWork')}
      </Heading>
      {work.error && <ErrorAlert error={work.error} onRetry={work.refetch} />}
      {work.data && work.data.items.length === 0 && <Paragraph>{t('home.noWork')}</Paragraph>}
      {work.data && work.data.items.length > 0 && (
        <>
          <Paragraph data-size="sm">{t('home.workCount', { count: work.data.total })}</Paragraph>
          <Table data-size="sm">
            <caption className="kassa-sr-only">{t('home.myWork')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('home.case')}</Table.HeaderCell>
                <Table.HeaderCell>{t('home.caseStatus')}</Table.HeaderCell>
                <Table.HeaderCell>{t('home.received')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {work.data.items.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/saker/${c.id}`}>
                        {t(`benefit.${c.type}`, {
                          defaultValue: t(`home.caseTypes.${c.type}`, { defaultValue: c.type }),
                        })}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm">{t(`home.caseStatuses.${c.status}`, { defaultValue: c.status })}</Tag>
                  </Table.Cell>
                  <Table.Cell>{f.date(c.receivedAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Card>
  );
}

function RecentMembers() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useAuth();
  const recent = useRecentMembers(user?.username);
  return (
    <Card data-color="neutral" data-testid="recent-members">
      <Heading level={2} data-size="xs">
        {t('home.recent')}
      </Heading>
      {recent.length === 0 ? (
        <Paragraph data-size="sm">{t('home.noRecent')}</Paragraph>
      ) : (
        <ul className="kassa-holders">
          {recent.map((m) => (
            <li key={m.id}>
              <Link asChild>
                <RouterLink to={`/medlemmer/${m.id}`}>{m.name}</RouterLink>
              </Link>{' '}
              <span className="kassa-subtle">{f.dateTime(m.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The unit's backlog per status and the cases decided (throughput), when cases are installed. */
function Backlog() {
  const { t } = useTranslation();
  const f = useFormat();
  const counts = useQuery({
    queryKey: ['home', 'backlog'],
    queryFn: () => casesByStatus([...OPEN_STATUSES, 'decided']),
  });
  return (
    <Card data-color="neutral" data-testid="backlog">
      <Heading level={2} data-size="xs">
        {t('home.backlog')}
      </Heading>
      {counts.error && <ErrorAlert error={counts.error} onRetry={counts.refetch} />}
      {counts.data === null && <Paragraph data-size="sm">{t('home.noCases')}</Paragraph>}
      {counts.data && (
        <dl className="kassa-facts">
          {OPEN_STATUSES.map((s) => (
            <div key={s}>
              <dt>{t(`home.caseStatuses.${s}`)}</dt>
              <dd>{f.number(counts.data?.[s] ?? 0)}</dd>
            </div>
          ))}
          <div>
            <dt>{t('home.decided')}</dt>
            <dd>{f.number(counts.data.decided ?? 0)}</dd>
          </div>
        </dl>
      )}
      {counts.data !== undefined && (
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to="/rapporter/nokkeltall">{t('home.keyFigures')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </Card>
  );
}
