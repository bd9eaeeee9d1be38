import type { Job } from '../../api/models.ts';
import { ProgressBar } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import type { ImportStage } from './use-import.ts';

type Counts = Job['progress'];

/** The upload's bytes, then the rows the server has read, with each count beside it. */
export function ImportProgress({ stage, progress }: { stage: ImportStage; progress: Counts | null }) {
  const { t, formatNumber } = useI18n();
  if (stage.stage === 'uploading') {
    return <ProgressBar label={t('imports.uploadProgress')} value={stage.loaded} total={stage.total} />;
  }
  if (stage.stage !== 'processing' && stage.stage !== 'finished') return null;
  const counts: Counts = stage.stage === 'finished'
    ? { received: stage.report.received, inserted: stage.report.inserted, unchanged: stage.report.unchanged, rejected: stage.report.rejected.length }
    : progress ?? { received: 0, inserted: 0, unchanged: 0, rejected: 0 };
  // The row estimate can be off (quoted line breaks); once finished the rows read are the total.
  const total = stage.stage === 'finished' ? counts.received : Math.max(stage.rows, counts.received);
  return (
    <div className="import-progress" data-testid="import-progress">
      <ProgressBar
        label={t('imports.rowProgress')}
        value={counts.received}
        total={total > 0 ? total : null}
        valueText={`${formatNumber(counts.received)} / ${formatNumber(total)}`}
      />
      <dl className="import-counts">
        {(['received', 'inserted', 'unchanged', 'rejected'] as const).map((key) => (
          <div key={key} data-testid={`import-${key}`}>
            <dt>{t(key === 'received' ? 'imports.read' : `imports.${key}`)}</dt>
            <dd>{formatNumber(counts[key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
