import { useQueryClient } from '@tanstack/react-query';
import { LanguageSwitch } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router/index.ts';
import { signOut } from '../../session/session.ts';
import { useConsoleSession } from '../console-context.tsx';
import { useJurisdiction } from '../jurisdictions/queries.ts';
import { ConsoleNav } from './console-nav.tsx';

/** The console's top bar: the product, the pages, the account and its jurisdiction, language, sign-out. */
export function AccountHeader() {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const { account, rootCode } = useConsoleSession();
  const home = useJurisdiction(rootCode);

  async function logout(): Promise<void> {
    try {
      await signOut(queryClient);
    } finally {
      navigate('/login', { replace: true });
    }
  }

  return (
    <header className="console-header">
      <span className="brand">{t('app.name')}</span>
      <ConsoleNav />
      <div className="account" aria-label={t('shell.account')} role="group">
        <span className="account-name">{account.displayName}</span>
        <span className="account-meta">
          {label('role', account.role)} · {home.data?.name ?? rootCode}
        </span>
      </div>
      <LanguageSwitch />
      <button type="button" onClick={() => void logout()}>{t('shell.logout')}</button>
    </header>
  );
}
