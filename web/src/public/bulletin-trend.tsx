import { useMemo } from 'react';
import { BULLETIN_FIGURES, type PublicBulletin } from '../api/models.ts';
import { Chart } from '../components/index.ts';
import { trendOption } from '../components/chart/chart-options.ts';
import { useI18n } from '../i18n/index.ts';

/** The published days of the last 30 as lines, one per figure except tests (a different scale). */
export function BulletinTrend({ series }: { series: PublicBulletin['series'] }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      trendOption(
        BULLETIN_FIGURES.filter((figure) => figure !== 'testsReported').map((figure) => ({
          name: t(`figure.${figure}`),
          points: series.map((day) => ({ date: day.date, value: day.figures[figure] })),
        })),
      ),
    [series, t],
  );
  return <Chart title={t('public.trend')} option={option} height={300} />;
}
