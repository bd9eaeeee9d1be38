import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useLocation } from '../../router/index.ts';
import { useConsoleSession } from '../console-context.tsx';
import { ConsoleLink } from '../console-link.tsx';

/** The console's sections; a section whose data the role may not read is left out. */
const PAGES: { path: string; label: MessageKey; permission?: string }[] = [
  { path: '/console', label: 'nav.dashboard' },
  { path: '/console/map', label: 'nav.map' },
  { path: '/console/people', label: 'nav.people' },
  { path: '/console/places', label: 'nav.places' },
  { path: '/console/checkins', label: 'nav.checkins', permission: 'checkins.read' },
  { path: '/console/fever-flags', label: 'nav.feverFlags', permission: 'fever-flags.read' },
  { path: '/console/cases', label: 'nav.cases', permission: 'cases.read' },
  { path: '/console/imports', label: 'nav.imports' },
];

/** The console's sections; the current one is marked for screen readers too (aria-current). */
export function ConsoleNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { permissions } = useConsoleSession();
  const pages = PAGES.filter((page) => !page.permission || permissions.includes(page.permission));
  const current = pages.filter((page) => pathname === page.path || pathname.startsWith(`${page.path}/`)).at(-1)?.path;
  return (
    <nav aria-label={t('shell.mainNav')} className="console-nav">
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <ConsoleLink to={page.path} aria-current={page.path === current ? 'page' : undefined}>{t(page.label)}</ConsoleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
