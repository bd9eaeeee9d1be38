import { useState, type FormEvent } from 'react';
import { FormErrorSummary, FormField, useFormErrors } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';

const CHECKIN_FIELDS = ['temperature'] as const;
/** Degrees Celsius with at most one decimal; whether the reading is plausible is the protocol's call, on the server. */
const TEMPERATURE_FORMAT = /^\d{1,2}(\.\d)?$/;

interface CheckinFormProps {
  pending: boolean;
  error: unknown;
  onCheckIn: (temperature: number | undefined) => void;
}

/** The optional temperature and the Check in button; the server's problems appear beside the field. */
export function CheckinForm({ pending, error, onCheckIn }: CheckinFormProps) {
  const { t } = useI18n();
  const [temperature, setTemperature] = useState('');
  const [badFormat, setBadFormat] = useState(false);
  const errors = useFormErrors(error, CHECKIN_FIELDS);

  function change(typed: string): void {
    setTemperature(typed);
    setBadFormat(false);
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    // Some phone keyboards offer only a comma as the decimal separator.
    const typed = temperature.trim().replace(',', '.');
    if (typed !== '' && !TEMPERATURE_FORMAT.test(typed)) {
      setBadFormat(true);
      document.getElementById('temperature')?.focus();
      return;
    }
    setBadFormat(false);
    onCheckIn(typed === '' ? undefined : Number(typed));
  }

  return (
    <form id="checkin-form" className="form" noValidate onSubmit={submit}>
      <FormErrorSummary formId="checkin-form" summary={badFormat ? null : errors.summary} fields={errors.fields} />
      <FormField
        name="temperature"
        label={t('scan.temperature')}
        hint={t('scan.temperatureHint')}
        error={badFormat ? t('scan.temperatureFormat') : errors.fields.temperature}
      >
        {(control) => <input {...control} inputMode="decimal" autoComplete="off" value={temperature} onChange={(event) => change(event.target.value)} />}
      </FormField>
      <button type="submit" className="primary scan-button" disabled={pending}>{pending ? t('scan.checkingIn') : t('scan.checkIn')}</button>
    </form>
  );
}
