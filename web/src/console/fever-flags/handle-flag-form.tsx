import { useState } from 'react';
import type { FeverFlag } from '../../api/models.ts';
import { FormErrorSummary, FormField, formatTemperature, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useHandleFeverFlag } from './queries.ts';

/** Records how a fever flag was followed up; the note is required and the server's problems appear beside it. */
export function HandleFlagForm({ flag, onDone }: { flag: FeverFlag; onDone: (handled: boolean) => void }) {
  const { t, formatDateTime } = useI18n();
  const [note, setNote] = useState('');
  const handle = useHandleFeverFlag();
  const errors = useFormErrors(handle.error, ['note']);

  return (
    <section className="card" aria-labelledby="handle-flag-title" data-testid="handle-flag">
      <h2 id="handle-flag-title">
        {t('feverFlags.handleTitle', { venue: flag.venueName, temperature: formatTemperature(flag.temperature), time: formatDateTime(flag.enteredAt) })}
      </h2>
      <form
        id="handle-flag-form"
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          handle.mutate({ id: flag.id, note: note.trim() }, { onSuccess: () => onDone(true) });
        }}
      >
        <FormErrorSummary formId="handle-flag-form" summary={errors.summary} fields={errors.fields} />
        <FormField name="note" label={t('feverFlags.note')} hint={t('feverFlags.noteHint')} error={errors.fields.note} required>
          {/* The form opens on the staff member's own click, so the note may take the focus. */}
          {(control) => <textarea {...control} required rows={3} autoFocus value={note} onChange={(event) => setNote(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={handle.isPending}>{handle.isPending ? t('app.saving') : t('feverFlags.submit')}</button>
          <button type="button" onClick={() => onDone(false)}>{t('app.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
