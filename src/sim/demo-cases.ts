import { infectiousWindow } from '../cases/intervals.ts';
import { createCase } from '../cases/service.ts';
import { findPeopleWithCases } from '../cases/store.ts';
import { findPersonKey } from '../checkins/keys.ts';
import { searchCheckins } from '../checkins/store.ts';
import { CHINA_TIME_ZONE } from '../jurisdictions/china.ts';
import { getJurisdictionRow } from '../jurisdictions/store.ts';
import { documentLookupKey, findPeopleByDocumentKey } from '../people/directory.ts';
import { defaultPurposes, type Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { notFound } from '../platform/errors.ts';
import { localDate } from '../platform/time.ts';
import { protocolInForce } from '../protocol/service.ts';
import type { CaseReport } from './demo-outbreak.ts';

/** How many detected infections the demo records as cases: enough to try tracing, few enough to read through. */
export const DEMO_CASES = 12;

/**
 * The simulator names symptoms by code; the demo county's investigators write them in Chinese, as the
 * console shows them. A code without a word here is kept as it is.
 */
const SYMPTOM_WORDS: Record<string, string> = {
  fever: '发热',
  cough: '咳嗽',
  sore_throat: '咽痛',
  fatigue: '乏力',
  myalgia: '肌肉酸痛',
  rash: '皮疹',
  conjunctivitis: '结膜炎',
};

/** The name the demo's work goes by in the audit log and as the reporter of its cases. */
const DEMO_NAME = 'demo';

/**
 * Records up to DEMO_CASES of the outbreak's detected infections as cases, in the order they were detected,
 * choosing those with check-ins in their infectious window so that tracing them finds venue contacts. A
 * person who has a case already is counted and skipped, so that a second load adds none.
 */
export async function recordDemoCases(platform: Platform, countyCode: string, reports: CaseReport[], say: (line: string) => void): Promise<void> {
  const investigator = await demoInvestigator(platform, countyCode);
  const personIds = await personIdsOf(platform, reports.map((report) => report.personDocument));
  const withCases = await findPeopleWithCases(platform.database.db, [...personIds.values()]);
  const lookbackDays = (await protocolInForce(platform, countyCode, localDate(platform.clock.now(), CHINA_TIME_ZONE))).tracing.infectiousLookbackDays.value;
  let recorded = 0;
  let already = 0;
  for (const report of reports) {
    if (recorded + already >= DEMO_CASES) break;
    const personId = personIds.get(report.personDocument);
    if (!personId) continue;
    if (withCases.has(personId)) already++;
    else if (await hasCheckinsInWindow(platform, personId, report, lookbackDays)) {
      const { classification, onsetDate, sampledDate, detectedAt, reportedAt, symptoms } = report;
      await createCase(platform, investigator, {
        personId,
        classification,
        basis: 'positive_test',
        onsetDate,
        sampledDate,
        detectedAt,
        reportedAt,
        symptoms: symptoms.map((symptom) => SYMPTOM_WORDS[symptom] ?? symptom),
      });
      withCases.add(personId);
      recorded++;
    }
  }
  say(`cases: ${recorded} new, ${already} already there, from ${reports.length} infections detected`);
}

/**
 * Who reports the demo's cases. The system actor of the imports acts as an administrator, a role that may not
 * report cases (roles.ts: the administrator reads no health records); an epidemiologist may. So the demo
 * reports as an epidemiologist bound to the demo county, scoped to it as such an account would be, but
 * without an account (no password to keep); the audit log names it as it names the demo's imports.
 */
async function demoInvestigator(platform: Platform, countyCode: string): Promise<Actor> {
  const county = await getJurisdictionRow(platform.database.db, countyCode);
  if (!county) throw notFound('jurisdiction');
  return {
    accountId: null,
    username: DEMO_NAME,
    role: 'epidemiologist',
    jurisdictionCode: county.code,
    scope: { kind: 'subtree', rootCode: county.code, rootPath: county.path },
    sourceAddress: null,
    purpose: defaultPurposes.epidemiologist,
  };
}

/** The registered person of each resident ID number; numbers of no one are absent. */
async function personIdsOf(platform: Platform, documents: string[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const document of documents) {
    const lookup = documentLookupKey(platform, 'resident_id', document);
    if ('key' in lookup) keys.set(document, lookup.key);
  }
  const found = await findPeopleByDocumentKey(platform, [...keys.values()]);
  const ids = new Map<string, string>();
  for (const [document, key] of keys) if (found.has(key)) ids.set(document, found.get(key)!);
  return ids;
}

/** Whether the person checked in anywhere from the start of the infectious window the case would have. */
async function hasCheckinsInWindow(platform: Platform, personId: string, report: CaseReport, lookbackDays: number): Promise<boolean> {
  const db = platform.database.db;
  const personKey = await findPersonKey(db, personId);
  if (personKey === undefined) return false;
  // The simulated people live in China, under the time zone of the divisions imported for them.
  const window = infectiousWindow({ ...report, isolatedAt: null }, lookbackDays, CHINA_TIME_ZONE);
  const found = await searchCheckins(db, { kind: 'system' }, { personKey, from: Math.floor(window.from.getTime() / 1000), limit: 1 });
  return found.length > 0;
}
