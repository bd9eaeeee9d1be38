import type { Dashboard } from '../../api/models.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';

type Child = Dashboard['children'][number];

/** The jurisdictions directly below, with their people and venues; a name selects it. */
export function ChildrenTable({ dashboard }: { dashboard: Dashboard }) {
  const { t, label, formatNumber } = useI18n();
  const { select } = useSelectedJurisdiction();
  return (
    <DataTable<Child>
      caption={t('dashboard.children')}
      testId="children-table"
      rows={dashboard.children}
      rowKey={(child) => child.code}
      rowAttributes={(child) => ({ 'data-code': child.code })}
      emptyMessage={t('dashboard.noChildren')}
      columns={[
        { key: 'name', header: t('dashboard.childName'), render: (child) => <button type="button" className="link-button" onClick={() => select(child.code)}>{child.name}</button> },
        { key: 'level', header: t('dashboard.childLevel'), render: (child) => label('level', child.level) },
        { key: 'people', header: t('dashboard.childPeople'), numeric: true, render: (child) => formatNumber(child.people) },
        { key: 'venues', header: t('dashboard.childVenues'), numeric: true, render: (child) => formatNumber(child.venues) },
      ]}
    />
  );
}
