import type { VenueCode } from '../../api/models.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { venueCodeImageHref } from './queries.ts';

interface VenueCodesTableProps {
  codes: readonly VenueCode[];
  canManage: boolean;
  onRevoke: (code: VenueCode) => void;
}

/** A venue's codes as rows: where each hangs, when it was issued, whether it still works, its printable images. */
export function VenueCodesTable({ codes, canManage, onRevoke }: VenueCodesTableProps) {
  const { t, formatDateTime } = useI18n();
  const columns: Column<VenueCode>[] = [
    { key: 'label', header: t('venueCodes.label'), render: (code) => code.label ?? t('venueCodes.noLabel') },
    { key: 'created', header: t('venueCodes.created'), render: (code) => t('venueCodes.byWhom', { time: formatDateTime(code.createdAt), user: code.createdBy }) },
    {
      key: 'status',
      header: t('venueCodes.status'),
      render: (code) =>
        code.active || !code.revokedAt
          ? t('venueCodes.active')
          : t('venueCodes.revokedAt', { time: formatDateTime(code.revokedAt), user: code.revokedBy ?? '', reason: code.revokedReason ?? '' }),
    },
    {
      key: 'print',
      header: t('venueCodes.print'),
      render: (code) =>
        code.active ? (
          <span className="link-row">
            <a href={venueCodeImageHref(code.id, 'svg')} download data-format="svg">SVG</a>
            <a href={venueCodeImageHref(code.id, 'png')} download data-format="png">PNG</a>
          </span>
        ) : '—',
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('venueCodes.actions'),
      render: (code) => (code.active ? <button type="button" onClick={() => onRevoke(code)}>{t('venueCodes.revoke')}</button> : null),
    });
  }
  return (
    <DataTable<VenueCode>
      caption={t('venueCodes.title')}
      hideCaption
      testId="venue-codes-table"
      rows={codes}
      rowKey={(code) => code.id}
      rowAttributes={(code) => ({ 'data-code-id': code.id, 'data-active': String(code.active) })}
      emptyMessage={t('venueCodes.empty')}
      columns={columns}
    />
  );
}
