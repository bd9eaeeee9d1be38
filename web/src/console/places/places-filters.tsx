import { useEffect, useState } from 'react';
import { PLACE_KINDS, VENUE_TYPES } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useLocation } from '../../router/index.ts';

const PLACE_SORTS = ['name', '-name'] as const;

/** The list's filters as they stand in the URL. */
export function usePlaceFilterParams() {
  const { search } = useLocation();
  // Only values the API knows are taken from the URL; anything else is ignored rather than sent.
  return {
    q: search.get('q')?.trim() || undefined,
    kind: PLACE_KINDS.find((value) => value === search.get('kind')),
    venueType: VENUE_TYPES.find((value) => value === search.get('venueType')),
    sort: PLACE_SORTS.find((value) => value === search.get('sort')),
  };
}

/** Search by name, kind, venue type and sort order; each change updates the URL. */
export function PlacesFilters() {
  const { t } = useI18n();
  const { q, kind, venueType, sort } = usePlaceFilterParams();
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);

  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        updateSearchParams({ q: text.trim() || null });
      }}
    >
      <div className="filter">
        <label htmlFor="places-q">{t('places.searchLabel')}</label>
        <div className="search-row">
          <input id="places-q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit">{t('app.search')}</button>
        </div>
      </div>
      <div className="filter">
        <label htmlFor="places-kind">{t('places.kindFilter')}</label>
        <select id="places-kind" value={kind ?? ''} onChange={(event) => updateSearchParams({ kind: event.target.value })}>
          <option value="">{t('app.all')}</option>
          {PLACE_KINDS.map((value) => <option key={value} value={value}>{t(`kind.${value}`)}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="places-venue-type">{t('places.venueTypeFilter')}</label>
        <select id="places-venue-type" value={venueType ?? ''} onChange={(event) => updateSearchParams({ venueType: event.target.value })}>
          <option value="">{t('app.all')}</option>
          {VENUE_TYPES.map((value) => <option key={value} value={value}>{t(`venueType.${value}`)}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="places-sort">{t('places.sortLabel')}</label>
        <select id="places-sort" value={sort ?? ''} onChange={(event) => updateSearchParams({ sort: event.target.value })}>
          <option value="">{t('places.sort.default')}</option>
          {PLACE_SORTS.map((value) => <option key={value} value={value}>{t(`places.sort.${value}`)}</option>)}
        </select>
      </div>
    </form>
  );
}
