/** One member: identity, memberships with employment history, pensions and the change history. */
import { Heading, Link, Paragraph, Tabs, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getJson } from '../../api/client';
import { Person } from '../../api/schemas';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { MemberLetters } from '../letters/MemberLetters';
import { ChangeHistory } from './ChangeHistory';
import { Memberships } from './Memberships';
import { Pensions } from './Pensions';

type Tab = 'memberships' | 'pensions' | 'history' | 'letters';

export function MemberPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams();
  const [tab, setTab] = useState<Tab>('memberships');
  const person = useQuery({
    queryKey: ['person', id],
    queryFn: () => getJson(`/api/persons/${encodeURIComponent(id ?? '')}`, Person),
  });

  return (
    <section className="kassa-stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/medlemmer">← {t('member.backToSearch')}</RouterLink>
        </Link>
      </Paragraph>
      {person.isPending && <Loading />}
      {person.error && <ErrorAlert error={person.error} />}
      {person.data && (
        <>
          <div className="kassa-title-row">
            <Heading level={1} data-size="lg" data-testid="member-name">
              {person.data.name}
            </Heading>
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
          <Tabs value={tab} onChange={(v) => setTab(v as Tab)}>
            <Tabs.List>
              <Tabs.Tab value="memberships">{t('member.tabs.memberships')}</Tabs.Tab>
              <Tabs.Tab value="pensions">{t('member.tabs.pensions')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('member.tabs.history')}</Tabs.Tab>
              <Tabs.Tab value="letters">{t('letters.tab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="memberships">
              <Memberships memberships={person.data.memberships} />
            </Tabs.Panel>
            <Tabs.Panel value="pensions">
              <Pensions memberships={person.data.memberships} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              {tab === 'history' && <ChangeHistory personId={person.data.id} />}
            </Tabs.Panel>
            <Tabs.Panel value="letters">
              {tab === 'letters' && <MemberLetters personId={person.data.id} />}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </section>
  );
}
