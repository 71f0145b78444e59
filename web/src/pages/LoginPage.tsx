/** Sign-in with the built-in identity provider. In training the demo users are listed. */
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { errorText } from '../api/errors';
import { useAuth } from '../auth/AuthContext';
import { LanguagePicker } from '../shell/LanguagePicker';
import { usePageTitle } from '../shell/PageHeading';
import { TrainingBanner } from '../shell/TrainingBanner';
import { useMeta } from '../shell/useMeta';

const DEMO_USERS = ['saksbehandler', 'leder', 'arbeidsgiver', 'admin'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login } = useAuth();
  const meta = useMeta();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const state = location.state as { from?: string; ended?: boolean } | null;
  const from = state?.from?.startsWith('/') ? state.from : '/';
  usePageTitle(t('login.title'));
  if (user) return <Navigate to={from} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await login(username, password);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('login.failed') : errorText(t, err).text);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="kassa-app">
      <TrainingBanner />
      <main id="main" className="kassa-login">
        <Card data-color="neutral" className="kassa-login-card">
          <Heading level={1} data-size="md">
            {t('login.title')}
          </Heading>
          {state?.ended && (
            <Alert data-color="warning" data-testid="session-ended">
              {t('session.ended')}
            </Alert>
          )}
          <Paragraph data-size="sm">{t('login.intro')}</Paragraph>
          <form onSubmit={submit} className="kassa-stack" noValidate>
            <Textfield
              label={t('login.username')}
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
            />
            <Textfield
              label={t('login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            {error && (
              <Alert data-color="danger" role="alert" data-testid="login-error">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} disabled={busy || !username || !password}>
              {t('login.submit')}
            </Button>
          </form>
          {meta.data?.environment === 'training' && (
            <Alert data-color="info" data-size="sm">
              <Paragraph data-size="sm">{t('login.demoHint')}</Paragraph>
              <ul className="kassa-demo-users">
                {DEMO_USERS.map((u) => (
                  <li key={u}>
                    <code>{u}</code> – {t(`login.demo.${u}`)}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          <LanguagePicker />
        </Card>
      </main>
    </div>
  );
}
