import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ChainVerifier, GENESIS_HASH, canonicalJson, hashRecord } from './chain.ts';
import type { AuditRecord } from './model.ts';

function buildChain(length: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const unsigned = {
      seq,
      id: `id-${seq}`,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      actorAccountId: `account-${seq % 3}`,
      actorRole: 'epidemiologist',
      actorJurisdiction: '140703',
      purpose: 'case_investigation' as const,
      operation: 'people.get',
      outcome: 'allowed' as const,
      sourceAddress: '127.0.0.1',
      detail: { n: seq },
      personIds: [`person-${seq}`, `person-${seq + 1}`],
      prevHash,
    };
    const record = { ...unsigned, hash: hashRecord(unsigned) };
    records.push(record);
    prevHash = record.hash;
  }
  return records;
}

function verify(records: AuditRecord[], anchor: { seq: number; hash: string }) {
  const verifier = new ChainVerifier();
  for (const record of records) verifier.add(record);
  return verifier.finish(anchor);
}

describe('audit hash chain', () => {
  test('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });

  test('an untouched chain verifies', () => {
    const chain = buildChain(20);
    expect(verify(chain, { seq: 20, hash: chain[19]!.hash })).toEqual([]);
  });

  const chain = buildChain(30);
  const anchor = { seq: 30, hash: chain[29]!.hash };
  const fields = ['at', 'actorAccountId', 'purpose', 'operation', 'outcome', 'sourceAddress', 'detail', 'personIds'] as const;

  test('every modification of any field of any record is detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.constantFrom(...fields), fc.string({ minLength: 1 }), (index, field, value) => {
        const tampered = chain.map((record) => ({ ...record }));
        const target = tampered[index]!;
        const replacement = field === 'detail' ? { n: value } : field === 'personIds' ? [value] : `${String(target[field])}${value}`;
        Object.assign(target, { [field]: replacement });
        expect(verify(tampered, anchor).length).toBeGreaterThan(0);
      }),
    );
  });

  test('every deletion, anywhere, is detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 1, max: 5 }), (index, count) => {
        const tampered = chain.filter((_, position) => position < index || position >= index + count);
        expect(verify(tampered, anchor).length).toBeGreaterThan(0);
      }),
    );
  });

  test('every reordering is detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 29 }), (a, b) => {
        fc.pre(a !== b);
        const tampered = [...chain];
        [tampered[a], tampered[b]] = [tampered[b]!, tampered[a]!];
        expect(verify(tampered, anchor).length).toBeGreaterThan(0);
      }),
    );
  });

  test('a record rewritten with a recomputed hash still breaks the link to the next', () => {
    const tampered = chain.map((record) => ({ ...record }));
    const { hash: _ignored, ...unsigned } = { ...tampered[10]!, operation: 'people.export' };
    tampered[10] = { ...unsigned, hash: hashRecord(unsigned) };
    expect(verify(tampered, anchor)).toEqual([{ seq: 12, problem: 'does not link to the record before it' }]);
  });
});
