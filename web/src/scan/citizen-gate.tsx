import type { ReactNode } from 'react';
import { ApiError } from '../api/index.ts';
import type { Account } from '../api/models.ts';
import { AlertMessage, QueryState } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { SignInForm } from '../login/sign-in-form.tsx';
import { useMe } from '../session/session.ts';
import { ScanAccount } from './scan-account.tsx';

/**
 * The resident's own account for the scan pages: the sign-in form while signed out, a note when the
 * account is not a resident's (staff do not check in by scanning), and otherwise the page's content.
 */
export function CitizenGate({ children }: { children: (account: Account) => ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (me.error instanceof ApiError && me.error.status === 401) {
    return (
      <section className="card" aria-labelledby="scan-sign-in-title">
        <h2 id="scan-sign-in-title">{t('scan.signInTitle')}</h2>
        <p className="field-hint">{t('scan.signInHint')}</p>
        <SignInForm onSignedIn={() => void me.refetch()} />
      </section>
    );
  }
  return (
    <QueryState query={me}>
      {({ account, permissions }) => (
        <>
          <ScanAccount account={account} onSignedOut={() => void me.refetch()} />
          {permissions.includes('checkins.scan') ? children(account) : <AlertMessage tone="info">{t('scan.notCitizen')}</AlertMessage>}
        </>
      )}
    </QueryState>
  );
}
