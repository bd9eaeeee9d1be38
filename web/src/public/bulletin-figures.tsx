import { BULLETIN_FIGURES, type BulletinFigures } from '../api/models.ts';
import { FigureCard } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';

/** The five published figures as cards; new cases in the alert colour. */
export function BulletinFigureCards({ figures, testIdPrefix }: { figures: BulletinFigures; testIdPrefix: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="figure-grid">
      {BULLETIN_FIGURES.map((figure) => (
        <FigureCard
          key={figure}
          testId={`${testIdPrefix}-${figure}`}
          label={t(`figure.${figure}`)}
          value={formatNumber(figures[figure])}
          tone={figure === 'newConfirmed' || figure === 'newAsymptomatic' ? 'alert' : 'default'}
        />
      ))}
    </div>
  );
}
