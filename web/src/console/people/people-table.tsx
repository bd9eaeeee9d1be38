import type { Person } from '../../api/models.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink } from '../console-link.tsx';

/** People as rows; masked values are shown exactly as the API returns them. */
export function PeopleTable({ people }: { people: readonly Person[] }) {
  const { t } = useI18n();
  return (
    <DataTable<Person>
      caption={t('people.title')}
      hideCaption
      testId="people-table"
      rows={people}
      rowKey={(person) => person.id}
      rowAttributes={(person) => ({ 'data-person-id': person.id })}
      emptyMessage={t('people.empty')}
      columns={[
        { key: 'name', header: t('people.name'), render: (person) => <ConsoleLink to={`/console/people/${encodeURIComponent(person.id)}`}>{person.name}</ConsoleLink> },
        { key: 'sex', header: t('people.sex'), render: (person) => t(`sex.${person.sex}`) },
        { key: 'birthDate', header: t('people.birthDate'), render: (person) => person.birthDate ?? '—' },
        { key: 'phone', header: t('people.phone'), render: (person) => person.phone ?? '—' },
        { key: 'document', header: t('people.documentNumber'), render: (person) => <span className="mono">{person.documentNumber}</span> },
        { key: 'groups', header: t('people.priorityGroups'), render: (person) => person.priorityGroups.map((group) => t(`priorityGroup.${group}`)).join('、') || '—' },
        { key: 'jurisdiction', header: t('people.jurisdiction'), render: (person) => <span className="mono">{person.jurisdictionCode}</span> },
      ]}
    />
  );
}
