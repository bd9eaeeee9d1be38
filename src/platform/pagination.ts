import { z } from './validation.ts';
import { invalid } from './errors.ts';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** Query parameters every list accepts. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(400, 'is not a valid cursor').optional(),
});

export interface Page<T> {
  items: T[];
  /** Opaque; pass it back as `cursor` to get the next page. Null on the last page. */
  nextCursor: string | null;
}

/** An opaque cursor holding the sort key of the last item returned. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ after: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {
    // fall through to the validation error
  }
  throw invalid([{ field: 'cursor', problem: 'is not a cursor this API returned' }]);
}

/** Builds a page from rows fetched with limit + 1, so that the presence of a next page is known. */
export function toPage<T>(rows: T[], limit: number, keyOf: (item: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** Where a page under a sort ends: the last item's sort value and its id, which breaks ties. */
export interface SortPosition {
  value: string;
  id: string;
}

/** The cursor key of an item under a named sort (pass it to toPage). */
export function sortKey(sort: string, position: SortPosition): string {
  return JSON.stringify([sort, position.value, position.id]);
}

/** The position a cursor of a sorted list holds; a cursor made under another sort is refused. */
export function decodeSortCursor(cursor: string | undefined, sort: string): SortPosition | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  try {
    const parsed = JSON.parse(key) as unknown;
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sort && typeof parsed[1] === 'string' && typeof parsed[2] === 'string') {
      return { value: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through to the validation error
  }
  throw invalid([{ field: 'cursor', problem: `is not a cursor of this list sorted by ${sort}` }]);
}
