import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { Breadcrumbs } from '../jurisdictions/breadcrumbs.tsx';
import { JurisdictionSearch } from '../jurisdictions/jurisdiction-search.tsx';
import { JurisdictionTree } from '../jurisdictions/jurisdiction-tree.tsx';
import { AccountHeader } from './account-header.tsx';

/** The frame of every console page: header, navigator on the left, breadcrumbs and the page. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="console">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AccountHeader />
      <div className="console-body">
        <aside className="navigator" aria-labelledby="navigator-title">
          <h2 id="navigator-title" className="navigator-title">{t('tree.title')}</h2>
          <JurisdictionSearch />
          <JurisdictionTree />
        </aside>
        <main id="main" tabIndex={-1} className="console-main">
          <Breadcrumbs />
          {children}
        </main>
      </div>
    </div>
  );
}
