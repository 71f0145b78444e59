import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from '../shell/PageHeading';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="kassa-stack">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}

export function Forbidden() {
  const { t } = useTranslation();
  return <Alert data-color="warning">{t('common.forbidden')}</Alert>;
}
