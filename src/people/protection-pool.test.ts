import { randomBytes } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { createFieldProtector } from '../platform/crypto.ts';
import { createPlainRowReader } from './import-row.ts';
import { rowVocabulary } from './import-row-schema.ts';
import { PROTECTED_VALUES, VALUE_AT, protectChunk } from './protection.ts';
import { ProtectionWorker } from './protection-pool.ts';
import { composeResidentId } from './resident-id.ts';

test('the worker protects a chunk as this thread does, with the same keys', async () => {
  const secretKey = randomBytes(32);
  const protector = createFieldProtector(secretKey);
  const layout = { columns: ['name', 'document_type', 'document_number', 'jurisdiction_code', 'phone', 'sex', 'affiliation_ref', 'affiliation_group'], recordDelimiter: '\n' };
  const text = [
    `甲,resident_id,${composeResidentId('140703', '1990-03-07', 1)},140703001001,139 0000 0001,male,school-1, 三年级2班 `,
    ',passport,E1234567,140703001001,,,,',
    `"乙\n丙",resident_id,${composeResidentId('140703', '1990-03-07', 2)},,,,school-1,`,
    `丁,resident_id,${composeResidentId('140703', '1990-03-07', 3).slice(0, 17)}0,,,,,`,
    '戊,passport,E7654321,,+8613900000002,unknown,factory-1,质检组',
  ].join('\n');
  const here = protectChunk(protector, text, layout, createPlainRowReader(rowVocabulary));

  const worker = new ProtectionWorker(secretKey, rowVocabulary);
  try {
    while (!worker.started && !worker.failure) await setTimeout(5);
    const there = await worker.protect(text, layout);
    expect({ ...there, values: [] }).toEqual({ ...here, values: [] });
    expect(there.rows).toEqual([1, 2, 4, 6]);
    expect(there.doubtful.map((row) => row.index)).toEqual([1]);
    expect(there.rejected).toEqual([{ row: 5, field: 'document_number', problem: 'has a wrong check digit' }]);
    // Ciphertexts differ by their random nonces, and ids are new; the rest is equal, and so is what decrypts.
    const width = PROTECTED_VALUES.length;
    for (let index = 0; index < there.rows.length; index++) {
      const row = (values: (string | null)[]) => values.slice(index * width, (index + 1) * width);
      const readable = (values: (string | null)[]) =>
        row(values).map((value, slot) => (slot === VALUE_AT.id ? null : value && (slot === VALUE_AT.document_number_cipher || slot === VALUE_AT.phone_cipher) ? protector.decrypt(value) : value));
      expect(readable(there.values)).toEqual(readable(here.values));
    }
    const groups = there.rows.map((_, index) => there.values[index * width + VALUE_AT.affiliation_group]);
    expect(groups).toEqual(['三年级2班', null, null, '质检组']);
  } finally {
    await worker.close();
  }
});
