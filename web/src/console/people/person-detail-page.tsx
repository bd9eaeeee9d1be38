import { PageTitle, QueryState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCan } from '../console-context.tsx';
import { ConsoleLink } from '../console-link.tsx';
import { PersonEditForm } from './person-edit-form.tsx';
import { PersonSummary } from './person-summary.tsx';
import { usePerson } from './queries.ts';
import { RevealForm } from './reveal-form.tsx';

/** One person: what the role may see, the edit form, the audited reveal action, and reporting a case of them. */
export function PersonDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const person = usePerson(id);
  const canWrite = useCan('people.write');
  const canReveal = useCan('people.reveal');
  const canReadCheckins = useCan('checkins.read');
  const canReportCase = useCan('cases.write');
  return (
    <div className="page">
      <p><ConsoleLink to="/console/people">← {t('app.back')}</ConsoleLink></p>
      <QueryState query={person}>
        {(data) => (
          <>
            <PageTitle text={t('people.detailTitle', { name: data.name })} />
            <PersonSummary person={data} />
            {canReadCheckins ? <p><ConsoleLink to={`/console/checkins?person=${encodeURIComponent(data.id)}`}>{t('people.checkins')}</ConsoleLink></p> : null}
            {canReportCase ? <p><ConsoleLink to={`/console/cases/new?person=${encodeURIComponent(data.id)}`} className="button">{t('cases.report')}</ConsoleLink></p> : null}
            {canReveal ? <RevealForm person={data} /> : null}
            {canWrite ? <PersonEditForm key={data.id} person={data} /> : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
