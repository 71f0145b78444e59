/** The member at a glance: age, each membership's state today, service time, position and salary, pensions in payment. */
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types';
import { useFormat } from '../../format/format';
import { benefitLabel, kindLabel } from './labels';
import { type Duration, type MembershipState, summarise, todayInOslo } from './summary';

const STATE_COLOR: Record<MembershipState, 'success' | 'info' | 'neutral' | 'warning'> = {
  active: 'success',
  pensioner: 'info',
  former: 'neutral',
  deceased: 'neutral',
  survivorEnded: 'neutral',
  survivorFuture: 'warning',
  startsLater: 'warning',
  empty: 'warning',
};

export function duration(t: TFunction, d: Duration): string {
  const parts = [
    d.years ? t('duration.years', { count: d.years }) : null,
    d.months ? t('duration.months', { count: d.months }) : null,
    d.days ? t('duration.days', { count: d.days }) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : t('duration.none');
}

export function Summary({ person }: { person: Person }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = summarise(person, todayInOslo());
  return (
    <div className="kassa-stack kassa-tab-body" data-testid="member-summary">
      <dl className="kassa-facts">
        <div>
          <dt>{s.age !== null ? t('summary.age') : t('summary.ageAtDeath')}</dt>
          <dd data-testid="member-age">{t('summary.years', { count: s.age ?? s.ageAtDeath ?? 0 })}</dd>
        </div>
        <div>
          <dt>{t('summary.service')}</dt>
          <dd data-testid="member-service">{duration(t, s.service)}</dd>
        </div>
        <div>
          <dt>{t('summary.position')}</dt>
          <dd>
            {s.positions.length === 0
              ? t('summary.noPosition')
              : s.positions.map((p) => (
                  <span key={p.employment.id} className="kassa-block">
                    {t('summary.positionAt', {
                      pct: f.percent(p.employment.positionPct),
                      salary: f.money(p.employment.annualSalary),
                      employer: p.membership.employer.name,
                    })}
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{t('summary.pensions')}</dt>
          <dd>
            {s.pensions.length === 0
              ? t('summary.noPensions')
              : s.pensions.map((p) => (
                  <span key={p.id} className="kassa-block">
                    {t('summary.pensionLine', {
                      benefit: benefitLabel(t, p.benefit),
                      amount: f.money(p.annualAmount),
                      grade: p.gradePct === null ? '' : ` (${f.percent(p.gradePct)})`,
                    })}
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <Heading level={2} data-size="xs">
        {t('summary.memberships')}
      </Heading>
      {s.states.length === 0 ? (
        <Paragraph>{t('member.noMemberships')}</Paragraph>
      ) : (
        <ul className="kassa-states" data-testid="membership-states">
          {s.states.map(({ membership: m, state }) => (
            <li key={m.id}>
              <span>
                {m.employer.name} · {m.scheme.name}
                {m.kind === 'survivor' && ` · ${kindLabel(t, m.kind)}`}
              </span>
              <Tag data-size="sm" data-color={STATE_COLOR[state]} data-testid="membership-state">
                {t(`state.${state}`)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
