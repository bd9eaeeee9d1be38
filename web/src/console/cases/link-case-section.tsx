import { useState } from 'react';
import type { Case } from '../../api/models.ts';
import { AlertMessage } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { LinkCaseForm } from './link-case-form.tsx';

/** Linking this case into a chain: a button that opens the form, and a word once the link is made (the chain below redraws). */
export function LinkCaseSection({ record }: { record: Case }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [linked, setLinked] = useState(false);
  return (
    <section className="card" aria-labelledby="link-case-title" data-testid="link-case">
      <h2 id="link-case-title">{t('caseLink.title')}</h2>
      {open ? (
        <LinkCaseForm record={record} onDone={(done) => { setOpen(false); setLinked(done); }} />
      ) : (
        <p>
          <button type="button" aria-expanded={false} onClick={() => { setLinked(false); setOpen(true); }}>{t('caseLink.open')}</button>
        </p>
      )}
      {/* The live region stays in place while the form opens and closes, so that the confirmation is announced. */}
      <AlertMessage tone="success">{linked ? t('caseLink.linked') : null}</AlertMessage>
    </section>
  );
}
