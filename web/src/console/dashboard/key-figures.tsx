import { PRIORITY_GROUPS, type Dashboard } from '../../api/models.ts';
import { FigureCard } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** The dashboard's cards: population, households, places, then each priority group. */
export function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t, formatNumber } = useI18n();
  const { population, places } = dashboard;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">{t('dashboard.figures')}</h2>
      <div className="figure-grid">
        <FigureCard
          testId="figure-people"
          label={t('dashboard.people')}
          value={formatNumber(population.people)}
          note={t('dashboard.bySex', { male: formatNumber(population.bySex.male), female: formatNumber(population.bySex.female), unknown: formatNumber(population.bySex.unknown) })}
        />
        <FigureCard testId="figure-households" label={t('dashboard.households')} value={formatNumber(population.households)} />
        <FigureCard testId="figure-venues" label={t('dashboard.venues')} value={formatNumber(places.venues)} />
        <FigureCard testId="figure-compounds" label={t('dashboard.compounds')} value={formatNumber(places.compounds)} />
      </div>
      <h3 className="section-subtitle">{t('dashboard.priorityGroups')}</h3>
      <div className="figure-grid compact">
        {PRIORITY_GROUPS.map((group) => (
          <FigureCard key={group} testId={`figure-${group}`} label={t(`priorityGroup.${group}`)} value={formatNumber(population.byPriorityGroup[group] ?? 0)} tone="calm" />
        ))}
      </div>
    </section>
  );
}
