import { useState } from 'react';
import type { MaskableField, Person } from '../../api/models.ts';
import { AlertMessage, FormErrorSummary, FormField, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useRevealPerson } from './queries.ts';

/** Asks for a reason, then shows the masked values in clear; the server audits the reveal. */
export function RevealForm({ person }: { person: Person }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<MaskableField[]>(person.masked);
  const [reason, setReason] = useState('');
  const reveal = useRevealPerson(person.id);
  const errors = useFormErrors(reveal.error, ['reason', 'fields']);

  // The confirmation's live region stays in place while the form opens, closes and disappears.
  const done = <AlertMessage tone="success">{reveal.isSuccess ? t('people.revealDone') : null}</AlertMessage>;
  if (!open) {
    return (
      <div>
        {person.masked.length > 0 ? <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>{t('people.reveal')}</button> : null}
        {done}
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby="reveal-title">
      <h2 id="reveal-title">{t('people.revealTitle')}</h2>
      <form
        id="reveal-form"
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          reveal.mutate({ fields, reason: reason.trim() }, { onSuccess: () => setOpen(false) });
        }}
      >
        <FormErrorSummary formId="reveal-form" summary={errors.summary} fields={errors.fields} />
        <fieldset className="checkbox-group">
          <legend>{t('people.revealFields')}</legend>
          {person.masked.map((field) => (
            <label key={field} className="checkbox">
              <input
                type="checkbox"
                checked={fields.includes(field)}
                onChange={(event) => setFields(event.target.checked ? [...fields, field] : fields.filter((existing) => existing !== field))}
              />
              {t(`maskedField.${field}`)}
            </label>
          ))}
        </fieldset>
        <FormField name="reason" label={t('people.revealReason')} error={errors.fields.reason} required>
          {(control) => <textarea {...control} required rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={reveal.isPending}>{t('people.revealSubmit')}</button>
          <button type="button" onClick={() => setOpen(false)}>{t('app.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
