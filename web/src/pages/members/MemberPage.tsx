/** One member: identity, then tabs (summary, memberships, pensions, actions, history, access log). */
import { Link, Paragraph, Tabs, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading, usePageTitle } from '../../shell/PageHeading';
import { rememberMember } from './recent';
import type { FromSearch } from './searchState';
import { MEMBER_TABS } from './tabs';

export function MemberPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can, user } = useAuth();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const cameFrom = (useLocation().state as FromSearch | null) ?? {};
  const purpose = cameFrom.purpose;
  const person = useQuery({
    queryKey: ['person', id],
    queryFn: () => api.get('/api/persons/{id}', { path: { id: Number(id) }, query: { purpose } }),
  });
  usePageTitle(person.data?.name ?? t('members.title'));
  useEffect(() => {
    if (person.data && user) rememberMember(user.username, person.data);
  }, [person.data, user]);

  const tabs = MEMBER_TABS.filter((x) => !x.permissions || x.permissions.some((p) => can(p)));
  const tab = tabs.find((x) => x.id === params.get('fane'))?.id ?? tabs[0]?.id ?? '';
  const choose = (value: string) => {
    const next = new URLSearchParams();
    next.set('fane', value); // a tab's own filters belong to that tab only
    setParams(next);
  };

  return (
    <section className="kassa-stack">
      <Paragraph data-size="sm" className="kassa-no-print">
        <Link asChild>
          <RouterLink
            to={cameFrom.from ? cameFrom.from.pathname + cameFrom.from.search : '/medlemmer'}
            state={cameFrom.from?.state}
          >
            ← {t('member.backToSearch')}
          </RouterLink>
        </Link>
      </Paragraph>
      {person.isPending && <Loading />}
      {person.error && <ErrorAlert error={person.error} onRetry={person.refetch} />}
      {person.data && (
        <>
          <div className="kassa-title-row">
            <PageHeading data-testid="member-name">{person.data.name}</PageHeading>
            {person.data.deathDate && (
              <Tag data-color="neutral">{t('person.deceased', { date: f.date(person.data.deathDate) })}</Tag>
            )}
          </div>
          <dl className="kassa-facts">
            <div>
              <dt>{t('person.nationalId')}</dt>
              <dd className="kassa-mono" data-testid="member-national-id">
                {person.data.nationalId}
              </dd>
            </div>
            <div>
              <dt>{t('person.birthDate')}</dt>
              <dd>{f.date(person.data.birthDate)}</dd>
            </div>
            <div>
              <dt>{t('person.address')}</dt>
              <dd>{person.data.address ?? '–'}</dd>
            </div>
            <div>
              <dt>{t('person.accountNumber')}</dt>
              <dd className="kassa-mono">{person.data.accountNumber ?? '–'}</dd>
            </div>
            <div className="kassa-facts-wide">
              <dt>{t('common.recorded')}</dt>
              <dd>
                {t('common.recordedBy', {
                  at: f.dateTime(person.data.recordedAt),
                  by: person.data.recordedBy,
                })}
              </dd>
            </div>
          </dl>
          <Tabs value={tab} onChange={choose}>
            <Tabs.List className="kassa-tabs">
              {tabs.map((x) => (
                <Tabs.Tab key={x.id} value={x.id}>
                  {t(x.label)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((x) => (
              <Tabs.Panel key={x.id} value={x.id}>
                {tab === x.id && <x.Component person={person.data} />}
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </section>
  );
}
