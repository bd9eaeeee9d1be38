import type { Place } from '../../api/models.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink } from '../console-link.tsx';

/** "lat, lon" with five decimals (about a metre), or a dash. */
export function formatCoordinates(place: Pick<Place, 'latitude' | 'longitude'>): string {
  if (place.latitude === null || place.longitude === null) return '—';
  return `${place.latitude.toFixed(5)}, ${place.longitude.toFixed(5)}`;
}

/** Places as rows, the name linking to the place's page. */
export function PlacesTable({ places }: { places: readonly Place[] }) {
  const { t } = useI18n();
  return (
    <DataTable<Place>
      caption={t('places.title')}
      hideCaption
      testId="places-table"
      rows={places}
      rowKey={(place) => place.id}
      rowAttributes={(place) => ({ 'data-place-id': place.id })}
      emptyMessage={t('places.empty')}
      columns={[
        { key: 'name', header: t('places.name'), render: (place) => <ConsoleLink to={`/console/places/${encodeURIComponent(place.id)}`}>{place.name}</ConsoleLink> },
        { key: 'kind', header: t('places.kind'), render: (place) => t(`kind.${place.kind}`) },
        { key: 'venueType', header: t('places.venueType'), render: (place) => (place.venueType ? t(`venueType.${place.venueType}`) : '—') },
        { key: 'address', header: t('places.address'), render: (place) => place.address ?? '—' },
        { key: 'coordinates', header: t('places.coordinates'), render: (place) => <span className="mono">{formatCoordinates(place)}</span> },
        { key: 'jurisdiction', header: t('places.jurisdiction'), render: (place) => <span className="mono">{place.jurisdictionCode}</span> },
      ]}
    />
  );
}
