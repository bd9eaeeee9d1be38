import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { getJurisdictionRow } from '../src/jurisdictions/store.ts';
import { buildPersonRow } from '../src/people/records.ts';
import { countPeopleIn, exportPeople, getPerson, listPeople, movePerson } from '../src/people/service.ts';
import { insertPeople } from '../src/people/store.ts';
import { systemActor, type Actor } from '../src/platform/auth/actor.ts';
import { createPlatform, type Platform } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/database.ts';
import { BulwarkError } from '../src/platform/errors.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';

/**
 * SECURITY.md goal 2: for random trees, people and staff, every read path returns exactly what an
 * independent oracle allows. The oracle walks parent links in plain code; it shares nothing with the
 * store's path ranges. Codes are drawn from a two-letter alphabet so that siblings and cousins share
 * prefixes (1, 12, 121...).
 */
describeEachDialect('scope of people reads', (dialect) => {
  let database: Database;
  let platform: Platform;
  let run = 0;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    platform = createPlatform({ database, secretKey: randomBytes(32), passwordCost: 4 });
  });
  afterAll(() => database.close());

  const world = fc.record({
    codes: fc.uniqueArray(fc.stringMatching(/^[12]{1,4}$/), { minLength: 2, maxLength: 14 }),
    parentChoices: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
    homes: fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
    actorNode: fc.nat(),
    filterNode: fc.nat(),
    moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    pageSize: fc.integer({ min: 1, max: 7 }),
  });

  test('list, search, count, export and get return exactly the oracle’s people, before and after moves', async () => {
    await fc.assert(
      fc.asyncProperty(world, async ({ codes, parentChoices, homes, actorNode, filterNode, moves, pageSize }) => {
        run++;
        // Node 0 is this run's root; node i > 0 hangs under a random earlier node.
        const nodes = codes.map((code, index) => ({ code: `S${run}x${code}`, parent: index === 0 ? -1 : parentChoices[index]! % index }));
        const csv = ['code,name,parent_code,level', ...nodes.map((node, index) => `${node.code},节点${index},${node.parent < 0 ? '' : nodes[node.parent]!.code},level${index}`)].join('\n');
        const imported = await importJurisdictionsCsv(platform, systemActor('test'), Readable.from([csv]));
        expect(imported.inserted).toBe(nodes.length);

        const isWithin = (node: number, root: number): boolean => node === root || (nodes[node]!.parent >= 0 && isWithin(nodes[node]!.parent, root));
        const placeOf = new Map<string, number>();
        const rows = homes.map((home, index) => {
          const node = home % nodes.length;
          const built = buildPersonRow(platform.protector, { name: `人${run}-${index}`, documentType: 'passport', documentNumber: `S${String(run).padStart(4, '0')}${String(index).padStart(3, '0')}` }, { jurisdictionCode: nodes[node]!.code, countyCode: null, householdId: null, affiliationId: null }, new Date().toISOString());
          if ('issues' in built) throw new Error(JSON.stringify(built.issues));
          placeOf.set(built.row.id, node);
          return built.row;
        });
        await database.db.transaction().execute((trx) => insertPeople(trx, database, rows));

        const root = actorNode % nodes.length;
        const rootRow = (await getJurisdictionRow(database.db, nodes[root]!.code))!;
        const actor: Actor = { accountId: `staff-${run}`, username: 'staff', role: 'epidemiologist', jurisdictionCode: rootRow.code, scope: { kind: 'subtree', rootCode: rootRow.code, rootPath: rootRow.path }, sourceAddress: null, purpose: 'case_investigation' };
        const runIds = new Set(placeOf.keys());
        const visible = (under = root) => [...placeOf].filter(([, node]) => isWithin(node, under) && isWithin(node, root)).map(([id]) => id).sort();

        const check = async () => {
          const listed: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await listPeople(platform, actor, { q: `人${run}-`, limit: pageSize, cursor });
            listed.push(...page.items.map((person) => person.id));
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          expect(listed.filter((id) => runIds.has(id)).sort()).toEqual(visible());
          expect(await countPeopleIn(platform, actor, { q: `人${run}-` })).toBe(visible().length);
          const exported = (await exportPeople(platform, actor, { q: `人${run}-` })).map((person) => person.id).filter((id) => runIds.has(id));
          expect(exported.sort()).toEqual(visible());
          for (const id of runIds) {
            const allowed = visible().includes(id);
            const outcome = await getPerson(platform, actor, id).then(
              () => 'found',
              (error: unknown) => (error instanceof BulwarkError ? error.code : 'other'),
            );
            expect(outcome).toBe(allowed ? 'found' : 'BULWARK_NOT_FOUND');
          }
          const filter = filterNode % nodes.length;
          const filtered = await listPeople(platform, actor, { jurisdiction: nodes[filter]!.code, limit: 500 }).then(
            (page) => page.items.map((person) => person.id).filter((id) => runIds.has(id)).sort(),
            (error: unknown) => (error instanceof BulwarkError ? error.code : 'other'),
          );
          // A filter inside the subtree narrows it; a filter above it shows the subtree; a filter beside it is unknown.
          if (isWithin(filter, root)) expect(filtered).toEqual(visible(filter));
          else if (isWithin(root, filter)) expect(filtered).toEqual(visible());
          else expect(filtered).toBe('BULWARK_NOT_FOUND');
        };

        await check();
        for (const [personChoice, nodeChoice] of moves) {
          const ids = [...placeOf.keys()];
          const id = ids[personChoice % ids.length]!;
          const target = nodeChoice % nodes.length;
          await movePerson(platform, { ...systemActor('test'), role: 'community_worker' }, id, nodes[target]!.code);
          placeOf.set(id, target);
        }
        await check();

        // A citizen sees their own record and nothing else.
        const [own, other] = [...placeOf.keys()];
        const citizen: Actor = { accountId: `citizen-${run}`, username: 'citizen', role: 'citizen', jurisdictionCode: null, scope: { kind: 'person', personId: own! }, sourceAddress: null, purpose: 'citizen_self_service' };
        expect((await getPerson(platform, citizen, own!)).id).toBe(own);
        if (other) await expect(getPerson(platform, citizen, other)).rejects.toMatchObject({ code: 'BULWARK_NOT_FOUND' });
        await expect(listPeople(platform, citizen, { limit: 10 })).rejects.toMatchObject({ code: 'BULWARK_FORBIDDEN' });
      }),
      { numRuns: 25, seed: 20261124 },
    );
  }, 120_000);
});
