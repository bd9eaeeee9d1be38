import { useState } from 'react';
import { ApiError } from '../../api/index.ts';
import type { Person } from '../../api/models.ts';
import { FormErrorSummary, PageTitle, QueryState, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSearchParam } from '../../router/index.ts';
import { ConsoleLink, useConsoleNavigate } from '../console-link.tsx';
import { usePerson } from '../people/queries.ts';
import { CaseFields } from './case-fields.tsx';
import { EMPTY_CASE, caseFormFields, createBody } from './case-form-values.ts';
import { useCreateCase } from './queries.ts';

/** Reports a case of the person named in ?person=, opened from that person's page. */
export function CaseNewPage() {
  const { t } = useI18n();
  const personId = useSearchParam('person');
  if (!personId) {
    return (
      <div className="page narrow">
        <PageTitle text={t('cases.report')} />
        <p>{t('cases.reportFromPerson')} <ConsoleLink to="/console/people">{t('cases.toPeople')}</ConsoleLink></p>
      </div>
    );
  }
  return <PersonCaseForm personId={personId} />;
}

function PersonCaseForm({ personId }: { personId: string }) {
  const person = usePerson(personId);
  return (
    <div className="page narrow">
      <QueryState query={person}>{(data) => <NewCaseForm person={data} />}</QueryState>
    </div>
  );
}

/** The form itself; what was typed stays while the server's problems are shown beside their fields. */
function NewCaseForm({ person }: { person: Person }) {
  const { t } = useI18n();
  const [values, setValues] = useState(EMPTY_CASE);
  const create = useCreateCase();
  const errors = useFormErrors(create.error, caseFormFields(values));
  // The one conflict here is an open case of the same person; the server gives its id when we may read it.
  const conflict = create.error instanceof ApiError && create.error.status === 409 ? create.error : null;
  const openCaseId = conflict?.problem?.errors.find((issue) => issue.field === 'personId')?.existingId;
  const goTo = useConsoleNavigate();
  const personPage = `/console/people/${encodeURIComponent(person.id)}`;

  return (
    <>
      <PageTitle text={t('cases.newTitle', { name: person.name })} />
      <p>{t('cases.person')}: <ConsoleLink to={personPage}>{person.name}</ConsoleLink></p>
      <form
        id="case-new-form"
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(createBody(person.id, values), { onSuccess: (created) => goTo(`/console/cases/${encodeURIComponent(created.id)}`) });
        }}
      >
        <FormErrorSummary formId="case-new-form" summary={conflict ? t('cases.personHasOpenCase') : errors.summary} fields={errors.fields} />
        {openCaseId ? (
          <p>
            <ConsoleLink to={`/console/cases/${encodeURIComponent(openCaseId)}`}>{t('cases.toOpenCase')}</ConsoleLink>
          </p>
        ) : null}
        <CaseFields values={values} onChange={setValues} errors={errors.fields} reported={false} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending}>{create.isPending ? t('app.saving') : t('cases.reportSubmit')}</button>
          <ConsoleLink to={personPage} className="button">{t('app.cancel')}</ConsoleLink>
        </div>
      </form>
    </>
  );
}
