import type { PublicBulletin } from '../api/models.ts';
import { useI18n } from '../i18n/index.ts';

/**
 * Risk areas arrive with their own module; until their shape is published we show each area's name
 * (or code) when it has one.
 */
function describeArea(area: unknown): string {
  if (typeof area === 'object' && area !== null) {
    const record = area as Record<string, unknown>;
    const name = record.name ?? record.jurisdictionName ?? record.code;
    const level = record.level ?? record.riskLevel;
    if (typeof name === 'string') return typeof level === 'string' ? `${name} (${level})` : name;
  }
  return typeof area === 'string' ? area : JSON.stringify(area);
}

/** The current risk areas, or a message that there are none. */
export function RiskAreas({ areas }: { areas: PublicBulletin['riskAreas'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="risk-areas-title" className="card" data-testid="risk-areas">
      <h2 id="risk-areas-title">{t('public.riskAreas')}</h2>
      {areas.length === 0 ? (
        <p className="empty-state">{t('public.noRiskAreas')}</p>
      ) : (
        <ul>
          {areas.map((area, index) => <li key={index}>{describeArea(area)}</li>)}
        </ul>
      )}
    </section>
  );
}
