import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { createFieldProtector } from '../platform/crypto.ts';
import { createPlainRowReader } from './import-row.ts';
import { readPersonRow, rowVocabulary } from './import-row-schema.ts';
import { PROTECTED_VALUES, VALUE_AT, protectChunk, protectDoubtfulRow, type ProtectedChunk } from './protection.ts';
import { composeResidentId } from './resident-id.ts';

const protector = createFieldProtector(randomBytes(32));
const layout = {
  columns: ['name', 'document_type', 'document_number', 'jurisdiction_code', 'phone', 'birth_date', 'sex', 'household_ref', 'affiliation_ref', 'affiliation_group', 'priority_groups'],
  recordDelimiter: '\n',
};
const text = [
  `甲,resident_id,${composeResidentId('140703', '1990-03-07', 1)},140703001001,139 0000 0001,1990-03-07,male,h-1,school-1, 三年级2班\u3000,infant;pregnant`,
  `乙,passport,E1234567,,,,,,school-1,${'班'.repeat(60)},`,
  '丙,passport,E7654321,140703001001,,,unknown,,factory-1,,',
  '丁,passport,E7654322,,,,,,,,',
].join('\n');

/** A row's values with the id left out and ciphertexts decrypted: what differs only by chance is set aside. */
function readableRows(chunk: ProtectedChunk): (string | null)[][] {
  const width = PROTECTED_VALUES.length;
  return chunk.rows.map((_, index) =>
    chunk.values
      .slice(index * width, (index + 1) * width)
      .map((value, slot) => (slot === VALUE_AT.id ? null : value && (slot === VALUE_AT.document_number_cipher || slot === VALUE_AT.phone_cipher) ? protector.decrypt(value) : value)),
  );
}

test('rows settled by the schema are protected exactly as the plain reader protects them', () => {
  const plain = protectChunk(protector, text, layout, createPlainRowReader(rowVocabulary));
  expect(plain.doubtful).toEqual([]);
  const settled = protectChunk(protector, text, layout, () => undefined);
  expect(settled.doubtful.map((row) => row.index)).toEqual([0, 1, 2, 3]);
  for (const { index, raw } of settled.doubtful) expect(protectDoubtfulRow(protector, settled, index, readPersonRow(raw))).toBeUndefined();
  expect(readableRows(settled)).toEqual(readableRows(plain));
  expect(readableRows(plain).map((row) => [row[VALUE_AT.affiliation_ref], row[VALUE_AT.affiliation_group]])).toEqual([
    ['school-1', '三年级2班'],
    ['school-1', '班'.repeat(60)],
    ['factory-1', null],
    [null, null],
  ]);
});
