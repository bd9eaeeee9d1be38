import { AlertMessage } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useTraceCase } from './queries.ts';

/** Computes the case's candidate contacts from the records as they stand, and says what was found. */
export function TraceButton({ caseId }: { caseId: string }) {
  const { t, formatDateTime } = useI18n();
  const trace = useTraceCase(caseId);
  const result = trace.data;
  return (
    <section className="card trace" aria-labelledby="trace-title">
      <h2 id="trace-title">{t('cases.traceTitle')}</h2>
      <p>
        <button type="button" className="primary" onClick={() => trace.mutate()} disabled={trace.isPending}>
          {trace.isPending ? t('cases.tracing') : t('cases.trace')}
        </button>
      </p>
      <AlertMessage tone="error">{trace.error ? trace.error.message : null}</AlertMessage>
      <div role="status" data-testid="trace-result">
        {result ? (
          <p>
            {t('cases.traceResult', {
              first: result.found.first,
              second: result.found.second,
              close: result.found.close,
              sameDay: result.found.sameDayVisitors,
              kept: result.kept,
              removed: result.removed,
              from: formatDateTime(result.window.from),
              until: formatDateTime(result.window.until),
            })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
