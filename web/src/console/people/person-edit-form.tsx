import { useEffect, useState } from 'react';
import type { Person } from '../../api/models.ts';
import { AlertMessage, FormErrorSummary, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { updateBody, valuesOf } from './person-form-values.ts';
import { PERSON_FORM_FIELDS, PersonFields } from './person-fields.tsx';
import { useUpdatePerson } from './queries.ts';

/** Edits name, phone, birth date, sex and priority groups; sends only what changed. */
export function PersonEditForm({ person }: { person: Person }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(person));
  const [baseline, setBaseline] = useState(values);
  // When the record changes underneath (saved, revealed) and nothing has been typed, show the new values;
  // only a new record resets the form, hence `person` alone as the dependency.
  useEffect(() => {
    const next = valuesOf(person);
    setBaseline(next);
    setValues((current) => (JSON.stringify(current) === JSON.stringify(baseline) ? next : current));
  }, [person]);
  const update = useUpdatePerson(person.id);
  const errors = useFormErrors(update.error, PERSON_FORM_FIELDS);
  const conflict = errors.fields.version ? t('people.conflict') : null;

  return (
    <section className="card" aria-labelledby="person-edit-title">
      <h2 id="person-edit-title">{t('people.editTitle')}</h2>
      <form
        id="person-edit-form"
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // The saved record becomes the form's new starting point (and its version the next guard).
          update.mutate(updateBody(person, values), { onSuccess: (saved) => setValues(valuesOf(saved)) });
        }}
      >
        <FormErrorSummary formId="person-edit-form" summary={conflict ?? errors.summary} fields={errors.fields} />
        <PersonFields values={values} onChange={setValues} errors={errors.fields} withDocument={false} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={update.isPending}>{update.isPending ? t('app.saving') : t('app.save')}</button>
        </div>
        <AlertMessage tone="success">{update.isSuccess ? t('app.saved') : null}</AlertMessage>
      </form>
    </section>
  );
}
