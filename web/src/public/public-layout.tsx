import type { ReactNode } from 'react';
import { LanguageSwitch } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { Link } from '../router/index.ts';

/** The frame of the public pages: a link to the staff sign-in, and a footer saying what the page holds. */
export function PublicLayout({ children, privacyNote }: { children: ReactNode; privacyNote?: string }) {
  const { t } = useI18n();
  return (
    <div className="public">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="public-header">
        <span className="brand">{t('app.name')} <small>{t('app.tagline')}</small></span>
        <div className="header-actions">
          <LanguageSwitch />
          <Link to="/login" className="button">{t('public.staffLogin')}</Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="public-main">{children}</main>
      <footer className="public-footer">
        <p>{privacyNote ?? t('public.privacy')}</p>
      </footer>
    </div>
  );
}
