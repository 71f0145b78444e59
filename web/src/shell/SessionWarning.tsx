/**
 * Warns a few minutes before the session ends, so nobody loses a half-filled form: signing in
 * again from here comes back to the same page.
 */
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { WARN_BEFORE_MS } from '../auth/session';

export function SessionWarning() {
  const { t, i18n } = useTranslation();
  const { expiresAt, logout } = useAuth();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  if (!expiresAt || expiresAt - now > WARN_BEFORE_MS) return null;
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(expiresAt);
  return (
    <Alert data-color="warning" className="kassa-session-warning" data-testid="session-warning">
      <Paragraph data-size="sm">
        {expiresAt > now ? t('session.endsSoon', { time }) : t('session.ended')}
      </Paragraph>
      <Button data-size="sm" variant="secondary" onClick={logout}>
        {t('session.signInAgain')}
      </Button>
    </Alert>
  );
}
