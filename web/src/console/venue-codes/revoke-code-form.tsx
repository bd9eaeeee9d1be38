import { useState } from 'react';
import type { VenueCode } from '../../api/models.ts';
import { FormErrorSummary, FormField, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useRevokeVenueCode } from './queries.ts';

/** The confirm step of revoking a code: what it means, a reason for the record, and the final button. */
export function RevokeCodeForm({ code, onDone }: { code: VenueCode; onDone: (revoked: boolean) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const revoke = useRevokeVenueCode(code.venueId);
  const errors = useFormErrors(revoke.error, ['reason']);

  return (
    <section className="confirm-panel" aria-labelledby="revoke-code-title">
      <h3 id="revoke-code-title">{t('venueCodes.revokeTitle', { label: code.label ?? t('venueCodes.noLabel') })}</h3>
      <p>{t('venueCodes.revokeWarning')}</p>
      <form
        id="revoke-code-form"
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          revoke.mutate({ id: code.id, reason: reason.trim() }, { onSuccess: () => onDone(true) });
        }}
      >
        <FormErrorSummary formId="revoke-code-form" summary={errors.summary} fields={errors.fields} />
        <FormField name="reason" label={t('venueCodes.reason')} hint={t('venueCodes.reasonHint')} error={errors.fields.reason} required>
          {/* The panel opens on the staff member's own click, so the reason box may take the focus. */}
          {(control) => <textarea {...control} required rows={2} autoFocus value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary danger" disabled={revoke.isPending}>{t('venueCodes.confirmRevoke')}</button>
          <button type="button" onClick={() => onDone(false)}>{t('app.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
