import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AlertMessage, FormField, LanguageSwitch, PageTitle } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { Link, navigate, useSearchParam } from '../router/index.ts';
import { signIn } from '../session/session.ts';

/** Staff sign-in; on success, back to the page that asked for it or to the console. */
export function LoginPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const next = useSearchParam('next');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await signIn(queryClient, username, password);
      // Only a path inside the console, so that a crafted link cannot send the user elsewhere.
      navigate(next?.startsWith('/console') ? next : '/console', { replace: true });
    } catch (error) {
      setFailure(t('login.failed', { detail: error instanceof Error ? error.message : String(error) }));
      setBusy(false);
    }
  }

  return (
    <div className="plain-page login-page">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="plain-header">
        <span className="brand">{t('app.name')} <small>{t('app.tagline')}</small></span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <PageTitle text={t('login.title')} />
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormField name="username" label={t('login.username')} required>
            {(control) => <input {...control} autoComplete="username" required value={username} onChange={(event) => setUsername(event.target.value)} />}
          </FormField>
          <FormField name="password" label={t('login.password')} required>
            {(control) => <input {...control} type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />}
          </FormField>
          <AlertMessage tone="error">{failure}</AlertMessage>
          <button type="submit" className="primary" disabled={busy}>{busy ? t('login.submitting') : t('login.submit')}</button>
        </form>
        <p><Link to="/">{t('login.publicLink')}</Link></p>
      </main>
    </div>
  );
}
