import type { FeverFlag } from '../../api/models.ts';
import { DataTable, formatTemperature, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink } from '../console-link.tsx';
import { PersonLink } from '../people/person-link.tsx';

interface FeverFlagsTableProps {
  flags: readonly FeverFlag[];
  canHandle: boolean;
  onHandle: (flag: FeverFlag) => void;
}

/** Fever flags as rows: when and where, who, the reading, and how it was followed up (or a Handle button). */
export function FeverFlagsTable({ flags, canHandle, onHandle }: FeverFlagsTableProps) {
  const { t, formatDateTime } = useI18n();
  const columns: Column<FeverFlag>[] = [
    { key: 'enteredAt', header: t('feverFlags.enteredAt'), render: (flag) => formatDateTime(flag.enteredAt) },
    { key: 'venue', header: t('feverFlags.venue'), render: (flag) => <ConsoleLink to={`/console/places/${encodeURIComponent(flag.venueId)}`}>{flag.venueName}</ConsoleLink> },
    { key: 'person', header: t('feverFlags.person'), render: (flag) => <PersonLink id={flag.personId} /> },
    { key: 'temperature', header: t('feverFlags.temperature'), numeric: true, render: (flag) => formatTemperature(flag.temperature) },
    { key: 'status', header: t('feverFlags.status'), render: (flag) => t(`feverFlags.status.${flag.status}`) },
    {
      key: 'followUp',
      header: t('feverFlags.followUp'),
      render: (flag) =>
        flag.status === 'handled' ? (
          <>
            <span>{flag.note}</span>
            <br />
            <small>{t('feverFlags.handledBy', { user: flag.handledBy ?? '', time: flag.handledAt ? formatDateTime(flag.handledAt) : '' })}</small>
          </>
        ) : canHandle ? (
          <button type="button" onClick={() => onHandle(flag)}>{t('feverFlags.handle')}</button>
        ) : '—',
    },
  ];
  return (
    <DataTable<FeverFlag>
      caption={t('feverFlags.title')}
      hideCaption
      testId="fever-flags-table"
      rows={flags}
      rowKey={(flag) => flag.id}
      rowAttributes={(flag) => ({ 'data-flag-id': flag.id, 'data-status': flag.status, 'data-venue-id': flag.venueId })}
      emptyMessage={t('feverFlags.empty')}
      columns={columns}
    />
  );
}
