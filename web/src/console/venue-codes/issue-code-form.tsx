import { useState } from 'react';
import { AlertMessage, FormErrorSummary, FormField, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useIssueVenueCode } from './queries.ts';

const ISSUE_FIELDS = ['label'] as const;

/** Issues a new code for the venue, named by where it will hang; its images are then in the list. */
export function IssueCodeForm({ venueId }: { venueId: string }) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const issue = useIssueVenueCode(venueId);
  const errors = useFormErrors(issue.error, ISSUE_FIELDS);

  return (
    <form
      id="issue-code-form"
      className="form"
      aria-labelledby="issue-code-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The label is optional: an empty box sends none rather than an empty one.
        issue.mutate(label.trim() ? { label: label.trim() } : {}, { onSuccess: () => setLabel('') });
      }}
    >
      <h3 id="issue-code-title">{t('venueCodes.issueTitle')}</h3>
      <FormErrorSummary formId="issue-code-form" summary={errors.summary} fields={errors.fields} />
      <FormField name="label" label={t('venueCodes.label')} hint={t('venueCodes.labelHint')} error={errors.fields.label}>
        {(control) => <input {...control} autoComplete="off" value={label} onChange={(event) => setLabel(event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={issue.isPending}>{issue.isPending ? t('venueCodes.issuing') : t('venueCodes.issue')}</button>
      </div>
      <AlertMessage tone="success">{issue.isSuccess ? t('venueCodes.issued') : null}</AlertMessage>
    </form>
  );
}
