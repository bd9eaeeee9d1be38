import { useState, type FormEvent } from 'react';
import { AlertMessage, FormField, PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ImportProgress } from './import-progress.tsx';
import { RejectedRows } from './rejected-rows.tsx';
import { useImport, type ImportKind } from './use-import.ts';

/** Upload a CSV of people or places, follow its progress, read the report. */
export function ImportsPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>('people');
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const { stage, progress, start } = useImport();
  const busy = stage.stage === 'uploading' || stage.stage === 'processing';

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      document.getElementById('file')?.focus();
      return;
    }
    setMissingFile(false);
    void start(kind, file);
  }

  return (
    <div className="page">
      <PageTitle text={t('imports.title')} />
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="mode-switch">
          <legend>{t('imports.kind')}</legend>
          {(['people', 'places'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="import-kind" value={value} checked={kind === value} onChange={() => setKind(value)} disabled={busy} />
              {t(`imports.kind.${value}`)}
            </label>
          ))}
        </fieldset>
        <FormField name="file" label={t('imports.file')} hint={t('imports.fileHint')} error={missingFile ? t('imports.chooseFile') : undefined} required>
          {(control) => <input {...control} type="file" accept=".csv,text/csv" disabled={busy} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>{t('imports.start')}</button>
        </div>
      </form>
      <AlertMessage tone={stage.stage === 'failed' ? 'error' : 'success'}>
        {stage.stage === 'failed' ? t('imports.failed', { detail: stage.message }) : stage.stage === 'finished' ? t('imports.done') : null}
      </AlertMessage>
      {stage.stage === 'uploading' || stage.stage === 'processing' || stage.stage === 'finished' ? (
        <section aria-labelledby="import-status" className="card">
          <h2 id="import-status">{stage.stage === 'uploading' ? t('imports.uploading') : stage.stage === 'processing' ? t('imports.processing') : t('imports.done')}</h2>
          <ImportProgress stage={stage} progress={progress} />
        </section>
      ) : null}
      {stage.stage === 'finished' ? <RejectedRows report={stage.report} /> : null}
    </div>
  );
}
