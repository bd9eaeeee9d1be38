import { LanguageSwitch, PageTitle } from './components/index.ts';
import { useI18n } from './i18n/index.ts';
import { Link } from './router/index.ts';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="plain-page">
      <header className="plain-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main">
        <PageTitle text={t('app.notFound')} />
        <p><Link to="/">{t('app.backHome')}</Link></p>
      </main>
    </div>
  );
}
