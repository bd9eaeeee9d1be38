import type { ReactNode } from 'react';

/** What a field's control needs so that its label, hint and error are announced with it. */
export interface FieldControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  /** The field's name as the API knows it; the control's id, and `<name>-error` is its error's id. */
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and its error beside it (the error is tied to the control). */
export function FormField({ name, label, error, hint, required, children }: FormFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={name}>
        {label}
        {required ? <span aria-hidden="true" className="required-mark"> *</span> : null}
      </label>
      {children({ id: name, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
    </div>
  );
}
