import { useEffect } from 'react';
import { ApiError, fieldErrorsOf, unplacedErrors, type FieldErrors } from '../api/index.ts';
import { useI18n } from '../i18n/index.ts';
import { AlertMessage } from './alert-message.tsx';

/** The field errors of a failed submission, and a summary of all its problems (for the top of the form). */
export function useFormErrors(error: unknown, formFields: readonly string[]): { fields: FieldErrors; summary: string | null } {
  const i18n = useI18n();
  const { t } = i18n;
  if (!error) return { fields: {}, summary: null };
  const fields = fieldErrorsOf(error, i18n);
  const placed = Object.keys(fields).filter((field) => formFields.includes(field)).length;
  const others = unplacedErrors(fields, formFields);
  const parts = [
    placed > 0 ? t('app.formHasErrors', { count: placed }) : null,
    ...others,
    // A problem without field errors (a conflict, a refusal) says what happened in its detail.
    placed === 0 && others.length === 0 ? (error instanceof ApiError ? error.message : String(error)) : null,
  ].filter(Boolean);
  return { fields, summary: parts.join(' ') };
}

/**
 * The summary announced when a submission fails; focus moves to the first field at fault, whose own
 * message is beside it.
 */
export function FormErrorSummary({ summary, fields, formId }: { summary: string | null; fields: FieldErrors; formId: string }) {
  useEffect(() => {
    if (!summary) return;
    const form = document.getElementById(formId);
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [summary, fields, formId]);
  return <AlertMessage tone="error">{summary}</AlertMessage>;
}
