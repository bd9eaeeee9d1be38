import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { SortPosition } from '../pagination.ts';

/** How a list is ordered: one column, its direction, and whether it may be null. Ties are broken by id. */
export interface SortOrder {
  column: string;
  descending: boolean;
  /** Nulls compare as the empty string, so that both databases put them first (last when descending). */
  nullable: boolean;
}

/** The value a row is ordered by, the same in ORDER BY and in the keyset condition. */
export function sortExpression(order: SortOrder): RawBuilder<string> {
  return order.nullable ? sql<string>`coalesce(${sql.ref(order.column)}, '')` : sql<string>`${sql.ref(order.column)}`;
}

/**
 * Keyset pagination (Winand, "Use The Index, Luke", chapter 7): the rows strictly after a position, compared
 * as the row value (sort value, id), so that ties are neither repeated nor skipped between pages.
 */
export function afterPosition(order: SortOrder, idColumn: string, position: SortPosition): Expression<SqlBool> {
  const direction = order.descending ? sql.raw('<') : sql.raw('>');
  return sql<SqlBool>`(${sortExpression(order)}, ${sql.ref(idColumn)}) ${direction} (${position.value}, ${position.id})`;
}
