import type { ImportReport } from '../../api/models.ts';
import { localizeProblem } from '../../api/index.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Rejected = ImportReport['rejected'][number];

/** Every rejected row with the field at fault and why. */
export function RejectedRows({ report }: { report: ImportReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DataTable<Rejected>
      caption={t('imports.rejectedRows')}
      testId="rejected-rows"
      rows={report.rejected}
      rowKey={(row) => `${row.row}:${row.field}:${row.problem}`}
      emptyMessage={t('imports.noRejected')}
      columns={[
        { key: 'row', header: t('imports.row'), numeric: true, render: (row) => row.row },
        { key: 'field', header: t('imports.field'), render: (row) => <span className="mono">{row.field}</span> },
        { key: 'problem', header: t('imports.problem'), render: (row) => localizeProblem(row.problem, i18n) },
      ]}
    />
  );
}
