import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Insertable } from 'kysely';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { importPeopleCsv } from '../src/people/import.ts';
import { buildPersonRow } from '../src/people/records.ts';
import { composeResidentId } from '../src/people/resident-id.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { createPlatform, type Platform } from '../src/platform/context.ts';
import { MULTI_ROW_CHUNK } from '../src/platform/db/bulk.ts';
import type { Database, DialectName } from '../src/platform/db/database.ts';
import type { PersonTable } from '../src/platform/db/schema.ts';
import { freshDatabase, timed, type Figure } from './harness.ts';

const VILLAGES = Array.from({ length: 20 }, (_, index) => `140703001${String(index + 1).padStart(3, '0')}`);
const TREE = [
  'code,name,parent_code,level',
  'CN,中华人民共和国,,country',
  '140000,山西省,CN,province',
  '140700,晋中市,140000,city',
  '140703,太谷区,140700,county',
  '140703001,明星镇,140703,township',
  ...VILLAGES.map((code, index) => `${code},村${index + 1},140703001,village`),
].join('\n');

/** Deterministic people rows: valid resident IDs, phones, birth dates and villages. */
function peopleCsv(count: number): string {
  const lines = ['name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,household_ref,affiliation_ref,priority_groups'];
  for (let index = 0; index < count; index++) {
    const cycle = index % 26_880;
    const birth = `${1940 + (cycle % 80)}-${String((Math.floor(cycle / 80) % 12) + 1).padStart(2, '0')}-${String((Math.floor(cycle / 960) % 28) + 1).padStart(2, '0')}`;
    // 80 x 12 x 28 = 26,880 distinct birth dates; the sequence number counts the rounds through them.
    const document = composeResidentId('140703', birth, Math.floor(index / 26_880) % 1000);
    lines.push(`居民${index},resident_id,${document},${VILLAGES[index % VILLAGES.length]},1${String(3800000000 + index)},,,,,${index % 17 === 0 ? 'chronic_illness' : ''}`);
  }
  return lines.join('\n') + '\n';
}

async function prepare(dialect: DialectName, postgresUrl: string | null): Promise<{ database: Database; platform: Platform }> {
  const database = await freshDatabase(dialect, postgresUrl);
  const platform = createPlatform({ database, secretKey: randomBytes(32) });
  await importJurisdictionsCsv(platform, systemActor('bench'), Readable.from([TREE]));
  return { database, platform };
}

/**
 * The reference: the same people, already validated and encrypted, inserted with the same driver inside one
 * transaction in statements shaped like the import's: a prepared statement per row on SQLite, where a call
 * costs no round trip, and multi-row statements as large as the import's on PostgreSQL, where a statement
 * per row would time the network rather than the database.
 */
async function bareInsert(database: Database, rows: Insertable<PersonTable>[]): Promise<number> {
  const columns = Object.keys(rows[0]!) as (keyof PersonTable)[];
  const valuesOf = (row: Insertable<PersonTable>) => columns.map((column) => row[column] ?? null);
  if (database.sqlite) {
    const statement = database.sqlite.prepare(`insert into people (${columns.join(',')}) values (${columns.map(() => '?').join(',')})`);
    const insertAll = database.sqlite.transaction((batch: Insertable<PersonTable>[]) => {
      for (const row of batch) statement.run(valuesOf(row));
    });
    return timed(async () => insertAll(rows));
  }
  const statementOf = (count: number) => {
    const tuples = Array.from({ length: count }, (_, row) => `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(',')})`);
    return { name: `bench-insert-people-${count}`, text: `insert into people (${columns.join(',')}) values ${tuples.join(',')}` };
  };
  const fullChunk = statementOf(MULTI_ROW_CHUNK);
  const client = await database.pool!.connect();
  try {
    return await timed(async () => {
      await client.query('begin');
      for (let start = 0; start < rows.length; start += MULTI_ROW_CHUNK) {
        const chunk = rows.slice(start, start + MULTI_ROW_CHUNK);
        const statement = chunk.length === MULTI_ROW_CHUNK ? fullChunk : statementOf(chunk.length);
        await client.query({ ...statement, values: chunk.flatMap(valuesOf) });
      }
      await client.query('commit');
    });
  } finally {
    client.release();
  }
}

export async function benchPeopleImport(dialect: DialectName, postgresUrl: string | null, count: number): Promise<Figure[]> {
  const csv = peopleCsv(count);

  const ours = await prepare(dialect, postgresUrl);
  let report: Awaited<ReturnType<typeof importPeopleCsv>> | undefined;
  const importSeconds = await timed(async () => {
    report = await importPeopleCsv(ours.platform, systemActor('bench'), Readable.from([csv]));
  });
  await ours.database.close();
  if (report!.inserted !== count) throw new Error(`import inserted ${report!.inserted} of ${count}: ${JSON.stringify(report!.rejected.slice(0, 3))}`);

  const reference = await prepare(dialect, postgresUrl);
  const now = new Date().toISOString();
  const rows = csv.trim().split('\n').slice(1).map((line) => {
    const [name, , documentNumber, jurisdictionCode, phone] = line.split(',');
    const built = buildPersonRow(reference.platform.protector, { name: name!, documentType: 'resident_id', documentNumber: documentNumber!, phone }, { jurisdictionCode: jurisdictionCode!, countyCode: '140703', householdId: null, affiliationId: null }, now);
    if ('issues' in built) throw new Error(JSON.stringify(built.issues));
    return built.row;
  });
  const referenceSeconds = await bareInsert(reference.database, rows);
  await reference.database.close();

  const ourRate = count / importSeconds;
  const referenceRate = count / referenceSeconds;
  return [
    {
      benchmark: 'people import (CSV → validated, encrypted, deduplicated, audited rows)',
      dialect,
      metric: `${count} rows`,
      value: Math.round(ourRate),
      unit: 'rows/s',
      reference: {
        name: `bare ${dialect === 'sqlite' ? 'prepared-insert loop' : `multi-row insert, ${MULTI_ROW_CHUNK} rows a statement,`} of the same rows, same driver`,
        value: Math.round(referenceRate),
        ratio: ourRate / referenceRate,
        goal: 0.5,
      },
    },
  ];
}
