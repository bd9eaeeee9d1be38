import { useState, type FormEvent } from 'react';
import { AlertMessage } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** A point given by the browser's geolocation or typed in; `onPick` receives "LON,LAT". */
export function LocationPicker({ onPick }: { onPick: (near: string) => void }) {
  const { t } = useI18n();
  const [longitude, setLongitude] = useState('');
  const [latitude, setLatitude] = useState('');
  const [locating, setLocating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  function locate(): void {
    if (!('geolocation' in navigator)) {
      setFailure(t('public.locationDenied', { detail: 'geolocation' }));
      return;
    }
    setLocating(true);
    setFailure(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const lon = position.coords.longitude.toFixed(6);
        const lat = position.coords.latitude.toFixed(6);
        setLongitude(lon);
        setLatitude(lat);
        onPick(`${lon},${lat}`);
      },
      (error) => {
        setLocating(false);
        setFailure(t('public.locationDenied', { detail: error.message }));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    onPick(`${longitude.trim()},${latitude.trim()}`);
  }

  return (
    <form className="location-picker" onSubmit={submit}>
      <button type="button" onClick={locate} disabled={locating}>{locating ? t('public.locating') : t('public.useMyLocation')}</button>
      <div className="filter">
        <label htmlFor="near-longitude">{t('public.longitude')}</label>
        <input id="near-longitude" inputMode="decimal" value={longitude} onChange={(event) => setLongitude(event.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor="near-latitude">{t('public.latitude')}</label>
        <input id="near-latitude" inputMode="decimal" value={latitude} onChange={(event) => setLatitude(event.target.value)} />
      </div>
      <button type="submit" className="primary">{t('public.find')}</button>
      <AlertMessage tone="error">{failure}</AlertMessage>
    </form>
  );
}
