import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="kassa-stack">
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
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
