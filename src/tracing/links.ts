import { scopedCase } from '../cases/service.ts';
import { findCaseRows, getCaseRow, type NamedCaseRow } from '../cases/store.ts';
import { filterPathOf } from '../jurisdictions/service.ts';
import { requirePermission } from '../platform/auth/access.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Platform } from '../platform/context.ts';
import { BulwarkError, invalid, type FieldIssue } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { toInstant } from '../platform/time.ts';
import type { Evidence } from './candidates.ts';
import { findCandidateOf, findCandidatesNaming } from './candidate-store.ts';
import { clustersOf, wouldCycle, type ChainLink } from './chains.ts';
import { findCaseIdsIn, findLinkBetween, findLinksIn, findLinksTouching, insertLink, type LinkRow } from './link-store.ts';
import type { Candidate, Cluster, Link, LinkCreate } from './model.ts';
import { placeNames, presentCandidates, presentEvidence } from './present.ts';

async function presentLinks(platform: Platform, rows: readonly LinkRow[]): Promise<Link[]> {
  const evidence = rows.map((row) => JSON.parse(row.evidence) as Evidence[]);
  const names = await placeNames(platform.database.db, evidence.flat());
  return rows.map((row, index) => ({
    id: row.id,
    infectorCaseId: row.infector_case_id,
    infecteeCaseId: row.infectee_case_id,
    setting: row.setting as Link['setting'],
    confidence: row.confidence as Link['confidence'],
    evidence: presentEvidence(evidence[index]!, names),
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));
}

const asChainLink = (row: LinkRow): ChainLink => ({ infector: row.infector_case_id, infectee: row.infectee_case_id });

/**
 * Records that one case likely infected another. Both must be cases the actor sees; the link may not close a
 * cycle. When tracing had found the infectee among the infector's candidates, that exposure is the link's evidence.
 */
export async function createLink(platform: Platform, actor: Actor, input: LinkCreate): Promise<Link> {
  await requirePermission(platform, actor, 'cases.write', 'chains.link');
  const db = platform.database.db;
  const infector = await getCaseRow(db, actor.scope, input.infectorCaseId);
  const infectee = await getCaseRow(db, actor.scope, input.infecteeCaseId);
  const issues: FieldIssue[] = [];
  if (!infector) issues.push({ field: 'infectorCaseId', problem: 'is not a case within your scope' });
  if (!infectee) issues.push({ field: 'infecteeCaseId', problem: 'is not a case within your scope' });
  if (input.infectorCaseId === input.infecteeCaseId) issues.push({ field: 'infecteeCaseId', problem: 'must be another case than the infector' });
  if (issues.length > 0) throw invalid(issues);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (await findLinkBetween(trx, infector!.id, infectee!.id)) throw new BulwarkError('BULWARK_CONFLICT', 'these cases are linked already', [{ field: 'infecteeCaseId', problem: 'is linked to this infector already' }]);
    const nearby = await reachableLinks(trx, [infector!.id, infectee!.id]);
    if (wouldCycle(nearby.map(asChainLink), infector!.id, infectee!.id)) throw invalid([{ field: 'infectorCaseId', problem: 'descends from the infectee already: the link would make a cycle' }]);
    const candidate = await findCandidateOf(trx, infector!.id, infectee!.person_id);
    await insertLink(trx, {
      id,
      infector_case_id: infector!.id,
      infectee_case_id: infectee!.id,
      jurisdiction_code: infectee!.jurisdiction_code,
      setting: input.setting,
      confidence: input.confidence,
      evidence: candidate?.evidence ?? '[]',
      note: input.note ?? null,
      created_by: actor.username,
      created_at: toInstant(platform.clock.now()),
    });
    await platform.audit.record(trx, { actor, purpose: actor.purpose, operation: 'chains.link', outcome: 'allowed', personIds: [infector!.person_id, infectee!.person_id], detail: { linkId: id, infectorCaseId: infector!.id, infecteeCaseId: infectee!.id } });
  });
  const [link] = await presentLinks(platform, (await findLinksTouching(db, [infectee!.id])).filter((row) => row.id === id));
  return link!;
}

/** Every link of the chains through these cases, followed in both directions whatever the scope. */
async function reachableLinks(executor: Parameters<typeof findLinksTouching>[0], start: readonly string[]): Promise<LinkRow[]> {
  const seenCases = new Set(start);
  const links = new Map<string, LinkRow>();
  let frontier = [...start];
  while (frontier.length > 0) {
    const found = await findLinksTouching(executor, frontier);
    frontier = [];
    for (const row of found) {
      if (links.has(row.id)) continue;
      links.set(row.id, row);
      for (const id of [row.infector_case_id, row.infectee_case_id]) {
        if (seenCases.has(id)) continue;
        seenCases.add(id);
        frontier.push(id);
      }
    }
  }
  return [...links.values()];
}

async function presentClusters(platform: Platform, cases: readonly NamedCaseRow[], links: readonly LinkRow[], minCases: number): Promise<Cluster[]> {
  const byId = new Map(cases.map((row) => [row.id, row]));
  const presentedLinks = new Map((await presentLinks(platform, links)).map((link) => [link.id, link]));
  const linkByPair = new Map(links.map((row) => [`${row.infector_case_id}>${row.infectee_case_id}`, row.id]));
  return clustersOf([...byId.keys()], links.map(asChainLink))
    .filter((cluster) => cluster.cases.length >= minCases)
    .map((cluster) => {
      const members = cluster.cases.map((id) => byId.get(id)!).sort((a, b) => a.reported_at.localeCompare(b.reported_at) || a.id.localeCompare(b.id));
      return {
        id: members[0]!.id,
        cases: members.map((row) => ({ id: row.id, personName: row.person_name, classification: row.classification, status: row.status, onsetDate: row.onset_date, reportedAt: row.reported_at, jurisdictionCode: row.jurisdiction_code })),
        links: cluster.links.map((link) => presentedLinks.get(linkByPair.get(`${link.infector}>${link.infectee}`)!)!),
        roots: cluster.roots,
        generations: cluster.generations,
      };
    })
    .sort((a, b) => b.cases.length - a.cases.length || a.id.localeCompare(b.id));
}

/** The clusters of a subtree's cases, largest first; only links between cases the actor sees are drawn. */
export async function listClusters(platform: Platform, actor: Actor, query: { jurisdiction?: string | undefined; minCases: number }): Promise<Cluster[]> {
  await requirePermission(platform, actor, 'cases.read', 'chains.clusters');
  const db = platform.database.db;
  const underPath = await filterPathOf(platform, actor, query.jurisdiction);
  const cases = await findCaseRows(db, actor.scope, await findCaseIdsIn(db, actor.scope, underPath));
  const visible = new Set(cases.map((row) => row.id));
  const links = (await findLinksIn(db, actor.scope, underPath)).filter((row) => visible.has(row.infector_case_id) && visible.has(row.infectee_case_id));
  const clusters = await presentClusters(platform, cases, links, query.minCases);
  const personOf = new Map(cases.map((row) => [row.id, row.person_id]));
  await platform.audit.record(db, { actor, purpose: actor.purpose, operation: 'chains.clusters', outcome: 'allowed', personIds: clusters.flatMap((cluster) => cluster.cases.map((item) => personOf.get(item.id)!)), detail: { jurisdiction: query.jurisdiction, clusters: clusters.length } });
  return clusters;
}

/** The cluster a case belongs to, as far as the actor sees its cases. */
export async function getCaseCluster(platform: Platform, actor: Actor, caseId: string): Promise<Cluster> {
  await requirePermission(platform, actor, 'cases.read', 'chains.cluster');
  const row = await scopedCase(platform, actor, caseId, 'chains.cluster');
  const db = platform.database.db;
  const links = await reachableLinks(db, [row.id]);
  const cases = await findCaseRows(db, actor.scope, [...new Set([row.id, ...links.flatMap((link) => [link.infector_case_id, link.infectee_case_id])])]);
  const visible = new Set(cases.map((item) => item.id));
  const shown = links.filter((link) => visible.has(link.infector_case_id) && visible.has(link.infectee_case_id));
  const [cluster] = (await presentClusters(platform, cases, shown, 1)).filter((item) => item.cases.some((member) => member.id === row.id));
  await platform.audit.record(db, { actor, purpose: actor.purpose, operation: 'chains.cluster', outcome: 'allowed', personIds: cases.map((item) => item.person_id), detail: { caseId } });
  return cluster!;
}

/**
 * Where a case's infection may have come from: the other cases whose tracing named its person, with the
 * evidence, highest score first. The starting point for linking it into a chain.
 */
export async function findPossibleSources(platform: Platform, actor: Actor, caseId: string): Promise<Candidate[]> {
  await requirePermission(platform, actor, 'cases.read', 'chains.sources');
  const row = await scopedCase(platform, actor, caseId, 'chains.sources');
  const db = platform.database.db;
  const naming = (await findCandidatesNaming(db, row.person_id)).filter((candidate) => candidate.case_id !== row.id);
  const visibleCases = new Map((await findCaseRows(db, actor.scope, naming.map((candidate) => candidate.case_id))).map((item) => [item.id, item]));
  const shown = naming.filter((candidate) => visibleCases.has(candidate.case_id)).map((candidate) => ({ ...candidate, person_name: row.person_name }));
  const items = await presentCandidates(db, shown);
  const sourcePersons = [...visibleCases.values()].filter((item) => shown.some((candidate) => candidate.case_id === item.id)).map((item) => item.person_id);
  await platform.audit.record(db, { actor, purpose: actor.purpose, operation: 'chains.sources', outcome: 'allowed', personIds: [row.person_id, ...sourcePersons], detail: { caseId } });
  return items;
}
