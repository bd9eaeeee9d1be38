import type { FieldErrors } from '../../api/index.ts';
import { CASE_BASES, CASE_CLASSIFICATIONS, CASE_STATUSES } from '../../api/models.ts';
import { FormField } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import type { CaseFormValues } from './case-form-values.ts';
import { PlacesVisitedFields, TravelHistoryFields } from './case-history-fields.tsx';

interface CaseFieldsProps {
  values: CaseFormValues;
  onChange: (values: CaseFormValues) => void;
  errors: FieldErrors;
  /** The report time is given when a case is reported and cannot be changed afterwards. */
  reported: boolean;
}

/** The inputs of a case in three groups (what it is, its dates, its history), each with its error beside it. */
export function CaseFields({ values, onChange, errors, reported }: CaseFieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) => onChange({ ...values, [key]: value });
  const asymptomatic = values.classification === 'asymptomatic';

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('cases.sectionClassification')}</legend>
        <FormField name="classification" label={t('cases.classification')} error={errors.classification} required>
          {(control) => (
            <select {...control} value={values.classification} onChange={(event) => set('classification', event.target.value as CaseFormValues['classification'])}>
              {CASE_CLASSIFICATIONS.map((value) => <option key={value} value={value}>{t(`caseClassification.${value}`)}</option>)}
            </select>
          )}
        </FormField>
        <FormField name="basis" label={t('cases.basis')} error={errors.basis} required>
          {(control) => (
            <select {...control} value={values.basis} onChange={(event) => set('basis', event.target.value as CaseFormValues['basis'])}>
              {CASE_BASES.map((value) => <option key={value} value={value}>{t(`caseBasis.${value}`)}</option>)}
            </select>
          )}
        </FormField>
        <FormField name="status" label={t('cases.status')} error={errors.status} required>
          {(control) => (
            <select {...control} value={values.status} onChange={(event) => set('status', event.target.value as CaseFormValues['status'])}>
              {CASE_STATUSES.map((value) => <option key={value} value={value}>{t(`caseStatus.${value}`)}</option>)}
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('cases.sectionDates')}</legend>
        <p className="field-hint">{t('cases.timeZoneNote')}</p>
        <FormField name="onsetDate" label={t('cases.onsetDate')} error={errors.onsetDate} hint={t(asymptomatic ? 'cases.onsetAsymptomatic' : 'cases.onsetHint')}>
          {/* What was typed before switching to asymptomatic is kept, and comes back on switching again. */}
          {(control) => <input {...control} type="date" disabled={asymptomatic} value={asymptomatic ? '' : values.onsetDate} onChange={(event) => set('onsetDate', event.target.value)} />}
        </FormField>
        <FormField name="sampledDate" label={t('cases.sampledDate')} error={errors.sampledDate} hint={t('cases.sampledHint')}>
          {(control) => <input {...control} type="date" value={values.sampledDate} onChange={(event) => set('sampledDate', event.target.value)} />}
        </FormField>
        <FormField name="detectedAt" label={t('cases.detectedAt')} error={errors.detectedAt} required>
          {(control) => <input {...control} type="datetime-local" required value={values.detectedAt} onChange={(event) => set('detectedAt', event.target.value)} />}
        </FormField>
        <FormField name="reportedAt" label={t('cases.reportedAt')} error={errors.reportedAt} hint={t(reported ? 'cases.reportedAtFixed' : 'cases.reportedAtHint')}>
          {(control) => <input {...control} type="datetime-local" disabled={reported} value={values.reportedAt} onChange={(event) => set('reportedAt', event.target.value)} />}
        </FormField>
        <FormField name="isolatedAt" label={t('cases.isolatedAt')} error={errors.isolatedAt} hint={t('cases.isolatedAtHint')}>
          {(control) => <input {...control} type="datetime-local" value={values.isolatedAt} onChange={(event) => set('isolatedAt', event.target.value)} />}
        </FormField>
        <FormField name="treatedAt" label={t('cases.treatedAt')} error={errors.treatedAt} hint={t('cases.treatedAtHint')}>
          {(control) => <input {...control} type="datetime-local" value={values.treatedAt} onChange={(event) => set('treatedAt', event.target.value)} />}
        </FormField>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('cases.sectionHistory')}</legend>
        <FormField name="symptoms" label={t('cases.symptoms')} error={errors.symptoms} hint={t('cases.symptomsHint')}>
          {(control) => <input {...control} autoComplete="off" value={values.symptoms} onChange={(event) => set('symptoms', event.target.value)} />}
        </FormField>
        <TravelHistoryFields rows={values.travelHistory} onChange={(rows) => set('travelHistory', rows)} errors={errors} />
        <PlacesVisitedFields rows={values.placesVisited} onChange={(rows) => set('placesVisited', rows)} errors={errors} />
      </fieldset>
    </>
  );
}
