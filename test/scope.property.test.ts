import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importJurisdictionsCsv } from '../src/jurisdictions/service.ts';
import { getJurisdictionRow } from '../src/jurisdictions/store.ts';
import type { Person } from '../src/people/model.ts';
import { buildPersonRow } from '../src/people/records.ts';
import { countPeopleIn, exportPeople, getPerson, listPeople, lookupPerson, movePerson, type PeopleListQuery } from '../src/people/service.ts';
import { getPersonRow, insertPeople } from '../src/people/store.ts';
import { systemActor, type Actor } from '../src/platform/auth/actor.ts';
import type { Role } from '../src/platform/auth/roles.ts';
import { createPlatform, type Platform } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/database.ts';
import { BulwarkError } from '../src/platform/errors.ts';
import { describeEachDialect, openTestDatabase } from './databases.ts';

/**
 * SECURITY.md goal 2, the scope property: for random jurisdiction trees, people and staff, every read path
 * (list through all pages, name search, count, export, get, lookup by document) returns exactly the people
 * an independent oracle allows, before and after people move between parents (by the system, and by staff
 * whose moves are allowed or refused as the oracle says).
 *
 * The oracle knows only parent links and walks them in plain code; it never looks at stored paths or uses
 * the tree or scope helpers of src/. Its world is every case generated so far on the database, so a leak
 * into an earlier case's tree fails as surely as one inside the current case.
 *
 * Trees are 1 to 4 levels below their root, with random fan-out. Codes are built to collide on prefixes:
 * each case's root is a new top-level code r<n> (r1 is a prefix of r10..r19, which later cases create),
 * every other node is r<n>z<local>, and local codes are made by extending a sibling's (always so for the
 * root's second child), a cousin's or any node's code, by taking a prefix of one, or fresh, over an
 * alphabet holding '-' and '.' (which sort just before the path separator '/') and '0' (just after it).
 */

const CODE_ALPHABET = ['0', '1', '2', '-', '.', '_', 'a', 'A'] as const;
/**
 * Names hold LIKE wildcards and the escape character, so that a search for them must match them literally.
 * Cased letters are ASCII only: SQLite's lower() folds nothing else (lower('É') is 'É'), PostgreSQL's does.
 */
const NAME_ALPHABET = ['a', 'B', 'c', 'x', '%', '_', '\\', ' ', '人', '王'] as const;
/** Longest local code extended further; longer ones start afresh, keeping codes under the 32-character limit. */
const MAX_EXTENDED = 10;
const MAX_NODES = 24;
const NUM_RUNS = 30;
const SHRINK_LIMIT_MS = 90_000;

type CodeRecipe = 'sibling' | 'cousin' | 'any' | 'prefix' | 'fresh';

const codeRecipe = fc.record({
  kind: fc.constantFrom<CodeRecipe>('sibling', 'sibling', 'cousin', 'cousin', 'any', 'prefix', 'fresh'),
  pick: fc.nat(),
  suffix: fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 1, maxLength: 2 }),
});

const queryText = fc.record({
  fromName: fc.boolean(),
  person: fc.nat(),
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 3 }),
  flipCase: fc.boolean(),
  random: fc.string({ unit: fc.constantFrom(...NAME_ALPHABET), minLength: 1, maxLength: 2 }),
});

const move = fc.record({
  person: fc.nat(),
  /**
   * Where to: any node; one whose code is a prefix of, or extends, the current one (when there is one); or
   * the parent of a staff mover's root (outside the mover's subtree, though visible to it as a breadcrumb).
   */
  target: fc.constantFrom('random', 'prefixPartner', 'prefixPartner', 'aboveMover'),
  targetPick: fc.nat(),
  /**
   * Who moves: the system, or a community worker bound to an ancestor (or the node) of the person's
   * jurisdiction, or to any node; staff outcomes are checked against the oracle.
   */
  mover: fc.constantFrom('system', 'staffAbovePerson', 'staffAbovePerson', 'staffAnywhere'),
  moverPick: fc.nat(),
});

/** What one phase of checks (before moves, and after each batch of moves) varies. */
const phase = fc.record({
  q: queryText,
  pageSize: fc.integer({ min: 1, max: 7 }),
  filterPageSize: fc.integer({ min: 1, max: 7 }),
  insidePick: fc.nat(),
  outsidePicks: fc.tuple(fc.nat(), fc.nat()),
  samplePicks: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  citizenPick: fc.nat(),
});

const worldCase = fc.record({
  maxDepth: fc.integer({ min: 1, max: 4 }),
  fanOuts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: MAX_NODES }),
  recipes: fc.array(codeRecipe, { minLength: MAX_NODES, maxLength: MAX_NODES }),
  csvOrder: fc.array(fc.nat(), { minLength: MAX_NODES, maxLength: MAX_NODES }),
  people: fc.array(fc.record({ node: fc.nat(), name: fc.string({ unit: fc.constantFrom(...NAME_ALPHABET), minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 25 }),
  actors: fc.array(fc.record({ node: fc.nat(), fromEarlierCase: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  phases: fc.tuple(phase, phase, phase),
  moveBatches: fc.tuple(fc.array(move, { minLength: 1, maxLength: 4 }), fc.array(move, { minLength: 1, maxLength: 4 })),
});
type WorldCase = typeof worldCase extends fc.Arbitrary<infer T> ? T : never;
type Phase = WorldCase['phases'][number];

interface GeneratedNode {
  code: string;
  local: string;
  parent: number;
  depth: number;
}

/** Builds a case's tree: shape breadth first from the fan-outs, then codes from the recipes. */
function generateTree(run: number, spec: WorldCase): GeneratedNode[] {
  const nodes: GeneratedNode[] = [{ code: `r${run}`, local: '', parent: -1, depth: 0 }];
  let fan = 0;
  for (let index = 0; index < nodes.length && nodes.length < MAX_NODES; index++) {
    if (nodes[index]!.depth >= spec.maxDepth) continue;
    // The root always has at least two children, so that every case has siblings.
    const count = index === 0 ? 2 + (spec.fanOuts[0]! % 3) : spec.fanOuts[fan++ % spec.fanOuts.length]!;
    for (let child = 0; child < count && nodes.length < MAX_NODES; child++) {
      nodes.push({ code: '', local: '', parent: index, depth: nodes[index]!.depth + 1 });
    }
  }
  const used = new Set<string>(['']);
  for (let index = 1; index < nodes.length; index++) {
    const node = nodes[index]!;
    const recipe = spec.recipes[index - 1]!;
    const coded = nodes.slice(1, index);
    const siblings = coded.filter((other) => other.parent === node.parent);
    const cousins = coded.filter((other) => other.depth === node.depth && other.parent !== node.parent);
    const pickFrom = (candidates: GeneratedNode[]) => candidates[recipe.pick % candidates.length]!.local;
    // The root's second child always extends the first child's code: every case has such siblings.
    const kind = index === 2 && nodes[2]!.parent === 0 ? 'sibling' : recipe.kind;
    let local: string;
    if (kind === 'prefix' && coded.some((other) => other.local.length > 1)) {
      const longer = coded.filter((other) => other.local.length > 1);
      const base = pickFrom(longer);
      local = base.slice(0, 1 + (recipe.pick % (base.length - 1)));
    } else {
      const pool = kind === 'sibling' && siblings.length > 0 ? siblings : kind === 'cousin' && cousins.length > 0 ? cousins : kind === 'fresh' ? [] : coded;
      const base = pool.length > 0 ? pickFrom(pool) : '';
      local = (base.length >= MAX_EXTENDED ? '' : base) + recipe.suffix;
    }
    for (let extra = recipe.pick; used.has(local); extra++) local += CODE_ALPHABET[extra % CODE_ALPHABET.length];
    used.add(local);
    node.local = local;
    node.code = `r${run}z${local}`;
  }
  return nodes;
}

/** Whether one code is a proper prefix of the other. */
function prefixRelated(a: string, b: string): boolean {
  return a !== b && (a.startsWith(b) || b.startsWith(a));
}

/**
 * The independent oracle: parent links and where each person is, nothing else. Containment is decided by
 * walking parent links upward.
 */
class Oracle {
  readonly parent = new Map<string, string | null>();
  readonly people = new Map<string, { code: string; name: string; document: string }>();

  within(code: string, root: string): boolean {
    for (let current: string | null | undefined = code; current !== null && current !== undefined; current = this.parent.get(current)) {
      if (current === root) return true;
    }
    return false;
  }

  /** Strict ancestors, nearest first. */
  ancestors(code: string): string[] {
    const found: string[] = [];
    for (let current = this.parent.get(code); current !== null && current !== undefined; current = this.parent.get(current)) found.push(current);
    return found;
  }

  nodesWithin(root: string): string[] {
    return [...this.parent.keys()].filter((code) => this.within(code, root)).sort();
  }

  /** People a subtree-scoped staff member sees, narrowed by an optional jurisdiction and name text. */
  visible(scopeRoot: string, filter?: string, text?: string): string[] {
    return [...this.people]
      .filter(([, person]) => this.within(person.code, scopeRoot))
      .filter(([, person]) => filter === undefined || this.within(person.code, filter))
      .filter(([, person]) => text === undefined || person.name.toLowerCase().includes(text.toLowerCase()))
      .map(([id]) => id)
      .sort();
  }
}

/** The error code a call fails with, or null when it succeeds. */
async function failureOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof BulwarkError) return error.code;
    throw error;
  }
}

function flipCase(text: string): string {
  return [...text].map((character) => (character === character.toLowerCase() ? character.toUpperCase() : character.toLowerCase())).join('');
}

describeEachDialect('scope property (SECURITY.md goal 2)', (dialect) => {
  let database: Database;
  let platform: Platform;
  const oracle = new Oracle();
  const stats = { cases: 0, siblingPrefixPairs: 0, cousinPrefixPairs: 0, separatorEdgePairs: 0, prefixPartnerMoves: 0, staffMoves: 0, refusedStaffMoves: 0, outsideFilters: 0, earlierCaseActors: 0 };
  let run = 0;
  let documentCounter = 0;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    platform = createPlatform({ database, secretKey: randomBytes(32), passwordCost: 4 });
  });
  afterAll(() => database?.close());

  async function staffActor(role: Role, code: string): Promise<Actor> {
    const row = await getJurisdictionRow(database.db, code);
    if (!row) throw new Error(`jurisdiction ${code} was not stored`);
    return { accountId: `${role}-${code}`, username: `${role}.${code}`, role, jurisdictionCode: code, scope: { kind: 'subtree', rootCode: code, rootPath: row.path }, sourceAddress: null, purpose: 'case_investigation' };
  }

  async function listAll(actor: Actor, query: Omit<PeopleListQuery, 'cursor' | 'limit'>, limit: number): Promise<Person[]> {
    const items: Person[] = [];
    let cursor: string | undefined;
    for (let pages = 0; ; pages++) {
      if (pages > oracle.people.size + 1) throw new Error('paging never ends');
      const page = await listPeople(platform, actor, { ...query, limit, cursor });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      if (page.nextCursor === null) break;
      expect(page.items.length, 'a page followed by another is full').toBe(limit);
      cursor = page.nextCursor;
    }
    const ids = items.map((person) => person.id);
    expect(new Set(ids).size, 'no person is listed twice across pages').toBe(ids.length);
    expect(ids, 'pages come in id order').toEqual([...ids].sort());
    return items;
  }

  /** The people returned are exactly the expected ones, each shown where the oracle placed it. */
  function expectExactly(people: Person[], expected: string[], what: string): void {
    expect(people.map((person) => person.id).sort(), what).toEqual(expected);
    for (const person of people) {
      const known = oracle.people.get(person.id);
      expect(known, `${what}: a person this test never created`).toBeDefined();
      expect(person.jurisdictionCode, `${what}: jurisdiction of ${person.id}`).toBe(known!.code);
      expect(person.name, `${what}: name of ${person.id}`).toBe(known!.name);
    }
  }

  /** Every read path of one subtree-scoped staff member against the oracle. */
  async function checkStaff(actor: Actor, root: string, checks: Phase, q: string, caseCodes: string[], casePeople: string[], earlierPeople: string[], earlierCodes: string[]): Promise<void> {
    const label = `staff at ${root}`;
    const all = oracle.visible(root);
    expectExactly(await listAll(actor, {}, checks.pageSize), all, `${label}: list`);
    expectExactly(await listAll(actor, { q }, checks.pageSize), oracle.visible(root, undefined, q), `${label}: list q=${JSON.stringify(q)}`);
    expect(await countPeopleIn(platform, actor, {}), `${label}: count`).toBe(all.length);
    expect(await countPeopleIn(platform, actor, { q }), `${label}: count q`).toBe(oracle.visible(root, undefined, q).length);
    expectExactly(await exportPeople(platform, actor, {}), all, `${label}: export`);
    expectExactly(await exportPeople(platform, actor, { q }), oracle.visible(root, undefined, q), `${label}: export q`);

    // A jurisdiction inside the subtree narrows every read path to it.
    const inside = oracle.nodesWithin(root);
    const filter = inside[checks.insidePick % inside.length]!;
    const narrowed = oracle.visible(root, filter);
    expectExactly(await listAll(actor, { jurisdiction: filter }, checks.filterPageSize), narrowed, `${label}: list in ${filter}`);
    expectExactly(await listAll(actor, { jurisdiction: filter, q }, checks.filterPageSize), oracle.visible(root, filter, q), `${label}: list in ${filter} q`);
    expect(await countPeopleIn(platform, actor, { jurisdiction: filter }), `${label}: count in ${filter}`).toBe(narrowed.length);
    expect(await countPeopleIn(platform, actor, { jurisdiction: filter, q }), `${label}: count in ${filter} q`).toBe(oracle.visible(root, filter, q).length);
    expectExactly(await exportPeople(platform, actor, { jurisdiction: filter }), narrowed, `${label}: export in ${filter}`);

    // An ancestor is visible as a breadcrumb; as a filter it cannot widen the scope.
    const ancestors = oracle.ancestors(root);
    if (ancestors.length > 0) {
      const ancestor = ancestors[checks.insidePick % ancestors.length]!;
      expectExactly(await listAll(actor, { jurisdiction: ancestor }, checks.filterPageSize), all, `${label}: list in ancestor ${ancestor}`);
      expect(await countPeopleIn(platform, actor, { jurisdiction: ancestor }), `${label}: count in ancestor ${ancestor}`).toBe(all.length);
      expectExactly(await exportPeople(platform, actor, { jurisdiction: ancestor }), all, `${label}: export in ancestor ${ancestor}`);
    }

    // Any other jurisdiction (a sibling, a cousin, a prefix partner, another case, a missing one) is not found.
    const unrelated = (code: string) => !oracle.within(code, root) && !oracle.within(root, code);
    const outside = [...caseCodes, ...earlierCodes].filter(unrelated);
    // Prefix partners of the actor's code, including other cases' roots (r1 beside r10..r19).
    const topLevel = [...oracle.parent].filter(([, parent]) => parent === null).map(([code]) => code);
    const partners = [...new Set([...outside, ...topLevel.filter(unrelated)])].filter((code) => prefixRelated(code, root));
    const chosen = new Set<string>([`${root}Q`]);
    if (outside.length > 0) chosen.add(outside[checks.outsidePicks[0] % outside.length]!);
    if (partners.length > 0) chosen.add(partners[checks.outsidePicks[1] % partners.length]!);
    for (const code of chosen) {
      stats.outsideFilters++;
      expect(await failureOf(listPeople(platform, actor, { jurisdiction: code, limit: 50 })), `${label}: list in outside ${code}`).toBe('BULWARK_NOT_FOUND');
      expect(await failureOf(countPeopleIn(platform, actor, { jurisdiction: code })), `${label}: count in outside ${code}`).toBe('BULWARK_NOT_FOUND');
      expect(await failureOf(exportPeople(platform, actor, { jurisdiction: code })), `${label}: export in outside ${code}`).toBe('BULWARK_NOT_FOUND');
    }

    // Get answers for exactly the visible people; everyone else is not found, like a missing id.
    for (const id of [...casePeople, ...earlierPeople]) {
      const allowed = oracle.within(oracle.people.get(id)!.code, root);
      const got = await getPerson(platform, actor, id).then(
        (person) => person,
        (error: unknown) => {
          if (error instanceof BulwarkError) return error.code;
          throw error;
        },
      );
      if (allowed) {
        expect(typeof got === 'string' ? got : got.id, `${label}: get ${id}`).toBe(id);
        if (typeof got !== 'string') expect(got.jurisdictionCode).toBe(oracle.people.get(id)!.code);
      } else {
        expect(got, `${label}: get ${id} at ${oracle.people.get(id)!.code}`).toBe('BULWARK_NOT_FOUND');
      }
    }

    // Exact lookup by document finds a person only inside the subtree.
    const lookups = new Set([...checks.samplePicks.map((pick) => casePeople[pick % casePeople.length]!), ...earlierPeople]);
    for (const id of lookups) {
      const found = await lookupPerson(platform, actor, { documentType: 'passport', documentNumber: oracle.people.get(id)!.document });
      expectExactly(found, oracle.within(oracle.people.get(id)!.code, root) ? [id] : [], `${label}: lookup of ${id}`);
    }
  }

  /** A citizen sees their own record through get and nothing else; the store's person condition holds even for a staff role. */
  async function checkPersonScope(own: string, casePeople: string[], earlierPeople: string[], q: string): Promise<void> {
    const others = [...casePeople, ...earlierPeople].filter((id) => id !== own);
    const citizen: Actor = { accountId: `citizen-${own}`, username: 'citizen', role: 'citizen', jurisdictionCode: null, scope: { kind: 'person', personId: own }, sourceAddress: null, purpose: 'citizen_self_service' };
    expect((await getPerson(platform, citizen, own)).id).toBe(own);
    for (const id of others) expect(await failureOf(getPerson(platform, citizen, id)), `citizen ${own}: get ${id}`).toBe('BULWARK_NOT_FOUND');
    expect(await failureOf(listPeople(platform, citizen, { limit: 50 }))).toBe('BULWARK_FORBIDDEN');
    expect(await failureOf(countPeopleIn(platform, citizen, {}))).toBe('BULWARK_FORBIDDEN');
    expect(await failureOf(exportPeople(platform, citizen, {}))).toBe('BULWARK_FORBIDDEN');

    const ownPerson = oracle.people.get(own)!;
    const personScoped: Actor = { ...citizen, accountId: `person-scoped-${own}`, role: 'epidemiologist', purpose: 'case_investigation' };
    const matching = ownPerson.name.toLowerCase().includes(q.toLowerCase()) ? [own] : [];
    expectExactly(await listAll(personScoped, {}, 1), [own], `person scope ${own}: list`);
    expectExactly(await listAll(personScoped, { q }, 2), matching, `person scope ${own}: list q`);
    expect(await countPeopleIn(platform, personScoped, {})).toBe(1);
    expect(await countPeopleIn(platform, personScoped, { q })).toBe(matching.length);
    expectExactly(await exportPeople(platform, personScoped, {}), [own], `person scope ${own}: export`);
    expect(await failureOf(listPeople(platform, personScoped, { jurisdiction: ownPerson.code, limit: 50 })), 'person scope: a jurisdiction filter').toBe('BULWARK_NOT_FOUND');
    for (const id of others) expect(await failureOf(getPerson(platform, personScoped, id)), `person scope ${own}: get ${id}`).toBe('BULWARK_NOT_FOUND');

    const nobody: Actor = { ...personScoped, scope: { kind: 'person', personId: null } };
    expect(await failureOf(getPerson(platform, nobody, own))).toBe('BULWARK_NOT_FOUND');
    expect(await countPeopleIn(platform, nobody, {})).toBe(0);
  }

  test(`list, search, count, export, get and lookup match the oracle on random trees, before and after moves (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(worldCase, async (spec) => {
        run++;
        const earlierCodes = [...oracle.parent.keys()];
        const earlierPeopleAll = [...oracle.people.keys()];
        const nodes = generateTree(run, spec);
        const codes = nodes.map((node) => node.code);

        // The tree, imported as a CSV in a random row order (children may come before their parents).
        const order = nodes.map((_, index) => index).sort((a, b) => spec.csvOrder[a]! - spec.csvOrder[b]! || a - b);
        const csv = ['code,name,parent_code,level', ...order.map((index) => {
          const node = nodes[index]!;
          return `${node.code},节点${index},${node.parent < 0 ? '' : nodes[node.parent]!.code},level${node.depth}`;
        })].join('\n');
        const report = await importJurisdictionsCsv(platform, systemActor('test'), Readable.from([csv]));
        expect(report.rejected).toEqual([]);
        expect(report.inserted).toBe(nodes.length);
        for (const node of nodes) oracle.parent.set(node.code, node.parent < 0 ? null : nodes[node.parent]!.code);

        stats.cases++;
        for (let a = 1; a < nodes.length; a++) {
          for (let b = a + 1; b < nodes.length; b++) {
            const [x, y] = [nodes[a]!, nodes[b]!];
            if (!prefixRelated(x.code, y.code)) continue;
            if (x.parent === y.parent) stats.siblingPrefixPairs++;
            else if (!oracle.within(x.code, y.code) && !oracle.within(y.code, x.code)) stats.cousinPrefixPairs++;
            const [short, long] = x.code.length < y.code.length ? [x.code, y.code] : [y.code, x.code];
            if ('-.0'.includes(long[short.length]!)) stats.separatorEdgePairs++;
          }
        }

        // People, placed at random nodes.
        const now = new Date().toISOString();
        const rows = spec.people.map((person) => {
          const code = codes[person.node % codes.length]!;
          const documentNumber = `P${String(++documentCounter).padStart(8, '0')}`;
          const built = buildPersonRow(platform.protector, { name: person.name, documentType: 'passport', documentNumber }, { jurisdictionCode: code, countyCode: null, householdId: null, affiliationId: null }, now);
          if ('issues' in built) throw new Error(JSON.stringify(built.issues));
          return { row: built.row, code, name: person.name, document: documentNumber };
        });
        const inserted = await database.db.transaction().execute((trx) => insertPeople(trx, database, rows.map((entry) => entry.row)));
        expect(inserted.length).toBe(rows.length);
        for (const entry of rows) oracle.people.set(entry.row.id, { code: entry.code, name: entry.name, document: entry.document });
        const casePeople = rows.map((entry) => entry.row.id);

        // Staff: one at the case's root, and one or two at random nodes of this case or of an earlier one.
        const actorRoots = [codes[0]!];
        for (const choice of spec.actors) {
          if (choice.fromEarlierCase && earlierCodes.length > 0) {
            stats.earlierCaseActors++;
            actorRoots.push(earlierCodes[choice.node % earlierCodes.length]!);
          } else {
            actorRoots.push(codes[choice.node % codes.length]!);
          }
        }
        const actors = await Promise.all(actorRoots.map((code) => staffActor('epidemiologist', code)));

        const checkAll = async (checks: Phase) => {
          const earlierPeople = earlierPeopleAll.length === 0 ? [] : [...new Set(checks.samplePicks.map((pick) => earlierPeopleAll[pick % earlierPeopleAll.length]!))];
          const sampledCodes = earlierCodes.length === 0 ? [] : [...new Set(checks.samplePicks.map((pick) => earlierCodes[pick % earlierCodes.length]!))];
          const source = oracle.people.get(casePeople[checks.q.person % casePeople.length]!)!.name;
          const start = checks.q.start % source.length;
          const fromName = source.slice(start, start + checks.q.length);
          const q = checks.q.fromName ? fromName : checks.q.random;
          const text = checks.q.flipCase ? flipCase(q) : q;
          for (let index = 0; index < actors.length; index++) {
            await checkStaff(actors[index]!, actorRoots[index]!, checks, text, codes, casePeople, earlierPeople, sampledCodes);
          }
          await checkPersonScope(casePeople[checks.citizenPick % casePeople.length]!, casePeople, earlierPeople, text);
        };

        const applyMoves = async (batch: WorldCase['moveBatches'][number]) => {
          for (const step of batch) {
            const id = casePeople[step.person % casePeople.length]!;
            const from = oracle.people.get(id)!.code;
            const local = from.slice(`r${run}z`.length);
            const partners = nodes.filter((node) => node.local !== '' && local !== '' && prefixRelated(node.local, local)).map((node) => node.code);
            let mover = systemActor('test');
            let moverRoot: string | null = null;
            if (step.mover !== 'system') {
              stats.staffMoves++;
              const candidates = step.mover === 'staffAbovePerson' ? [from, ...oracle.ancestors(from)] : codes;
              moverRoot = candidates[step.moverPick % candidates.length]!;
              mover = await staffActor('community_worker', moverRoot);
            }
            const aboveMover = moverRoot === null ? null : oracle.parent.get(moverRoot) ?? null;
            const target =
              step.target === 'prefixPartner' && partners.length > 0 ? partners[step.targetPick % partners.length]!
              : step.target === 'aboveMover' && aboveMover !== null ? aboveMover
              : codes[step.targetPick % codes.length]!;
            if (prefixRelated(target, from) && target !== codes[0] && from !== codes[0]) stats.prefixPartnerMoves++;
            // Both the person's current jurisdiction and the target must lie in a staff mover's subtree.
            const expected = moverRoot === null ? null : !oracle.within(from, moverRoot) ? 'BULWARK_NOT_FOUND' : !oracle.within(target, moverRoot) ? 'BULWARK_VALIDATION' : null;
            if (expected !== null) stats.refusedStaffMoves++;
            const outcome = await failureOf(movePerson(platform, mover, id, target));
            // Keep the oracle true to the database whatever happened, then judge the outcome.
            const stored = await getPersonRow(database.db, { kind: 'system' }, id);
            oracle.people.get(id)!.code = stored!.jurisdiction_code;
            expect(outcome, `move ${id} from ${from} to ${target} by ${mover.username}`).toBe(expected);
            expect(stored!.jurisdiction_code, `${id} after the move`).toBe(expected === null ? target : from);
          }
        };

        await checkAll(spec.phases[0]);
        await applyMoves(spec.moveBatches[0]);
        await checkAll(spec.phases[1]);
        await applyMoves(spec.moveBatches[1]);
        await checkAll(spec.phases[2]);
      }),
      // Shrinking replays whole cases against the database; the time limit bounds it (a normal run takes well under it).
      { numRuns: NUM_RUNS, interruptAfterTimeLimit: SHRINK_LIMIT_MS, markInterruptAsFailure: true },
    );

    // The generator did produce what the property is about.
    expect(stats.cases).toBeGreaterThanOrEqual(NUM_RUNS);
    expect(stats.siblingPrefixPairs).toBeGreaterThan(0);
    expect(stats.cousinPrefixPairs).toBeGreaterThan(0);
    expect(stats.separatorEdgePairs).toBeGreaterThan(0);
    expect(stats.prefixPartnerMoves).toBeGreaterThan(0);
    expect(stats.staffMoves).toBeGreaterThan(0);
    expect(stats.refusedStaffMoves).toBeGreaterThan(0);
    expect(stats.earlierCaseActors).toBeGreaterThan(0);
  }, SHRINK_LIMIT_MS + 60_000);
});
