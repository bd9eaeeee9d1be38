import { useCallback, useMemo, useState } from 'react';
import type { PlacesMap, VenueType } from '../../api/models.ts';
import { AlertMessage, PageTitle, QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate, useSearchParam } from '../../router/index.ts';
import { useConsoleHref } from '../console-link.tsx';
import { useJurisdiction } from '../jurisdictions/queries.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { countVenueTypes, shownFeatures } from './map-data.ts';
import { MapLegend } from './map-legend.tsx';
import { MapPlaceList } from './map-place-list.tsx';
import { MapView } from './map-view.tsx';
import { useConsoleConfig, usePlacesMap } from './queries.ts';

/** The map of the selected jurisdiction's compounds and venues (loaded lazily with MapLibre). */
export default function MapPage() {
  const { t } = useI18n();
  const { code } = useSelectedJurisdiction();
  const jurisdiction = useJurisdiction(code);
  const places = usePlacesMap(code);
  const config = useConsoleConfig();
  const name = jurisdiction.data?.name ?? code;

  return (
    <div className="page">
      <PageTitle text={t('map.title', { name })} />
      <QueryState query={config}>
        {(settings) => <QueryState query={places}>{(collection) => <PlacesMapPanel key={code} collection={collection} tileUrl={settings.mapTiles} label={t('map.title', { name })} />}</QueryState>}
      </QueryState>
    </div>
  );
}

function PlacesMapPanel({ collection, tileUrl, label }: { collection: PlacesMap; tileUrl: string | null; label: string }) {
  const { t, label: labelOf, formatNumber } = useI18n();
  const typeCounts = useMemo(() => countVenueTypes(collection.features), [collection]);
  const compoundCount = useMemo(() => collection.features.filter((feature) => feature.properties.kind === 'compound').length, [collection]);
  const [visibleTypes, setVisibleTypes] = useState<VenueType[]>(() => typeCounts.map(([type]) => type));
  const [showCompounds, setShowCompounds] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = useMemo(() => shownFeatures(collection.features, visibleTypes, showCompounds), [collection, visibleTypes, showCompounds]);
  const focusId = useSearchParam('place');
  const focus = useMemo(() => collection.features.find((feature) => feature.properties.id === focusId) ?? null, [collection, focusId]);
  const placeHref = useConsoleHref('/console/places/');

  const describe = useCallback(
    (properties: PlacesMap['features'][number]['properties']) => ({
      title: properties.name,
      subtitle: properties.kind === 'compound' ? t('kind.compound') : labelOf('venueType', properties.venueType ?? 'other'),
      linkText: t('map.openPlace'),
      // The selection query stays at the end: /console/places/?j=X becomes /console/places/ID?j=X.
      href: placeHref.replace('/console/places/', `/console/places/${encodeURIComponent(properties.id)}`),
    }),
    [t, labelOf, placeHref],
  );
  const onError = useCallback((message: string) => setFailure(t('map.unavailable', { detail: message })), [t]);

  return (
    <>
      <p className="figure-note">
        {t('map.featureCount', { count: formatNumber(shown.length) })}
        {collection.truncated ? ` ${t('map.truncated', { count: formatNumber(collection.features.length) })}` : ''}
        {collection.features.length === 0 ? ` ${t('map.noCoordinates')}` : ''}
      </p>
      <AlertMessage tone="error">{failure}</AlertMessage>
      <div className="map-layout">
        <MapView
          collection={collection}
          visibleTypes={visibleTypes}
          showCompounds={showCompounds}
          shownCount={shown.length}
          tileUrl={tileUrl}
          label={label}
          describe={describe}
          onOpen={(href) => navigate(href)}
          focus={focus}
          onError={onError}
        />
        <div className="map-side">
          <MapLegend
            typeCounts={typeCounts}
            visibleTypes={visibleTypes}
            onVisibleTypesChange={setVisibleTypes}
            compoundCount={compoundCount}
            showCompounds={showCompounds}
            onShowCompoundsChange={setShowCompounds}
          />
          <MapPlaceList features={shown} describe={describe} />
        </div>
      </div>
    </>
  );
}
