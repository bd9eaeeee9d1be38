import type { ReactNode } from 'react';

export interface FigureCardProps {
  label: string;
  value: string;
  /** A short line under the figure (a breakdown, a date). */
  note?: ReactNode;
  testId?: string;
  tone?: 'default' | 'alert' | 'calm';
}

/** One key figure: a label and a large number. */
export function FigureCard({ label, value, note, testId, tone = 'default' }: FigureCardProps) {
  return (
    <div className={`figure-card tone-${tone}`} data-testid={testId}>
      <p className="figure-label">{label}</p>
      <p className="figure-value">{value}</p>
      {note ? <p className="figure-note">{note}</p> : null}
    </div>
  );
}
