import type { ReactNode } from 'react';
import type { Case } from '../../api/models.ts';
import { DetailList, PageTitle, QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCan } from '../console-context.tsx';
import { ConsoleLink } from '../console-link.tsx';
import { CaseChain } from './case-chain.tsx';
import { formatHours } from './cases-list-page.tsx';
import { ContactsSection } from './contacts-section.tsx';
import { LinkCaseSection } from './link-case-section.tsx';
import { useCase } from './queries.ts';
import { TraceButton } from './trace-button.tsx';

/** One case: its record and intervals, tracing its contacts and deciding on them, and the chain it belongs to (and linking it into one). */
export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const found = useCase(id);
  return (
    <div className="page">
      <p><ConsoleLink to="/console/cases">← {t('app.back')}</ConsoleLink></p>
      <QueryState query={found}>{(data) => <CaseDetails record={data} />}</QueryState>
    </div>
  );
}

function CaseDetails({ record }: { record: Case }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const canWrite = useCan('cases.write');
  const time = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  const days = (value: number | null) => (value === null ? '—' : t('cases.days', { value: formatNumber(value) }));
  const hours = (value: number | null) => (value === null ? '—' : t('cases.hours', { value: formatHours(value, formatNumber) }));
  const inTime = record.intervals.reportedInTime;
  const fields: [string, ReactNode][] = [
    [t('cases.person'), <ConsoleLink key="person" to={`/console/people/${encodeURIComponent(record.personId)}`}>{record.personName}</ConsoleLink>],
    [t('cases.classification'), t(`caseClassification.${record.classification}`)],
    [t('cases.basis'), t(`caseBasis.${record.basis}`)],
    [t('cases.status'), t(`caseStatus.${record.status}`)],
    [t('cases.onsetDate'), record.onsetDate ?? '—'],
    [t('cases.sampledDate'), record.sampledDate ?? '—'],
    [t('cases.detectedAt'), time(record.detectedAt)],
    [t('cases.reportedAt'), `${time(record.reportedAt)} (${record.reportedBy})`],
    [t('cases.isolatedAt'), time(record.isolatedAt)],
    [t('cases.treatedAt'), time(record.treatedAt)],
    [t('cases.infectiousWindow'), `${time(record.infectiousFrom)} – ${record.infectiousUntil ? time(record.infectiousUntil) : t('cases.notIsolated')}`],
    [t('cases.jurisdiction'), record.jurisdictionCode],
    [t('cases.symptoms'), record.symptoms.length > 0 ? record.symptoms.join('、') : '—'],
  ];
  const intervals: [string, ReactNode][] = [
    [t('cases.interval.onsetToDetectionDays'), days(record.intervals.onsetToDetectionDays)],
    [t('cases.interval.detectionToReportHours'), hours(record.intervals.detectionToReportHours)],
    [t('cases.interval.detectionToIsolationHours'), hours(record.intervals.detectionToIsolationHours)],
    [t('cases.interval.detectionToTreatmentHours'), hours(record.intervals.detectionToTreatmentHours)],
    [t('cases.interval.onsetToIsolationDays'), days(record.intervals.onsetToIsolationDays)],
    [t('cases.reportedInTime'), inTime === null ? '—' : inTime ? t('cases.inTime') : t('cases.late')],
  ];
  return (
    <>
      <PageTitle text={t('cases.detailTitle', { name: record.personName })} />
      {canWrite ? <p><ConsoleLink to={`/console/cases/${encodeURIComponent(record.id)}/edit`} className="button">{t('cases.edit')}</ConsoleLink></p> : null}
      <div className="case-sections">
        <section className="card" aria-labelledby="case-record-title">
          <h2 id="case-record-title">{t('cases.record')}</h2>
          <DetailList rows={fields} testId="case-details" />
        </section>
        <section className="card" aria-labelledby="case-intervals-title">
          <h2 id="case-intervals-title">{t('cases.intervalsOfCase')}</h2>
          <DetailList rows={intervals} testId="case-interval-details" />
        </section>
      </div>
      {canWrite ? <TraceButton caseId={record.id} /> : null}
      <ContactsSection caseId={record.id} canDecide={canWrite} />
      {canWrite ? <LinkCaseSection key={record.id} record={record} /> : null}
      <CaseChain caseId={record.id} />
    </>
  );
}
