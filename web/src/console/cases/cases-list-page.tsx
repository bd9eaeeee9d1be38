import { useMemo } from 'react';
import { CASE_STATUSES, type Case } from '../../api/models.ts';
import { DataTable, Pager, PageTitle, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useSearchParam } from '../../router/index.ts';
import { ConsoleLink } from '../console-link.tsx';
import { useCan } from '../console-context.tsx';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { IntervalFigures } from './interval-figures.tsx';
import { useCasesPage, type CaseFilters } from './queries.ts';
import { TraceCasesButton } from './trace-cases-button.tsx';

/** Formats an interval in hours, to one decimal; none when it is not known yet. */
export function formatHours(value: number | null, formatNumber: (value: number) => string): string {
  return value === null ? '—' : formatNumber(Math.round(value * 10) / 10);
}

/** The cases of the selected jurisdiction, newest report first, with the four earlies above them. */
export function CasesListPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { code } = useSelectedJurisdiction();
  const statusParam = useSearchParam('status');
  const status = CASE_STATUSES.find((value) => value === statusParam);
  const filters = useMemo<CaseFilters>(() => ({ jurisdiction: code, status }), [code, status]);
  const pages = useCursorPages(JSON.stringify(filters));
  const page = useCasesPage(filters, pages.cursor);
  const canTrace = useCan('cases.write');

  return (
    <div className="page">
      <PageTitle text={t('cases.title')} />
      <IntervalFigures jurisdiction={code} />
      <div className="filters">
        <div className="filter">
          <label htmlFor="case-status">{t('cases.statusFilter')}</label>
          <select id="case-status" value={status ?? 'all'} onChange={(event) => updateSearchParams({ status: event.target.value === 'all' ? null : event.target.value })}>
            <option value="all">{t('app.all')}</option>
            {CASE_STATUSES.map((value) => <option key={value} value={value}>{t(`caseStatus.${value}`)}</option>)}
          </select>
        </div>
      </div>
      <QueryState query={page}>
        {(data) => (
          <>
            <DataTable<Case>
              caption={t('cases.title')}
              hideCaption
              testId="cases-table"
              rows={data.items}
              rowKey={(item) => item.id}
              rowAttributes={(item) => ({ 'data-case-id': item.id, 'data-status': item.status })}
              emptyMessage={t('cases.empty')}
              columns={[
                { key: 'person', header: t('cases.person'), render: (item) => <ConsoleLink to={`/console/cases/${encodeURIComponent(item.id)}`}>{item.personName}</ConsoleLink> },
                { key: 'classification', header: t('cases.classification'), render: (item) => t(`caseClassification.${item.classification}`) },
                { key: 'status', header: t('cases.status'), render: (item) => t(`caseStatus.${item.status}`) },
                { key: 'onset', header: t('cases.onsetDate'), render: (item) => item.onsetDate ?? '—' },
                { key: 'reported', header: t('cases.reportedAt'), render: (item) => formatDateTime(item.reportedAt) },
                { key: 'toReport', header: t('cases.detectionToReport'), numeric: true, render: (item) => formatHours(item.intervals.detectionToReportHours, formatNumber) },
                { key: 'open', header: t('cases.open'), render: (item) => <ConsoleLink to={`/console/cases/${encodeURIComponent(item.id)}`} aria-label={t('cases.openCase', { name: item.personName })}>{t('cases.open')}</ConsoleLink> },
              ]}
            />
            <Pager pages={pages} nextCursor={data.nextCursor} />
            {canTrace ? <TraceCasesButton key={data.items.map((item) => item.id).join()} caseIds={data.items.map((item) => item.id)} /> : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
