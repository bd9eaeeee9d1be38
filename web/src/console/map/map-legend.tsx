import type { VenueType } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { COMPOUND_COLOR, VENUE_COLORS } from './venue-colors.ts';

interface MapLegendProps {
  /** The venue types present in the data, with how many of each. */
  typeCounts: [VenueType, number][];
  visibleTypes: readonly string[];
  onVisibleTypesChange: (types: VenueType[]) => void;
  compoundCount: number;
  showCompounds: boolean;
  onShowCompoundsChange: (show: boolean) => void;
}

/** The legend doubles as the filter: each colour is a checkbox for its venue type. */
export function MapLegend(props: MapLegendProps) {
  const { typeCounts, visibleTypes, onVisibleTypesChange, compoundCount, showCompounds, onShowCompoundsChange } = props;
  const { t, formatNumber } = useI18n();
  const toggle = (type: VenueType, on: boolean) =>
    onVisibleTypesChange(on ? [...(visibleTypes as VenueType[]), type] : (visibleTypes as VenueType[]).filter((shown) => shown !== type));

  return (
    <fieldset className="map-legend" data-testid="map-legend">
      <legend>{t('map.legend')} · {t('map.filterLabel')}</legend>
      <div className="legend-actions">
        <button type="button" onClick={() => onVisibleTypesChange(typeCounts.map(([type]) => type))}>{t('map.showAll')}</button>
        <button type="button" onClick={() => onVisibleTypesChange([])}>{t('map.hideAll')}</button>
      </div>
      <ul>
        {typeCounts.map(([type, count]) => (
          <li key={type}>
            <label className="checkbox">
              <input type="checkbox" name="venueType" value={type} checked={visibleTypes.includes(type)} onChange={(event) => toggle(type, event.target.checked)} />
              <span className="swatch" style={{ background: VENUE_COLORS[type] }} aria-hidden="true" />
              {t(`venueType.${type}`)} <small>({formatNumber(count)})</small>
            </label>
          </li>
        ))}
        <li>
          <label className="checkbox">
            <input type="checkbox" name="compounds" checked={showCompounds} onChange={(event) => onShowCompoundsChange(event.target.checked)} />
            <span className="swatch small" style={{ background: COMPOUND_COLOR }} aria-hidden="true" />
            {t('map.compounds')} <small>({formatNumber(compoundCount)})</small>
          </label>
        </li>
      </ul>
    </fieldset>
  );
}
