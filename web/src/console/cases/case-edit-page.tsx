import { useState } from 'react';
import type { Case } from '../../api/models.ts';
import { AlertMessage, FormErrorSummary, PageTitle, QueryState, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink, useConsoleNavigate } from '../console-link.tsx';
import { CaseFields } from './case-fields.tsx';
import { caseFormFields, updateBody, valuesOf } from './case-form-values.ts';
import { useCase, useReloadCase, useUpdateCase } from './queries.ts';

/** Changes a case at the version read; back on the case's page once saved. */
export function CaseEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const found = useCase(id);
  return (
    <div className="page narrow">
      <p><ConsoleLink to={`/console/cases/${encodeURIComponent(id)}`}>← {t('app.back')}</ConsoleLink></p>
      <QueryState query={found}>{(data) => <CaseEditForm record={data} />}</QueryState>
    </div>
  );
}

function CaseEditForm({ record }: { record: Case }) {
  const { t } = useI18n();
  // The case as it was when the form was filled from it: its version and values are what the change is made
  // against, even if the cache is refreshed underneath, so that someone else's change is refused, not overwritten.
  const [read, setRead] = useState(record);
  const [values, setValues] = useState(() => valuesOf(record));
  const update = useUpdateCase(record.id);
  const reload = useReloadCase(record.id);
  const errors = useFormErrors(update.error, caseFormFields(values));
  // The server names a stale version as a problem with `version`: someone saved the case after it was read.
  const conflict = Boolean(errors.fields.version);
  const goTo = useConsoleNavigate();
  const casePage = `/console/cases/${encodeURIComponent(record.id)}`;

  // Reloading starts the form again from the case as it now stands, with its new version.
  const reloadRecord = () =>
    reload.mutate(undefined, {
      onSuccess: (fresh) => {
        setRead(fresh);
        setValues(valuesOf(fresh));
        update.reset();
      },
    });

  return (
    <>
      <PageTitle text={t('cases.editTitle', { name: record.personName })} />
      <form
        id="case-edit-form"
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(updateBody(read, values), { onSuccess: () => goTo(casePage) });
        }}
      >
        <FormErrorSummary formId="case-edit-form" summary={conflict ? t('cases.conflict') : errors.summary} fields={errors.fields} />
        {conflict ? (
          <p>
            <button type="button" onClick={reloadRecord} disabled={reload.isPending}>{t('cases.reload')}</button>
          </p>
        ) : null}
        <AlertMessage tone="error">{reload.error ? t('app.error', { detail: reload.error.message }) : null}</AlertMessage>
        <CaseFields values={values} onChange={setValues} errors={errors.fields} reported />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={update.isPending}>{update.isPending ? t('app.saving') : t('app.save')}</button>
          <ConsoleLink to={casePage} className="button">{t('app.cancel')}</ConsoleLink>
        </div>
      </form>
    </>
  );
}
