import type { ReactNode } from 'react';
import { DetailList, PageTitle, QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCan } from '../console-context.tsx';
import { ConsoleLink } from '../console-link.tsx';
import { useJurisdiction } from '../jurisdictions/queries.ts';
import { VenueCodesSection } from '../venue-codes/venue-codes-section.tsx';
import { formatCoordinates } from './places-table.tsx';
import { usePlace } from './queries.ts';
import type { Place } from '../../api/models.ts';

/** One place: what it is, where it is, what it belongs to; for a venue, its check-ins and check-in codes. */
export function PlaceDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const place = usePlace(id);
  return (
    <div className="page">
      <p><ConsoleLink to="/console/places">← {t('app.back')}</ConsoleLink></p>
      <QueryState query={place}>{(data) => <PlaceDetails place={data} />}</QueryState>
    </div>
  );
}

function PlaceDetails({ place }: { place: Place }) {
  const { t, formatDateTime } = useI18n();
  const jurisdiction = useJurisdiction(place.jurisdictionCode);
  const parent = usePlace(place.parentId);
  const isVenue = place.kind === 'venue';
  const canReadCheckins = useCan('checkins.read');
  const canReadCodes = useCan('venue-codes.read');
  const rows: [string, ReactNode][] = [
    [t('places.kind'), t(`kind.${place.kind}`)],
    [t('places.venueType'), place.venueType ? t(`venueType.${place.venueType}`) : '—'],
    [t('places.address'), place.address ?? '—'],
    [t('places.coordinates'), formatCoordinates(place)],
    [t('places.jurisdiction'), jurisdiction.data ? `${jurisdiction.data.name} (${place.jurisdictionCode})` : place.jurisdictionCode],
    [t('places.parent'), place.parentId ? <ConsoleLink to={`/console/places/${encodeURIComponent(place.parentId)}`}>{parent.data?.name ?? place.parentId}</ConsoleLink> : '—'],
    [t('places.externalRef'), place.externalRef ?? '—'],
    [t('people.createdAt'), formatDateTime(place.createdAt)],
  ];
  return (
    <>
      <PageTitle text={t('places.detailTitle', { name: place.name })} />
      <section className="card">
        <DetailList rows={rows} testId="place-details" />
      </section>
      <p className="link-row">
        {place.latitude !== null ? <ConsoleLink to={`/console/map?place=${encodeURIComponent(place.id)}`}>{t('places.showOnMap')}</ConsoleLink> : null}
        {isVenue && canReadCheckins ? <ConsoleLink to={`/console/checkins?venue=${encodeURIComponent(place.id)}`}>{t('places.checkins')}</ConsoleLink> : null}
      </p>
      {isVenue && canReadCodes ? <VenueCodesSection venueId={place.id} /> : null}
    </>
  );
}
