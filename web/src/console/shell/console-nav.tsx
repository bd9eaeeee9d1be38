import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useLocation } from '../../router/index.ts';
import { ConsoleLink } from '../console-link.tsx';

const PAGES: { path: string; label: MessageKey }[] = [
  { path: '/console', label: 'nav.dashboard' },
  { path: '/console/map', label: 'nav.map' },
  { path: '/console/people', label: 'nav.people' },
  { path: '/console/places', label: 'nav.places' },
  { path: '/console/imports', label: 'nav.imports' },
];

/** The console's sections; the current one is marked for screen readers too (aria-current). */
export function ConsoleNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const current = PAGES.filter((page) => pathname === page.path || pathname.startsWith(`${page.path}/`)).at(-1)?.path;
  return (
    <nav aria-label={t('shell.mainNav')} className="console-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <ConsoleLink to={page.path} aria-current={page.path === current ? 'page' : undefined}>{t(page.label)}</ConsoleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
