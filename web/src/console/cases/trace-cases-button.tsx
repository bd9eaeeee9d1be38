import { AlertMessage } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useTraceCases } from './queries.ts';

/**
 * Traces the cases listed, together: a day's new cases share the places they visited, and are traced at
 * once rather than one by one. Says how many candidates were found in all.
 */
export function TraceCasesButton({ caseIds }: { caseIds: string[] }) {
  const { t } = useI18n();
  const trace = useTraceCases();
  const results = trace.data?.results;
  const sum = (pick: (result: NonNullable<typeof results>[number]) => number) => (results ?? []).reduce((total, result) => total + pick(result), 0);
  return (
    <div className="trace-cases">
      <button type="button" onClick={() => trace.mutate(caseIds)} disabled={trace.isPending || caseIds.length === 0}>
        {trace.isPending ? t('cases.tracing') : t('cases.traceListed', { count: caseIds.length })}
      </button>
      <AlertMessage tone="error">{trace.error ? trace.error.message : null}</AlertMessage>
      <div role="status" data-testid="trace-cases-result">
        {results ? <p>{t('cases.traceListedResult', { cases: results.length, first: sum((result) => result.found.first), close: sum((result) => result.found.close), second: sum((result) => result.found.second) })}</p> : null}
      </div>
    </div>
  );
}
