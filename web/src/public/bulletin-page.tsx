import { PageTitle, QueryState } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import { updateSearchParams, useSearchParam } from '../router/index.ts';
import { BulletinFigureCards } from './bulletin-figures.tsx';
import { BulletinTrend } from './bulletin-trend.tsx';
import { OpenData } from './open-data.tsx';
import { PublicLayout } from './public-layout.tsx';
import { usePublicBulletin } from './queries.ts';
import { RiskAreas } from './risk-areas.tsx';
import { ServicesFinder } from './services/services-finder.tsx';

/** The public start page: the latest published figures, their trend, risk areas, services, open data. */
export function BulletinPage() {
  const { t, formatDateTime } = useI18n();
  const area = useSearchParam('area');
  const bulletin = usePublicBulletin(area);

  return (
    <PublicLayout>
      <div data-testid="public-bulletin" className="page">
        <PageTitle text={t('public.title')} />
        <QueryState query={bulletin}>
          {(data) => (
            <>
              {data.published.length > 0 ? (
                <div className="filter inline">
                  <label htmlFor="bulletin-area">{t('public.jurisdiction')}</label>
                  <select id="bulletin-area" value={data.jurisdiction?.code ?? ''} onChange={(event) => updateSearchParams({ area: event.target.value })}>
                    {data.published.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
                  </select>
                </div>
              ) : null}
              {data.latest ? (
                <section aria-labelledby="latest-title">
                  <h2 id="latest-title">{data.jurisdiction?.name} · {t('public.latest', { date: data.latest.date })}</h2>
                  <BulletinFigureCards figures={data.latest.figures} testIdPrefix="latest" />
                  <p className="figure-note">{t('public.published', { time: formatDateTime(data.latest.publishedAt), version: data.latest.version })}</p>
                  {data.latest.note ? <p className="bulletin-note"><strong>{t('public.note')}</strong>{data.latest.note}</p> : null}
                </section>
              ) : (
                <p className="empty-state">{t('public.noBulletin')}</p>
              )}
              {data.series.length > 0 ? <BulletinTrend series={data.series} /> : null}
              {data.latest ? (
                <section aria-labelledby="totals-title">
                  <h2 id="totals-title">{t('public.totals')}</h2>
                  <BulletinFigureCards figures={data.totals} testIdPrefix="total" />
                </section>
              ) : null}
              <RiskAreas areas={data.riskAreas} />
            </>
          )}
        </QueryState>
        <ServicesFinder />
        <OpenData />
      </div>
    </PublicLayout>
  );
}
