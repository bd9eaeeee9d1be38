import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AlertMessage, FormField } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { signIn } from '../session/session.ts';

/** Username and password for staff and residents alike; the session cookie is set by the server. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
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
      onSignedIn();
    } catch (error) {
      setFailure(t('login.failed', { detail: error instanceof Error ? error.message : String(error) }));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormField name="username" label={t('login.username')} required>
        {(control) => <input {...control} autoComplete="username" required value={username} onChange={(event) => setUsername(event.target.value)} />}
      </FormField>
      <FormField name="password" label={t('login.password')} required>
        {(control) => <input {...control} type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />}
      </FormField>
      <AlertMessage tone="error">{failure}</AlertMessage>
      <button type="submit" className="primary" disabled={busy}>{busy ? t('login.submitting') : t('login.submit')}</button>
    </form>
  );
}
