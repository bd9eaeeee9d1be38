import type { MapFeature } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router/index.ts';
import type { PopupText } from './map-popup.ts';

/** More than this and the list is cut: the table on the places page is the place for long lists. */
const LIST_LIMIT = 200;

/**
 * The venues on the map as a list of links: the names the offline map cannot write, and a way to
 * every place for keyboard and screen-reader users.
 */
export function MapPlaceList({ features, describe }: { features: readonly MapFeature[]; describe: (properties: MapFeature['properties']) => PopupText }) {
  const { t } = useI18n();
  const venues = features.filter((feature) => feature.properties.kind !== 'compound').slice(0, LIST_LIMIT);
  return (
    <section className="map-list" aria-labelledby="map-list-title">
      <h2 id="map-list-title">{t('map.list')}</h2>
      <ul>
        {venues.map((feature) => {
          const text = describe(feature.properties);
          return (
            <li key={feature.properties.id}>
              <Link to={text.href}>{text.title}</Link> <small>{text.subtitle}</small>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
