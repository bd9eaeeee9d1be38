import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  /** Show the caption only to screen readers when the page heading already says it. */
  hideCaption?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Extra attributes per row, e.g. data-person-id for tests and scripts. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
  emptyMessage: string;
  testId?: string;
}

/** A plain, accessible table: a caption, column headers, and an empty state when there are no rows. */
export function DataTable<Row>({ caption, hideCaption, columns, rows, rowKey, rowAttributes, emptyMessage, testId }: DataTableProps<Row>) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="empty-row">{emptyMessage}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>{column.render(row)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
