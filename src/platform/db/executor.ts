import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

/** Either the database or an open transaction: store functions run on whichever they are given. */
export type Executor = Kysely<Schema> | Transaction<Schema>;

/** Runs work in a transaction, or inside the one already open. */
export function inTransaction<T>(executor: Executor, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  if (executor.isTransaction) return work(executor as Transaction<Schema>);
  return executor.transaction().execute(work);
}

/** A count as a number: PostgreSQL returns count(*) as a string. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return Number(value ?? 0);
}
