export interface ProgressBarProps {
  label: string;
  /** Done so far; with no total the bar is indeterminate and says only how many. */
  value: number;
  total?: number | null;
  /** Text read out instead of the bare number, e.g. "1,200 of 5,000 rows". */
  valueText?: string;
}

/** An accessible progress bar: aria-valuenow is given only when a total is known. */
export function ProgressBar({ label, value, total, valueText }: ProgressBarProps) {
  const known = typeof total === 'number' && total > 0;
  const percent = known ? Math.min(100, Math.round((value / total) * 100)) : null;
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span aria-hidden="true">{valueText ?? (percent !== null ? `${percent}%` : value)}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? Math.min(value, total) : undefined}
        aria-valuetext={valueText}
        className={known ? 'progress-track' : 'progress-track indeterminate'}
      >
        <div className="progress-fill" style={{ width: percent !== null ? `${percent}%` : undefined }} />
      </div>
    </div>
  );
}
