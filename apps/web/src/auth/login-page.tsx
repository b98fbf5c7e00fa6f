import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/api-error';
import { AppLoading } from '../app/app-loading';
import { homeFor } from '../app/navigation';
import { Button } from '../ui/button';
import { ErrorBanner } from '../ui/error-banner';
import { TextField } from '../ui/field';
import { useAuth } from './auth-context';

export function LoginPage() {
  const { t } = useTranslation();
  const { session, login } = useAuth();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  if (session) {
    const from = (location.state as { from?: string } | null)?.from;
    // the home screen's code may still be on its way over a slow link: say so rather than show an empty page
    return (
      <>
        <Navigate to={from ?? homeFor(session.staff.roles)} replace />
        <AppLoading />
      </>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? new ApiError(401, 'login_failed', t('login.failed')) : err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('appTitle')}</h1>
        <h2>{t('login.title')}</h2>
        <ErrorBanner error={error} />
        <TextField label={t('login.username')} name="username" value={username} onChange={setUsername} autoFocus autoComplete="username" required />
        <TextField label={t('login.password')} name="password" type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        <Button type="submit" busy={busy} primary>
          {t('login.submit')}
        </Button>
      </form>
    </main>
  );
}
