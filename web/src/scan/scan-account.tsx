import { useQueryClient } from '@tanstack/react-query';
import type { Account } from '../api/models.ts';
import { useI18n } from '../i18n/index.ts';
import { signOut } from '../session/session.ts';

/** Who is signed in, and a way out: scan pages are often opened on a phone that is passed around. */
export function ScanAccount({ account, onSignedOut }: { account: Account; onSignedOut: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();

  async function logout(): Promise<void> {
    try {
      await signOut(queryClient);
    } finally {
      onSignedOut();
    }
  }

  return (
    <p className="scan-account">
      <span>{t('scan.signedInAs', { name: account.displayName })}</span>
      <button type="button" className="link-button" onClick={() => void logout()}>{t('scan.signOut')}</button>
    </p>
  );
}
