import { useState } from 'react';
import type { ContactCandidate, ContactConfirmation } from '../../api/models.ts';
import { FormErrorSummary, FormField, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useConfirmContact, useDismissContact } from './queries.ts';

export type Decision = 'confirm' | 'dismiss';

interface DecideContactFormProps {
  candidate: ContactCandidate;
  decision: Decision;
  onDone: (result: { decision: Decision; confirmation?: ContactConfirmation } | null) => void;
}

/** Confirms or dismisses a candidate contact; the note is required and the server's problems appear beside it. */
export function DecideContactForm({ candidate, decision, onDone }: DecideContactFormProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const confirm = useConfirmContact(candidate.caseId);
  const dismiss = useDismissContact(candidate.caseId);
  const pending = confirm.isPending || dismiss.isPending;
  const errors = useFormErrors(decision === 'confirm' ? confirm.error : dismiss.error, ['note']);

  return (
    <section className="card" aria-labelledby="decide-contact-title" data-testid="decide-contact">
      <h3 id="decide-contact-title">
        {t(decision === 'confirm' ? 'contacts.confirmTitle' : 'contacts.dismissTitle', { name: candidate.personName, category: t(`contactCategory.${candidate.category}`) })}
      </h3>
      <form
        id="decide-contact-form"
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const input = { id: candidate.id, note: note.trim() };
          if (decision === 'confirm') confirm.mutate(input, { onSuccess: (confirmation) => onDone({ decision, confirmation }) });
          else dismiss.mutate(input, { onSuccess: () => onDone({ decision }) });
        }}
      >
        <FormErrorSummary formId="decide-contact-form" summary={errors.summary} fields={errors.fields} />
        <FormField name="note" label={t('contacts.note')} hint={t('contacts.noteHint')} error={errors.fields.note} required>
          {/* The form opens on the investigator's own click, so the note may take the focus. */}
          {(control) => <textarea {...control} required rows={3} autoFocus value={note} onChange={(event) => setNote(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={pending}>
            {pending ? t('app.saving') : t(decision === 'confirm' ? 'contacts.confirmSubmit' : 'contacts.dismissSubmit')}
          </button>
          <button type="button" onClick={() => onDone(null)}>{t('app.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
