import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Case } from '../src/cases/model.ts';
import { importChina } from '../src/jurisdictions/service.ts';
import { systemActor } from '../src/platform/auth/actor.ts';
import { protocolInForce } from '../src/protocol/service.ts';
import { DEMO_CASES } from '../src/sim/demo-cases.ts';
import { loadDemoCounty } from '../src/sim/demo.ts';
import type { Candidate } from '../src/tracing/model.ts';
import { createFixture, type Fixture } from './fixture.ts';

/*
 * The demo county as the first start loads it, at a size that loads in a few seconds: its people, the check-ins
 * of its last days through the import path, and a handful of detected infections as cases an epidemiologist
 * can trace. SQLite only: the import paths and tracing are tested on both dialects elsewhere.
 */

const COUNTY = { countyCode: '140703', persons: 2000, seed: 'demo-test', startDate: '2026-11-01' };
/** 16:00 in China: part of today has passed, and none of it may hold a simulated check-in. */
const NOW = new Date('2026-11-24T08:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

describe('the demo county with its recent days [sqlite]', () => {
  let fixture: Fixture;
  let folder = '';
  const said: string[] = [];

  const count = async (table: 'checkins' | 'cases' | 'people') =>
    Number((await fixture.platform.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('rows')).executeTakeFirstOrThrow()).rows);

  beforeAll(async () => {
    fixture = await createFixture('sqlite');
    fixture.clock.set(NOW);
    await importChina(fixture.platform, systemActor('test'), { everywhereDownTo: 'county', fullDepthWithin: [COUNTY.countyCode] });
    folder = mkdtempSync(join(tmpdir(), 'bulwark-demo-'));
    await loadDemoCounty(fixture.platform, folder, (line) => said.push(line), COUNTY);
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('the check-ins of the last days are imported, all within the retention and none after now', async () => {
    expect(said).toContainEqual(expect.stringMatching(/^check-ins: \d+ new, 0 already there, 0 rejected$/));
    const retentionDays = (await protocolInForce(fixture.platform, COUNTY.countyCode, '2026-11-24')).checkins.retentionDays.value;
    const span = await fixture.platform.database.db
      .selectFrom('checkins')
      .select((eb) => [eb.fn.min('entered_at').as('firstEntry'), eb.fn.max('entered_at').as('lastEntry'), eb.fn.max('exited_at').as('lastExit')])
      .executeTakeFirstOrThrow();
    expect(await count('checkins')).toBeGreaterThan(1000);
    expect(Number(span.firstEntry)).toBeGreaterThanOrEqual(nowSeconds - retentionDays * 86_400);
    expect(Math.max(Number(span.lastEntry), Number(span.lastExit))).toBeLessThanOrEqual(nowSeconds);
  });

  test('a handful of cases are recorded, and tracing them finds people who shared time with them at venues', async () => {
    const epidemiologist = await fixture.tokenFor('epidemiologist', COUNTY.countyCode);
    const listed = await fixture.request(epidemiologist, 'GET', `/api/v1/cases?jurisdiction=${COUNTY.countyCode}&limit=100`);
    expect(listed.statusCode, listed.body).toBe(200);
    const cases = (listed.json() as { items: Case[] }).items;
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(cases.length).toBeLessThanOrEqual(DEMO_CASES);
    // Symptoms read as the county's investigators write them, not as the simulator's codes.
    const symptoms = cases.flatMap((record) => record.symptoms);
    expect(symptoms.length).toBeGreaterThan(0);
    for (const symptom of symptoms) expect(symptom).toMatch(/^[\u4e00-\u9fff]+$/);
    const venueContacts: number[] = [];
    for (const { id } of cases) {
      const traced = await fixture.request(epidemiologist, 'POST', `/api/v1/cases/${id}/trace`);
      expect(traced.statusCode, traced.body).toBe(200);
      const contacts = await fixture.request(epidemiologist, 'GET', `/api/v1/cases/${id}/contacts?degree=1&limit=500`);
      const candidates = (contacts.json() as { items: Candidate[] }).items;
      venueContacts.push(candidates.filter((candidate) => candidate.evidence.some((evidence) => evidence.kind === 'venue')).length);
    }
    // Each case was chosen for its check-ins in the infectious window; most of them met someone there.
    expect(venueContacts.filter((found) => found > 0).length, `venue contacts per case: ${venueContacts.join(', ')}`).toBeGreaterThan(cases.length / 2);
  });

  test('a second load adds nothing', async () => {
    const before = await Promise.all([count('people'), count('checkins'), count('cases')]);
    said.length = 0;
    await loadDemoCounty(fixture.platform, folder, (line) => said.push(line), COUNTY);
    expect(await Promise.all([count('people'), count('checkins'), count('cases')])).toEqual(before);
    expect(said.some((line) => line.startsWith('simulating'))).toBe(false);
    expect(said).toContainEqual(expect.stringMatching(/^cases: 0 new, \d+ already there/));
  });
});
