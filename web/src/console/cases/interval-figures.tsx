import type { CaseIntervalReport, IntervalSummary } from '../../api/models.ts';
import { FigureCard, QueryState } from '../../components/index.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useCaseIntervals } from './queries.ts';

type IntervalName = 'onsetToDetectionDays' | 'detectionToReportHours' | 'detectionToIsolationHours' | 'detectionToTreatmentHours' | 'onsetToIsolationDays';

/** The intervals in the order of the four earlies: found early, reported early, isolated early, treated early. */
const INTERVALS: { name: IntervalName; unit: 'days' | 'hours' }[] = [
  { name: 'onsetToDetectionDays', unit: 'days' },
  { name: 'detectionToReportHours', unit: 'hours' },
  { name: 'detectionToIsolationHours', unit: 'hours' },
  { name: 'detectionToTreatmentHours', unit: 'hours' },
  { name: 'onsetToIsolationDays', unit: 'days' },
];

/** The four earlies over the jurisdiction's recent cases: median and 90th percentile of each interval, and the share reported in time. */
export function IntervalFigures({ jurisdiction }: { jurisdiction: string }) {
  const { t } = useI18n();
  const report = useCaseIntervals(jurisdiction);
  return (
    <section aria-labelledby="intervals-title" data-testid="case-intervals">
      <h2 id="intervals-title" className="section-subtitle">{t('cases.intervalsTitle')}</h2>
      <QueryState query={report}>{(data) => <IntervalCards report={data} />}</QueryState>
    </section>
  );
}

function IntervalCards({ report }: { report: CaseIntervalReport }) {
  const { t, formatNumber } = useI18n();
  const amount = (value: number | null, unit: 'days' | 'hours') =>
    value === null ? '—' : t(unit === 'days' ? 'cases.days' : 'cases.hours', { value: formatNumber(Math.round(value * 10) / 10) });
  const describe = (summary: IntervalSummary, unit: 'days' | 'hours') =>
    t('cases.intervalNote', { p90: amount(summary.p90, unit), count: formatNumber(summary.count) });
  const share = report.reportedInTime.share;
  return (
    <>
      <p className="figure-note intervals-period">{t('cases.intervalsPeriod', { from: report.from, to: report.to, count: formatNumber(report.cases) })}</p>
      <div className="figure-grid compact">
        {INTERVALS.map(({ name, unit }) => (
          <FigureCard
            key={name}
            testId={`interval-${name}`}
            label={t(`cases.interval.${name}` as MessageKey)}
            value={amount(report[name].median, unit)}
            note={describe(report[name], unit)}
          />
        ))}
        <FigureCard
          testId="interval-reportedInTime"
          label={t('cases.reportedInTime')}
          value={share === null ? '—' : `${formatNumber(Math.round(share * 1000) / 10)}%`}
          note={t('cases.reportedInTimeNote', { count: formatNumber(report.reportedInTime.count) })}
          tone={share !== null && share < 1 ? 'alert' : 'calm'}
        />
      </div>
    </>
  );
}
