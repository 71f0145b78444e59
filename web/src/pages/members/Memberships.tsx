import { Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/types';
import { useFormat } from '../../format/format';
import { kindLabel, statusColor, statusLabel } from './labels';

/**
 * Each membership with its employer, scheme and employment history (arbeidsforhold). A survivor's
 * membership (etterlatt) is marked as such: it holds a pension after a deceased member, never work.
 */
export function Memberships({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (memberships.length === 0) return <Paragraph>{t('member.noMemberships')}</Paragraph>;
  return (
    <div className="kassa-stack kassa-tab-body" data-testid="memberships">
      {memberships.map((m) => (
        <Card key={m.id} data-color="neutral" className="kassa-membership" data-kind={m.kind}>
          <div className="kassa-title-row">
            <Heading level={2} data-size="sm">
              {m.employer.name}
            </Heading>
            {m.kind === 'survivor' && (
              <Tag data-color="warning" data-size="sm" data-testid="membership-kind">
                {kindLabel(t, m.kind)}
              </Tag>
            )}
            <Tag data-color={statusColor(m.status)} data-size="sm">
              {statusLabel(t, m.status)}
            </Tag>
          </div>
          <Paragraph data-size="sm">
            {t('membership.summary', {
              orgnr: m.employer.orgnr,
              scheme: m.scheme.name,
              code: m.scheme.code,
              provider: m.scheme.providerCode,
            })}
          </Paragraph>
          {m.kind === 'survivor' && m.employments.length === 0 ? (
            <Paragraph data-size="sm">{t('membership.survivorNote')}</Paragraph>
          ) : m.employments.length === 0 ? (
            <Paragraph data-size="sm">{t('membership.noEmployments')}</Paragraph>
          ) : (
            <Table zebra data-size="sm" data-testid="employments">
              <caption>{t('membership.employments')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('common.from')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('common.to')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('employment.positionPct')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('employment.annualSalary')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('employment.ageLimit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('common.recorded')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {m.employments.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>{f.date(e.startDate)}</Table.Cell>
                    <Table.Cell>{e.endDate ? f.date(e.endDate) : t('common.ongoing')}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.percent(e.positionPct)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(e.annualSalary)}</Table.Cell>
                    <Table.Cell className="kassa-num">{e.ageLimit ?? '–'}</Table.Cell>
                    <Table.Cell>
                      {t('common.recordedBy', { at: f.dateTime(e.recordedAt), by: e.recordedBy })}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </Card>
      ))}
    </div>
  );
}
