/*
 * A datetime-local input holds a wall-clock time without a zone ("2026-11-24T08:30"), read in the browser's
 * own time zone; the API wants instants with an offset. These two convert between them.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The input's value for an instant, in the browser's time zone, to the minute; empty for none. */
export function dateTimeInputValue(instant: string | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The instant an input's value stands for, or null when it is empty. A value that is not a time is
 * returned as typed, so that the server's message about it appears beside the field.
 */
export function instantOfInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
