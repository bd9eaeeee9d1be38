import { useMemo, useState } from 'react';
import { CONTACT_CATEGORIES, CONTACT_STATUSES, type ContactCandidate, type ContactConfirmation } from '../../api/models.ts';
import { AlertMessage, DataTable, Pager, QueryState, useCursorPages } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateSearchParams, useSearchParam } from '../../router/index.ts';
import { ConsoleLink } from '../console-link.tsx';
import { DecideContactForm, type Decision } from './decide-contact-form.tsx';
import { summarizeEvidence } from './evidence-summary.ts';
import { useCaseContacts, type ContactFilters } from './queries.ts';

const DEGREES = [1, 2] as const;

/** The case's candidate contacts with their evidence, filtered by status, category and degree, with Confirm and Dismiss. */
export function ContactsSection({ caseId, canDecide }: { caseId: string; canDecide: boolean }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const statusParam = useSearchParam('status');
  const categoryParam = useSearchParam('category');
  const degreeParam = useSearchParam('degree');
  const status = CONTACT_STATUSES.find((value) => value === statusParam);
  const category = CONTACT_CATEGORIES.find((value) => value === categoryParam);
  const degree = DEGREES.find((value) => String(value) === degreeParam);
  const filters = useMemo<ContactFilters>(() => ({ status, category, degree }), [status, category, degree]);
  const pages = useCursorPages(JSON.stringify({ caseId, ...filters }));
  const page = useCaseContacts(caseId, filters, pages.cursor);
  const [deciding, setDeciding] = useState<{ candidate: ContactCandidate; decision: Decision } | null>(null);
  const [decided, setDecided] = useState<{ decision: Decision; confirmation?: ContactConfirmation } | null>(null);

  const open = (candidate: ContactCandidate, decision: Decision) => {
    setDecided(null);
    setDeciding({ candidate, decision });
  };

  return (
    <section className="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      <div className="filters">
        <div className="filter">
          <label htmlFor="contact-status">{t('contacts.status')}</label>
          <select id="contact-status" value={status ?? 'all'} onChange={(event) => updateSearchParams({ status: event.target.value === 'all' ? null : event.target.value })}>
            <option value="all">{t('app.all')}</option>
            {CONTACT_STATUSES.map((value) => <option key={value} value={value}>{t(`contactStatus.${value}`)}</option>)}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="contact-category">{t('contacts.category')}</label>
          <select id="contact-category" value={category ?? 'all'} onChange={(event) => updateSearchParams({ category: event.target.value === 'all' ? null : event.target.value })}>
            <option value="all">{t('app.all')}</option>
            {CONTACT_CATEGORIES.map((value) => <option key={value} value={value}>{t(`contactCategory.${value}`)}</option>)}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="contact-degree">{t('contacts.degree')}</label>
          <select id="contact-degree" value={degree ?? 'all'} onChange={(event) => updateSearchParams({ degree: event.target.value === 'all' ? null : event.target.value })}>
            <option value="all">{t('app.all')}</option>
            {DEGREES.map((value) => <option key={value} value={value}>{t(`contactDegree.${value}`)}</option>)}
          </select>
        </div>
      </div>
      <AlertMessage tone="success">{decided ? <DecisionMessage decided={decided} /> : null}</AlertMessage>
      {deciding ? (
        <DecideContactForm
          key={`${deciding.candidate.id}.${deciding.decision}`}
          candidate={deciding.candidate}
          decision={deciding.decision}
          onDone={(result) => { setDeciding(null); setDecided(result); }}
        />
      ) : null}
      <QueryState query={page}>
        {(data) => (
          <>
            <DataTable<ContactCandidate>
              caption={t('contacts.title')}
              hideCaption
              testId="contacts-table"
              rows={data.items}
              rowKey={(item) => item.id}
              rowAttributes={(item) => ({ 'data-contact-id': item.id, 'data-status': item.status, 'data-category': item.category })}
              emptyMessage={t('contacts.empty')}
              columns={[
                { key: 'person', header: t('contacts.person'), render: (item) => <ConsoleLink to={`/console/people/${encodeURIComponent(item.personId)}`}>{item.personName}</ConsoleLink> },
                { key: 'category', header: t('contacts.category'), render: (item) => t(`contactCategory.${item.category}`) },
                { key: 'degree', header: t('contacts.degree'), numeric: true, render: (item) => formatNumber(item.degree) },
                { key: 'score', header: t('contacts.score'), numeric: true, render: (item) => item.score.toFixed(2) },
                { key: 'minutes', header: t('contacts.minutes'), numeric: true, render: (item) => (item.exposureMinutes === null ? '—' : formatNumber(item.exposureMinutes)) },
                { key: 'first', header: t('contacts.firstExposure'), render: (item) => formatDateTime(item.firstExposureAt) },
                { key: 'last', header: t('contacts.lastExposure'), render: (item) => formatDateTime(item.lastExposureAt) },
                {
                  key: 'evidence',
                  header: t('contacts.evidence'),
                  render: (item) => {
                    const lines = summarizeEvidence(item.evidence, t, formatDateTime);
                    if (lines.length <= 1) return lines[0] ?? '—';
                    return <ul className="evidence-list">{lines.map((line, index) => <li key={index}>{line}</li>)}</ul>;
                  },
                },
                {
                  key: 'status',
                  header: t('contacts.status'),
                  render: (item) =>
                    item.status === 'candidate' && canDecide ? (
                      <span className="row-actions">
                        <button type="button" onClick={() => open(item, 'confirm')} aria-label={t('contacts.confirmOf', { name: item.personName })}>{t('contacts.confirm')}</button>
                        <button type="button" onClick={() => open(item, 'dismiss')} aria-label={t('contacts.dismissOf', { name: item.personName })}>{t('contacts.dismiss')}</button>
                      </span>
                    ) : (
                      <>
                        <span>{t(`contactStatus.${item.status}`)}</span>
                        {item.decisionNote ? <><br /><small>{item.decisionNote}</small></> : null}
                      </>
                    ),
                },
              ]}
            />
            <Pager pages={pages} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** What a decision did; a confirmation names the measure the person is now under and when it ends. */
function DecisionMessage({ decided }: { decided: { decision: Decision; confirmation?: ContactConfirmation } }) {
  const { t } = useI18n();
  if (decided.decision === 'dismiss') return <p>{t('contacts.dismissed')}</p>;
  const managed = decided.confirmation?.managedPerson ?? null;
  if (!managed) return <p>{t('contacts.confirmedNoMeasure')}</p>;
  return (
    <div data-testid="managed-person">
      <p>{t('contacts.confirmedManaged', { name: managed.personName, endsOn: managed.endsOn })}</p>
      <ol className="measure-stages">
        {managed.stages.map((stage) => (
          <li key={`${stage.kind}.${stage.from}`}>
            {t('contacts.stage', { kind: t(`measureStage.${stage.kind}`), from: stage.from, to: stage.to })}
            {stage.testDays.length > 0 ? ` ${t('contacts.testDays', { days: stage.testDays.join('、') })}` : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
