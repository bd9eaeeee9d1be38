import { PageTitle, QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { ChildrenTable } from './children-table.tsx';
import { DashboardCharts } from './dashboard-charts.tsx';
import { KeyFigures } from './key-figures.tsx';
import { useDashboard } from './queries.ts';

/** The overview of the selected jurisdiction; it refreshes itself every 30 seconds. */
export function DashboardPage() {
  const { t, formatTime } = useI18n();
  const { code } = useSelectedJurisdiction();
  const dashboard = useDashboard(code);
  return (
    <div data-testid="dashboard" className="page">
      <QueryState query={dashboard}>
        {(data) => (
          <>
            <div className="page-heading">
              <PageTitle text={t('dashboard.title', { name: data.jurisdiction.name })} />
              <p className="last-updated" data-testid="last-updated">
                {t('app.lastUpdated', { time: formatTime(new Date(dashboard.dataUpdatedAt)) })}
              </p>
            </div>
            <KeyFigures dashboard={data} />
            <DashboardCharts dashboard={data} />
            <p className="figure-note">{t('dashboard.unknownAge', { count: data.population.unknownAge })}</p>
            <ChildrenTable dashboard={data} />
          </>
        )}
      </QueryState>
    </div>
  );
}
