import { useState } from 'react';
import { LINK_CONFIDENCES, TRANSMISSION_SETTINGS, type Case } from '../../api/models.ts';
import { FormErrorSummary, FormField, useFormErrors } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { BY_ID, EMPTY_LINK, linkBody, rolesOf, type LinkDirection, type LinkFormValues } from './link-form-values.ts';
import { useLinkableCases, useLinkCases } from './queries.ts';

const DIRECTIONS: LinkDirection[] = ['infectedBy', 'infected'];

/**
 * Links this case to another as infector or infectee, with the setting, how sure, and a note. Ids are
 * prefixed with link- because the page has other forms (a contact's decision has its own note).
 */
export function LinkCaseForm({ record, onDone }: { record: Case; onDone: (linked: boolean) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<LinkFormValues>(EMPTY_LINK);
  const link = useLinkCases();
  const roles = rolesOf(values.direction);
  const errors = useFormErrors(link.error, [roles.thisCase, roles.otherCase, 'setting', 'confidence', 'note']);
  const set = <K extends keyof LinkFormValues>(key: K, value: LinkFormValues[K]) => setValues({ ...values, [key]: value });
  // The server's problems name the ends by role, which the direction assigns: after turning it they would sit beside the wrong control.
  const changeDirection = (direction: LinkDirection) => {
    link.reset();
    set('direction', direction);
  };

  return (
    <form
      id="link-case-form"
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        link.mutate(linkBody(record.id, values), { onSuccess: () => onDone(true) });
      }}
    >
      <FormErrorSummary formId="link-case-form" summary={errors.summary} fields={errors.fields} />
      <OtherCaseFields caseId={record.id} values={values} onChange={setValues} error={errors.fields[roles.otherCase]} />
      {/* A refused cycle is a problem with this case's end of the link, that is with the direction chosen. */}
      <fieldset className="checkbox-group" aria-describedby={errors.fields[roles.thisCase] ? 'link-direction-error' : undefined} aria-invalid={errors.fields[roles.thisCase] ? true : undefined}>
        <legend>{t('caseLink.direction')}</legend>
        {DIRECTIONS.map((direction) => (
          <label key={direction} className="radio">
            <input type="radio" name="link-direction" value={direction} checked={values.direction === direction} onChange={() => changeDirection(direction)} />
            {t(`caseLink.${direction}`)}
          </label>
        ))}
        {errors.fields[roles.thisCase] ? <p id="link-direction-error" className="field-error">{errors.fields[roles.thisCase]}</p> : null}
      </fieldset>
      <FormField name="link-setting" label={t('caseLink.setting')} error={errors.fields.setting} required>
        {(control) => (
          <select {...control} required value={values.setting} onChange={(event) => set('setting', event.target.value as LinkFormValues['setting'])}>
            <option value="">{t('caseLink.choose')}</option>
            {TRANSMISSION_SETTINGS.map((setting) => <option key={setting} value={setting}>{t(`transmissionSetting.${setting}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField name="link-confidence" label={t('caseLink.confidence')} error={errors.fields.confidence} required>
        {(control) => (
          <select {...control} required value={values.confidence} onChange={(event) => set('confidence', event.target.value as LinkFormValues['confidence'])}>
            <option value="">{t('caseLink.choose')}</option>
            {LINK_CONFIDENCES.map((confidence) => <option key={confidence} value={confidence}>{t(`linkConfidence.${confidence}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField name="link-note" label={t('caseLink.note')} hint={t('caseLink.noteHint')} error={errors.fields.note}>
        {(control) => <textarea {...control} rows={3} value={values.note} onChange={(event) => set('note', event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={link.isPending}>{link.isPending ? t('app.saving') : t('caseLink.submit')}</button>
        <button type="button" onClick={() => onDone(false)}>{t('app.cancel')}</button>
      </div>
    </form>
  );
}

interface OtherCaseFieldsProps {
  caseId: string;
  values: LinkFormValues;
  onChange: (values: LinkFormValues) => void;
  error: string | undefined;
}

/** The other case: one of the selected jurisdiction's latest cases, or any case by its id. */
function OtherCaseFields({ caseId, values, onChange, error }: OtherCaseFieldsProps) {
  const { t, formatDateTime } = useI18n();
  const { code } = useSelectedJurisdiction();
  const cases = useLinkableCases(code);
  const others = (cases.data?.items ?? []).filter((item) => item.id !== caseId);
  const byId = values.chosenCaseId === BY_ID;

  return (
    <>
      <FormField name="link-other-case" label={t('caseLink.otherCase')} error={byId ? undefined : error} hint={cases.error ? t('caseLink.listFailed') : undefined} required>
        {/* The form opens on the investigator's own click, so its first control may take the focus. */}
        {(control) => (
          <select {...control} required autoFocus value={values.chosenCaseId} onChange={(event) => onChange({ ...values, chosenCaseId: event.target.value })}>
            <option value="">{cases.isPending ? t('app.loading') : t('caseLink.chooseCase')}</option>
            {others.map((item) => (
              <option key={item.id} value={item.id}>
                {`${item.personName} · ${t(`caseClassification.${item.classification}`)} · ${formatDateTime(item.reportedAt)}`}
              </option>
            ))}
            <option value={BY_ID}>{t('caseLink.byId')}</option>
          </select>
        )}
      </FormField>
      {byId ? (
        <FormField name="link-case-id" label={t('caseLink.caseId')} error={error} required>
          {(control) => <input {...control} required className="mono" autoComplete="off" value={values.typedCaseId} onChange={(event) => onChange({ ...values, typedCaseId: event.target.value })} />}
        </FormField>
      ) : null}
    </>
  );
}
