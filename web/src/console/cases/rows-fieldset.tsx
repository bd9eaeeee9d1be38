import { useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface RowsFieldsetProps<Row> {
  /** The list's name as the API knows it; `<name>-error` is the id of the list's own error. */
  name: string;
  legend: string;
  rows: Row[];
  emptyRow: Row;
  onChange: (rows: Row[]) => void;
  error: string | undefined;
  rowLegend: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  /** The inputs of one row; `set` replaces that row. */
  children: (row: Row, index: number, set: (row: Row) => void) => ReactNode;
}

/** A list of rows of inputs (journeys, places) that grows and shrinks, each row its own group with its own legend. */
export function RowsFieldset<Row>({ name, legend, rows, emptyRow, onChange, error, rowLegend, addLabel, removeLabel, children }: RowsFieldsetProps<Row>) {
  const list = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const replace = (index: number) => (row: Row) => onChange(rows.map((existing, at) => (at === index ? row : existing)));
  // Focus follows the change: into the row just added (rendered at once for that), or back to Add when a row goes.
  const add = () => {
    flushSync(() => onChange([...rows, emptyRow]));
    const added = list.current?.querySelectorAll<HTMLFieldSetElement>('.form-row');
    added?.[added.length - 1]?.querySelector('input')?.focus();
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, at) => at !== index));
    addButton.current?.focus();
  };
  return (
    <fieldset ref={list} className="form-rows" aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        // Rows have no identity of their own; the inputs are controlled, so an index key keeps each value in its row.
        <fieldset key={index} className="form-row">
          <legend>{rowLegend(index)}</legend>
          {children(row, index, replace(index))}
          <div className="form-actions">
            <button type="button" onClick={() => remove(index)}>{removeLabel(index)}</button>
          </div>
        </fieldset>
      ))}
      {error ? <p id={`${name}-error`} className="field-error">{error}</p> : null}
      <div className="form-actions">
        <button ref={addButton} type="button" onClick={add}>{addLabel}</button>
      </div>
    </fieldset>
  );
}
