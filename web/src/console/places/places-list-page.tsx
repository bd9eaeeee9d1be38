import { useMemo } from 'react';
import { Pager, PageTitle, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCan } from '../console-context.tsx';
import { ConsoleLink } from '../console-link.tsx';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { PlacesFilters, usePlaceFilterParams } from './places-filters.tsx';
import { PlacesTable } from './places-table.tsx';
import { usePlacesPage, type PlaceFilters } from './queries.ts';

/** The places of the selected jurisdiction: search, kind and venue type, sort and pages. */
export function PlacesListPage() {
  const { t } = useI18n();
  const { code } = useSelectedJurisdiction();
  const { q, kind, venueType, sort } = usePlaceFilterParams();
  const filters = useMemo<PlaceFilters>(() => ({ jurisdiction: code, q, kind, venueType, sort }), [code, q, kind, venueType, sort]);
  const pages = useCursorPages(JSON.stringify(filters));
  const page = usePlacesPage(filters, pages.cursor);
  const canWrite = useCan('places.write');

  return (
    <div className="page">
      <div className="page-heading">
        <PageTitle text={t('places.title')} />
        {canWrite ? <ConsoleLink className="button primary" to="/console/places/new">{t('places.new')}</ConsoleLink> : null}
      </div>
      <PlacesFilters />
      <QueryState query={page}>
        {(data) => (
          <>
            <PlacesTable places={data.items} />
            <Pager pages={pages} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
    </div>
  );
}
