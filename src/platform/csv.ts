/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line of fields. */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}
