import { useState } from 'react';
import { FormErrorSummary, PageTitle, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink, useConsoleNavigate } from '../console-link.tsx';
import { useJurisdiction } from '../jurisdictions/queries.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { EMPTY_PERSON, createBody } from './person-form-values.ts';
import { PERSON_FORM_FIELDS, PersonFields } from './person-fields.tsx';
import { useCreatePerson } from './queries.ts';

/** Registers a person in the selected jurisdiction; the server's problems appear beside their fields. */
export function PersonNewPage() {
  const { t } = useI18n();
  const { code } = useSelectedJurisdiction();
  const jurisdiction = useJurisdiction(code);
  const [values, setValues] = useState(EMPTY_PERSON);
  const create = useCreatePerson();
  const errors = useFormErrors(create.error, [...PERSON_FORM_FIELDS, 'jurisdictionCode']);
  const goTo = useConsoleNavigate();

  return (
    <div className="page narrow">
      <PageTitle text={t('people.newTitle')} />
      <p>{t('people.jurisdiction')}: <strong>{jurisdiction.data?.name ?? code}</strong></p>
      <form
        id="person-new-form"
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(createBody(values, code), {
            onSuccess: (person) => goTo(`/console/people/${encodeURIComponent(person.id)}`),
          });
        }}
      >
        <FormErrorSummary formId="person-new-form" summary={errors.summary} fields={errors.fields} />
        <PersonFields values={values} onChange={setValues} errors={errors.fields} withDocument />
        {errors.fields.jurisdictionCode ? <p id="jurisdictionCode-error" className="field-error">{errors.fields.jurisdictionCode}</p> : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending}>{create.isPending ? t('app.saving') : t('app.save')}</button>
          <ConsoleLink to="/console/people" className="button">{t('app.cancel')}</ConsoleLink>
        </div>
      </form>
    </div>
  );
}
