/**
 * An estimate of a CSV file's data rows: its line breaks, less the header, plus a last line without a
 * break. Quoted fields may hold line breaks, so this can overcount; it is used only to scale progress.
 */
export async function estimateCsvRows(file: Blob): Promise<number> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let breaks = 0;
  for (const byte of bytes) if (byte === 0x0a) breaks += 1;
  const endsWithBreak = bytes.length > 0 && bytes[bytes.length - 1] === 0x0a;
  return Math.max(0, breaks + (endsWithBreak ? 0 : 1) - 1);
}
