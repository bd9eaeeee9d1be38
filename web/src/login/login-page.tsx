import { LanguageSwitch, PageTitle } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { Link, navigate, useSearchParam } from '../router/index.ts';
import { SignInForm } from './sign-in-form.tsx';

/** Staff sign-in; on success, back to the page that asked for it or to the console. */
export function LoginPage() {
  const { t } = useI18n();
  const next = useSearchParam('next');
  return (
    <div className="plain-page login-page">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="plain-header">
        <span className="brand">{t('app.name')} <small>{t('app.tagline')}</small></span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <PageTitle text={t('login.title')} />
        {/* Only a path inside the console, so that a crafted link cannot send the user elsewhere. */}
        <SignInForm onSignedIn={() => navigate(next?.startsWith('/console') ? next : '/console', { replace: true })} />
        <p><Link to="/">{t('login.publicLink')}</Link></p>
      </main>
    </div>
  );
}
