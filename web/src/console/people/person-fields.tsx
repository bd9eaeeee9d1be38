import type { FieldErrors } from '../../api/index.ts';
import { DOCUMENT_TYPES, PRIORITY_GROUPS, SEXES, type PriorityGroup } from '../../api/models.ts';
import { FormField } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import type { PersonFormValues } from './person-form-values.ts';

export const PERSON_FORM_FIELDS = ['name', 'documentType', 'documentNumber', 'phone', 'birthDate', 'sex', 'priorityGroups'] as const;

interface PersonFieldsProps {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  errors: FieldErrors;
  /** The identity document is set when a person is registered and cannot be edited afterwards. */
  withDocument: boolean;
}

/** The inputs of a person, each with its error beside it. */
export function PersonFields({ values, onChange, errors, withDocument }: PersonFieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => onChange({ ...values, [key]: value });
  const toggleGroup = (group: PriorityGroup, on: boolean) =>
    set('priorityGroups', on ? [...values.priorityGroups, group] : values.priorityGroups.filter((existing) => existing !== group));

  return (
    <>
      <FormField name="name" label={t('people.name')} error={errors.name} required>
        {(control) => <input {...control} required autoComplete="off" value={values.name} onChange={(event) => set('name', event.target.value)} />}
      </FormField>
      {withDocument ? (
        <>
          <FormField name="documentType" label={t('people.documentType')} error={errors.documentType} required>
            {(control) => (
              <select {...control} value={values.documentType} onChange={(event) => set('documentType', event.target.value as PersonFormValues['documentType'])}>
                {DOCUMENT_TYPES.map((type) => <option key={type} value={type}>{t(`documentType.${type}`)}</option>)}
              </select>
            )}
          </FormField>
          <FormField name="documentNumber" label={t('people.documentNumber')} error={errors.documentNumber} required>
            {(control) => <input {...control} required autoComplete="off" className="mono" value={values.documentNumber} onChange={(event) => set('documentNumber', event.target.value)} />}
          </FormField>
        </>
      ) : null}
      <FormField name="phone" label={t('people.phone')} error={errors.phone}>
        {(control) => <input {...control} type="tel" autoComplete="off" value={values.phone} onChange={(event) => set('phone', event.target.value)} />}
      </FormField>
      <FormField name="birthDate" label={t('people.birthDate')} error={errors.birthDate}>
        {(control) => <input {...control} type="date" value={values.birthDate} onChange={(event) => set('birthDate', event.target.value)} />}
      </FormField>
      <FormField name="sex" label={t('people.sex')} error={errors.sex}>
        {(control) => (
          <select {...control} value={values.sex} onChange={(event) => set('sex', event.target.value as PersonFormValues['sex'])}>
            {SEXES.map((sex) => <option key={sex} value={sex}>{t(`sex.${sex}`)}</option>)}
          </select>
        )}
      </FormField>
      <fieldset className="checkbox-group" aria-describedby={errors.priorityGroups ? 'priorityGroups-error' : undefined} aria-invalid={errors.priorityGroups ? true : undefined}>
        <legend>{t('people.priorityGroups')}</legend>
        {PRIORITY_GROUPS.map((group) => (
          <label key={group} className="checkbox">
            <input type="checkbox" checked={values.priorityGroups.includes(group)} onChange={(event) => toggleGroup(group, event.target.checked)} />
            {t(`priorityGroup.${group}`)}
          </label>
        ))}
        {errors.priorityGroups ? <p id="priorityGroups-error" className="field-error">{errors.priorityGroups}</p> : null}
      </fieldset>
    </>
  );
}
