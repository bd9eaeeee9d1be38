import { lazy, Suspense, useEffect, useMemo } from 'react';
import { ApiError } from '../api/index.ts';
import { QueryState } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { navigate, Routes } from '../router/index.ts';
import { useMe } from '../session/session.ts';
import { CaseDetailPage } from './cases/case-detail-page.tsx';
import { CaseEditPage } from './cases/case-edit-page.tsx';
import { CaseNewPage } from './cases/case-new-page.tsx';
import { CasesListPage } from './cases/cases-list-page.tsx';
import { CheckinsPage } from './checkins/checkins-page.tsx';
import { ConsoleSessionContext, type ConsoleSession } from './console-context.tsx';
import { DashboardPage } from './dashboard/dashboard-page.tsx';
import { FeverFlagsPage } from './fever-flags/fever-flags-page.tsx';
import { ImportsPage } from './imports/imports-page.tsx';
import { PeopleListPage } from './people/people-list-page.tsx';
import { PersonDetailPage } from './people/person-detail-page.tsx';
import { PersonNewPage } from './people/person-new-page.tsx';
import { PlaceDetailPage } from './places/place-detail-page.tsx';
import { PlaceNewPage } from './places/place-new-page.tsx';
import { PlacesListPage } from './places/places-list-page.tsx';
import { ConsoleShell } from './shell/console-shell.tsx';

// MapLibre is about a megabyte: it is fetched only when the map page is opened.
const MapPage = lazy(() => import('./map/map-page.tsx'));

/** The staff console: signed-in only; every page inside the shell with the jurisdiction navigator. */
export function ConsoleApp() {
  const { t } = useI18n();
  const me = useMe();
  const signedOut = me.error instanceof ApiError && me.error.status === 401;

  useEffect(() => {
    if (signedOut) {
      const here = window.location.pathname + window.location.search;
      navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
    }
  }, [signedOut]);

  const session = useMemo<ConsoleSession | null>(() => {
    if (!me.data) return null;
    const { account, permissions } = me.data;
    // An account without a jurisdiction (a system account) sees the whole country.
    return { account, permissions, rootCode: account.jurisdictionCode ?? 'CN' };
  }, [me.data]);

  if (signedOut) return null;
  return (
    <QueryState query={{ ...me, data: session ?? undefined }}>
      {(current) => (
        <ConsoleSessionContext.Provider value={current}>
          <ConsoleShell>
            <Routes
              routes={[
                { path: '/console', render: () => <DashboardPage /> },
                { path: '/console/map', render: () => <Suspense fallback={<p role="status">{t('map.loading')}</p>}><MapPage /></Suspense> },
                { path: '/console/people', render: () => <PeopleListPage /> },
                { path: '/console/people/new', render: () => <PersonNewPage /> },
                { path: '/console/people/:id', render: ({ id }) => <PersonDetailPage id={id!} /> },
                { path: '/console/places', render: () => <PlacesListPage /> },
                { path: '/console/places/new', render: () => <PlaceNewPage /> },
                { path: '/console/places/:id', render: ({ id }) => <PlaceDetailPage id={id!} /> },
                { path: '/console/checkins', render: () => <CheckinsPage /> },
                { path: '/console/cases', render: () => <CasesListPage /> },
                { path: '/console/cases/new', render: () => <CaseNewPage /> },
                { path: '/console/cases/:id', render: ({ id }) => <CaseDetailPage id={id!} /> },
                { path: '/console/cases/:id/edit', render: ({ id }) => <CaseEditPage id={id!} /> },
                { path: '/console/fever-flags', render: () => <FeverFlagsPage /> },
                { path: '/console/imports', render: () => <ImportsPage /> },
              ]}
              fallback={<p>{t('app.notFound')}</p>}
            />
          </ConsoleShell>
        </ConsoleSessionContext.Provider>
      )}
    </QueryState>
  );
}
