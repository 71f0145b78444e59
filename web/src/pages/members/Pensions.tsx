import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Membership } from '../../api/types';
import { useFormat } from '../../format/format';
import { benefitLabel, kindLabel } from './labels';

/** Every pension of the member, across memberships, newest first. */
export function Pensions({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = memberships
    .flatMap((m) => m.pensions.map((p) => ({ ...p, membership: m })))
    .sort((a, b) => b.startDate.localeCompare(a.startDate));
  if (rows.length === 0)
    return (
      <Paragraph className="kassa-tab-body" data-testid="pensions">
        {t('pension.none')}
      </Paragraph>
    );
  return (
    <div className="kassa-tab-body kassa-scroll">
      <Table zebra data-testid="pensions">
        <caption className="kassa-sr-only">{t('member.tabs.pensions')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('pension.benefit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('pension.scheme')}</Table.HeaderCell>
            <Table.HeaderCell>{t('common.from')}</Table.HeaderCell>
            <Table.HeaderCell>{t('common.to')}</Table.HeaderCell>
            <Table.HeaderCell className="kassa-num">{t('pension.grade')}</Table.HeaderCell>
            <Table.HeaderCell className="kassa-num">{t('pension.annualAmount')}</Table.HeaderCell>
            <Table.HeaderCell>{t('common.recorded')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>{benefitLabel(t, p.benefit)}</Table.Cell>
              <Table.Cell>
                {p.membership.employer.name} · {p.membership.scheme.code}
                {p.membership.kind === 'survivor' && ` · ${kindLabel(t, p.membership.kind)}`}
                {p.deceasedPersonId ? (
                  <>
                    {' · '}
                    {/* A link, not the name: opening that member is a read of its own, access-logged. */}
                    <Link asChild>
                      <RouterLink to={`/medlemmer/${p.deceasedPersonId}`}>{t('pension.deceased')}</RouterLink>
                    </Link>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell>{f.date(p.startDate)}</Table.Cell>
              <Table.Cell>{p.endDate ? f.date(p.endDate) : t('common.ongoing')}</Table.Cell>
              <Table.Cell className="kassa-num">
                {p.gradePct === null ? '–' : f.percent(p.gradePct)}
              </Table.Cell>
              <Table.Cell className="kassa-num">{f.money(p.annualAmount)}</Table.Cell>
              <Table.Cell>
                {t('common.recordedBy', { at: f.dateTime(p.recordedAt), by: p.recordedBy })}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
