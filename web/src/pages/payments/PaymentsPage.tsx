/** Utbetalinger: payment runs, the rejected-payments and recovery queues, and the regulation. */
import { Tabs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../shell/PageHeading';
import { ClaimsPanel } from './ClaimsPanel';
import { RegulationPanel } from './RegulationPanel';
import { RejectedPanel } from './RejectedPanel';
import { RunsPanel } from './RunsPanel';

const TABS = ['runs', 'rejected', 'claims', 'regulation'] as const;
type Tab = (typeof TABS)[number];

export function PaymentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('fane') ?? '')
    ? (params.get('fane') as Tab)
    : 'runs';
  return (
    <section className="kassa-stack">
      <PageHeading>{t('payments.title')}</PageHeading>
      <Tabs value={tab} onChange={(v) => setParams(v === 'runs' ? {} : { fane: v })}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`payments.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="runs">{tab === 'runs' && <RunsPanel />}</Tabs.Panel>
        <Tabs.Panel value="rejected">{tab === 'rejected' && <RejectedPanel />}</Tabs.Panel>
        <Tabs.Panel value="claims">{tab === 'claims' && <ClaimsPanel />}</Tabs.Panel>
        <Tabs.Panel value="regulation">{tab === 'regulation' && <RegulationPanel />}</Tabs.Panel>
      </Tabs>
    </section>
  );
}
