import { useState } from 'react';
import { QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useSearchParam } from '../../router/index.ts';
import { usePlace } from '../places/queries.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { useVenueSearch } from './queries.ts';

/** The venue whose check-ins are shown: found by name in the selected jurisdiction, or given in the URL. */
export function VenuePicker() {
  const { t, label } = useI18n();
  const { code } = useSelectedJurisdiction();
  const venueId = useSearchParam('venue');
  const venue = usePlace(venueId);
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const matches = useVenueSearch(code, query);

  function choose(id: string | null): void {
    updateSearchParams({ venue: id });
    setQuery(null);
    setText('');
  }

  return (
    <div className="venue-picker">
      <p className="chosen-venue" data-testid="chosen-venue">
        {t('checkins.venue')}: <strong>{venueId ? (venue.data?.name ?? venueId) : t('checkins.anyVenue')}</strong>
        {venueId ? <button type="button" className="link-button" onClick={() => choose(null)}>{t('checkins.clearVenue')}</button> : null}
      </p>
      <form
        className="filter"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim() || null);
        }}
      >
        <label htmlFor="venue-q">{t('checkins.venueSearch')}</label>
        <div className="search-row">
          <input id="venue-q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit">{t('app.search')}</button>
        </div>
      </form>
      {query !== null ? (
        <QueryState query={matches}>
          {(data) => (
            <ul className="search-results" aria-label={t('checkins.venueMatches')} data-testid="venue-matches">
              {data.items.length === 0 ? <li className="empty-state">{t('checkins.noVenues')}</li> : null}
              {data.items.map((place) => (
                <li key={place.id}>
                  <button type="button" className="link-button" onClick={() => choose(place.id)}>{place.name}</button>
                  <small>{label('venueType', place.venueType ?? 'other')}</small>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      ) : null}
    </div>
  );
}
