import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCheckins, type CheckinToWrite } from '../src/checkins/ingest.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { protocolDocumentSchema } from '../src/protocol/model.ts';
import { cnNational9th } from '../src/protocol/versions/cn-national-9th-2022-06.ts';
import { findCandidateContacts, type CandidateDraft, type CaseToTrace } from '../src/tracing/candidates.ts';
import { tracingRulesFrom } from '../src/tracing/rules.ts';
import { tracingSourcesOf } from '../src/tracing/sources.ts';
import { venueWithCode } from './checkin-helpers.ts';
import { describeEachDialect } from './databases.ts';
import { composeResidentId, createFixture, type Fixture } from './fixture.ts';

const OWN = '140703001001';
const HOUR = 3600;
const DAY = 24 * HOUR;

/*
 * Cases reported together are traced together, sharing reads; each must get exactly what it gets alone.
 * The sharp edge: one close contact of two cases, traced for each from their own first exposure. Case A
 * lives with C, so C is A's settled close contact from the start of A's window; case B met C at a
 * supermarket two days ago, and an investigator confirmed C. Four days ago C spent an hour with D at a
 * restaurant: D is a secondary contact of A (through C), and not of B, whom C met only afterwards.
 */
describeEachDialect('cases traced together', (dialect) => {
  let fixture: Fixture;
  let now: number;
  const person: Record<'a' | 'b' | 'c' | 'd' | 'e', string> = { a: '', b: '', c: '', d: '', e: '' };

  beforeAll(async () => {
    fixture = await createFixture(dialect);
    now = Math.floor(fixture.clock.now().getTime() / 1000);
    const maker = await fixture.tokenFor('community_worker', 'CN');
    const venue = async (name: string) => ({ venueId: (await venueWithCode(fixture, maker, name, OWN)).venueId, jurisdictionCode: OWN, countyCode: '140703' });
    const [supermarket, restaurant] = [await venue('同超市'), await venue('同饭店')];
    const building = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'building', name: '同1号楼', jurisdictionCode: OWN });
    const unit = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'unit', name: '1单元', parentId: building.json().id });
    const household = await fixture.request(maker, 'POST', '/api/v1/places', { kind: 'household', name: '201', parentId: unit.json().id });
    expect(household.statusCode, household.body).toBe(201);
    for (const [index, key] of (['a', 'b', 'c', 'd', 'e'] as const).entries()) {
      const placement = key === 'a' || key === 'c' ? { householdId: household.json().id } : { jurisdictionCode: OWN };
      const created = await fixture.request(maker, 'POST', '/api/v1/people', { name: `同${key}`, documentType: 'resident_id', documentNumber: composeResidentId('140703', '1979-03-04', 600 + index), ...placement });
      expect(created.statusCode, created.body).toBe(201);
      person[key] = created.json().id;
    }
    const stay = (key: keyof typeof person, at: CheckinToWrite['venue'], enteredAt: number, exitedAt: number): CheckinToWrite => ({ personId: person[key], venue: at, enteredAt, exitedAt, temperatureTenths: null, fever: false });
    await writeCheckins(
      fixture.platform,
      [
        stay('c', restaurant, now - 4 * DAY, now - 4 * DAY + HOUR),
        stay('d', restaurant, now - 4 * DAY, now - 4 * DAY + HOUR),
        stay('b', supermarket, now - 2 * DAY, now - 2 * DAY + HOUR),
        stay('c', supermarket, now - 2 * DAY + 10 * 60, now - 2 * DAY + HOUR),
        // E met A at the supermarket later that day: A's own close contact, read along with B's stays.
        stay('a', supermarket, now - 2 * DAY + 2 * HOUR, now - 2 * DAY + 3 * HOUR),
        stay('e', supermarket, now - 2 * DAY + 2 * HOUR, now - 2 * DAY + 3 * HOUR),
      ],
      { actor: systemActor('together'), operation: 'checkins.batch', source: 'device' },
    );
  });
  afterAll(() => fixture?.close());

  async function trace(cases: CaseToTrace[]): Promise<CandidateDraft[][]> {
    const rules = tracingRulesFrom(protocolDocumentSchema.parse(cnNational9th), 'Asia/Shanghai');
    const sources = tracingSourcesOf(fixture.platform.database);
    const found: CandidateDraft[][] = [];
    for await (const drafts of findCandidateContacts(sources, cases, rules, async () => new Map(), now)) found.push(drafts);
    return found;
  }

  async function casesOf(entries: { key: 'a' | 'b'; confirmed: string[] }[]): Promise<CaseToTrace[]> {
    const linked = await tracingSourcesOf(fixture.platform.database).linkedPeople(entries.map((entry) => person[entry.key]));
    return entries.map((entry) => ({ subject: { person: linked.get(person[entry.key])!, window: { from: now - 6 * DAY, until: now } }, confirmed: new Set(entry.confirmed) }));
  }

  const summary = (drafts: CandidateDraft[]) =>
    drafts.map((draft) => ({ personId: draft.personId, degree: draft.degree, via: draft.viaPersonId, category: draft.category, first: draft.firstExposureAt, score: draft.score, evidence: draft.evidence.length })).sort((x, y) => x.personId.localeCompare(y.personId));

  test('a close contact of two cases is traced from each case’s own first exposure', async () => {
    const [ofA, ofB] = await trace(await casesOf([{ key: 'a', confirmed: [] }, { key: 'b', confirmed: [person.c] }]));
    const byPerson = (drafts: CandidateDraft[]) => new Map(drafts.map((draft) => [draft.personId, draft]));
    expect(byPerson(ofA!).get(person.c)).toMatchObject({ degree: 1, category: 'household' });
    expect(byPerson(ofA!).get(person.e)).toMatchObject({ degree: 1, category: 'close_copresence' });
    expect(byPerson(ofA!).get(person.d)).toMatchObject({ degree: 2, viaPersonId: person.c, category: 'close_copresence' });
    expect(byPerson(ofB!).get(person.c)).toMatchObject({ degree: 1, category: 'close_copresence', firstExposureAt: now - 2 * DAY + 10 * 60 });
    expect(byPerson(ofB!).has(person.d)).toBe(false);
    // E came to the supermarket after B had left: a same-day visitor of B's, not a contact.
    expect(byPerson(ofB!).get(person.e)).toMatchObject({ degree: 1, category: 'same_day_visitor' });
  });

  test('each case gets together what it gets alone', async () => {
    const together = await trace(await casesOf([{ key: 'a', confirmed: [] }, { key: 'b', confirmed: [person.c] }]));
    const [aloneA] = await trace(await casesOf([{ key: 'a', confirmed: [] }]));
    const [aloneB] = await trace(await casesOf([{ key: 'b', confirmed: [person.c] }]));
    expect(summary(together[0]!)).toEqual(summary(aloneA!));
    expect(summary(together[1]!)).toEqual(summary(aloneB!));
    expect(together).toHaveLength(2);
  });
});
