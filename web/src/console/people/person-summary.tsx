import type { Person } from '../../api/models.ts';
import { useI18n } from '../../i18n/index.ts';
import { DetailList } from '../../components/index.ts';

/** The person's record as a description list; masked values as the API returns them. */
export function PersonSummary({ person }: { person: Person }) {
  const { t, formatDateTime } = useI18n();
  const rows: [string, string][] = [
    [t('people.documentType'), t(`documentType.${person.documentType}`)],
    [t('people.documentNumber'), person.documentNumber],
    [t('people.phone'), person.phone ?? '—'],
    [t('people.address'), person.address ?? '—'],
    [t('people.sex'), t(`sex.${person.sex}`)],
    [t('people.birthDate'), person.birthDate ?? '—'],
    [t('people.priorityGroups'), person.priorityGroups.map((group) => t(`priorityGroup.${group}`)).join('、') || '—'],
    [t('people.jurisdiction'), person.jurisdictionCode],
    [t('people.createdAt'), formatDateTime(person.createdAt)],
  ];
  return (
    <section className="card">
      <DetailList rows={rows} testId="person-summary" />
      {person.masked.length > 0 ? <p className="figure-note">{t('people.maskedNote')}</p> : null}
    </section>
  );
}
