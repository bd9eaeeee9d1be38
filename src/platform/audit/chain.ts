import { createHash } from 'node:crypto';
import type { AuditRecord } from './model.ts';

/** The hash before the first record. */
export const GENESIS_HASH = createHash('sha256').update('bulwark audit log genesis').digest('hex');

/** JSON with keys sorted at every level, so that the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The hash of a record: SHA-256 over the previous hash and every field but the hash itself. */
export function hashRecord(record: Omit<AuditRecord, 'hash'> & { hash?: string }): string {
  const { prevHash, hash: _hash, ...fields } = record;
  const body = canonicalJson({ ...fields, personIds: [...fields.personIds].sort() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainProblem {
  seq: number;
  problem: string;
}

/**
 * Walks records in sequence order and reports every break: a changed record (its hash no longer
 * matches), a removed or reordered one (a gap in the sequence or a broken link), and records removed
 * from the end (the anchor names a later head).
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  readonly problems: ChainProblem[] = [];
  checked = 0;

  add(record: AuditRecord): void {
    this.checked++;
    if (record.seq !== this.expectedSeq) {
      this.problems.push({ seq: record.seq, problem: `expected record ${this.expectedSeq} here: records are missing or out of order` });
    }
    if (record.prevHash !== this.previousHash) {
      this.problems.push({ seq: record.seq, problem: 'does not link to the record before it' });
    }
    if (hashRecord(record) !== record.hash) {
      this.problems.push({ seq: record.seq, problem: 'content was modified after it was written' });
    }
    this.expectedSeq = record.seq + 1;
    this.previousHash = record.hash;
  }

  finish(anchor: { seq: number; hash: string }): ChainProblem[] {
    if (anchor.seq !== this.expectedSeq - 1 || anchor.hash !== this.previousHash) {
      this.problems.push({
        seq: anchor.seq,
        problem: `the chain ends at record ${this.expectedSeq - 1} but its head is record ${anchor.seq}: records were removed or changed at the end`,
      });
    }
    return this.problems;
  }
}
