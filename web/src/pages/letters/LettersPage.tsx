/** Letters for the fund: print batches, the undeliverable queue, volumes and savings. */
import { Button, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { download } from '../../api/client';
import { printBatches, undeliverable } from '../../api/letters';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { VolumesAndSavings } from './VolumesAndSavings';

type Tab = 'batches' | 'queue' | 'volumes';

export function LettersPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('batches');
  return (
    <section className="kassa-stack">
      <PageHeading>{t('letters.title')}</PageHeading>
      <Tabs value={tab} onChange={(v) => setTab(v as Tab)}>
        <Tabs.List>
          <Tabs.Tab value="batches">{t('letters.tabs.batches')}</Tabs.Tab>
          <Tabs.Tab value="queue">{t('letters.tabs.queue')}</Tabs.Tab>
          <Tabs.Tab value="volumes">{t('letters.tabs.volumes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="batches">{tab === 'batches' && <Batches />}</Tabs.Panel>
        <Tabs.Panel value="queue">{tab === 'queue' && <Queue />}</Tabs.Panel>
        <Tabs.Panel value="volumes">{tab === 'volumes' && <VolumesAndSavings />}</Tabs.Panel>
      </Tabs>
    </section>
  );
}

function Batches() {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({ queryKey: ['print-batches'], queryFn: printBatches });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.data.length === 0) return <Paragraph>{t('letters.batchesEmpty')}</Paragraph>;
  return (
    <Table zebra data-size="sm" data-testid="print-batches">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('letters.column.day')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.letters')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.checksum')}</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {q.data.map((b) => (
          <Table.Row key={b.id}>
            <Table.Cell>{f.date(b.day)}</Table.Cell>
            <Table.Cell>{f.number(b.letters)}</Table.Cell>
            <Table.Cell className="kassa-mono">{b.manifestChecksum.slice(0, 16)}…</Table.Cell>
            <Table.Cell>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() =>
                  void download(`/api/letters/print-batches/${b.id}/zip`, `utskrift-${b.day}.zip`)
                }
              >
                {t('letters.downloadZip')}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function Queue() {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({ queryKey: ['letters-undeliverable'], queryFn: undeliverable });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.data.length === 0) return <Paragraph>{t('letters.queueEmpty')}</Paragraph>;
  return (
    <Table zebra data-size="sm" data-testid="letters-queue">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('letters.column.recipient')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.title')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.state')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.reason')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.attempts')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {q.data.map((l) => (
          <Table.Row key={l.id}>
            <Table.Cell>
              <RouterLink to={`/medlemmer/${l.personId}`}>{l.recipientName}</RouterLink>
            </Table.Cell>
            <Table.Cell>
              {l.title}
              <br />
              <small>{f.dateTime(l.renderedAt)}</small>
            </Table.Cell>
            <Table.Cell>{t(`letters.state.${l.state}`)}</Table.Cell>
            <Table.Cell>{l.lastError ?? l.reason ?? '–'}</Table.Cell>
            <Table.Cell>{l.attempts}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
