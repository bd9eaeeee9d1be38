import { useMemo } from 'react';
import { VENUE_TYPES, type Dashboard } from '../../api/models.ts';
import { Chart } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { barOption, trendOption } from '../../components/chart/chart-options.ts';

/** The trend of every daily series, the age bands as bars, and the venues by type. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t, label } = useI18n();
  // One small chart per series: registrations, tests and case counts differ by orders of magnitude, and
  // on one shared axis the smaller ones would lie flat on zero.
  const trends = useMemo(
    () => dashboard.series.map((series) => ({ metric: series.metric, title: label('metric', series.metric), option: trendOption([{ name: label('metric', series.metric), points: series.points }]) })),
    [dashboard.series, label],
  );
  const ages = useMemo(() => {
    const bands = dashboard.population.byAgeBand;
    return barOption(t('dashboard.count'), bands.map((band) => band.band), bands.map((band) => band.count));
  }, [dashboard.population.byAgeBand, t]);
  const venues = useMemo(() => {
    // Only the types present, in the catalog's order, so that the chart is not a wall of zeros.
    const present = VENUE_TYPES.filter((type) => (dashboard.places.venuesByType[type] ?? 0) > 0);
    const option = barOption(t('dashboard.venues'), present.map((type) => t(`venueType.${type}`)), present.map((type) => dashboard.places.venuesByType[type] ?? 0), true);
    return { option, height: Math.max(260, present.length * 26 + 50) };
  }, [dashboard.places.venuesByType, t]);

  return (
    <>
      <section aria-labelledby="trend-title">
        <h2 id="trend-title" className="section-subtitle">{t('dashboard.trend')}</h2>
        <div className="chart-grid small-multiples">
          {trends.map((trend) => <Chart key={trend.metric} title={trend.title} option={trend.option} height={170} />)}
        </div>
      </section>
      <div className="chart-grid">
        <Chart title={t('dashboard.ageBands')} option={ages} />
        <Chart title={t('dashboard.venuesByType')} option={venues.option} height={venues.height} />
      </div>
    </>
  );
}
