/**
 * The most values one `in (...)` list carries: well under SQLite's 32,766 bound parameters and small enough
 * that PostgreSQL plans each statement quickly.
 */
export const IN_LIST_CHUNK = 500;

/** Runs a read for the distinct values in chunks of IN_LIST_CHUNK and returns every row, in chunk order. */
export async function readInChunks<Value, Row>(values: readonly Value[], read: (chunk: Value[]) => Promise<Row[]>): Promise<Row[]> {
  const unique = [...new Set(values)];
  const rows: Row[] = [];
  for (let start = 0; start < unique.length; start += IN_LIST_CHUNK) rows.push(...(await read(unique.slice(start, start + IN_LIST_CHUNK))));
  return rows;
}
