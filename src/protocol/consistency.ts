import type { Measure, PersonCategory, ProtocolDocument, RiskLevel } from './model.ts';

/** One rule of a protocol document that contradicts another: where, and why. */
export interface Inconsistency {
  path: (string | number)[];
  problem: string;
}

type Stage = Omit<Measure, 'followUp'>;

const LEVEL_ORDER: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };
/** The measure category of people who have been in an area of each level. */
const AREA_CATEGORY: Record<RiskLevel, PersonCategory> = { high: 'highRiskArea', medium: 'mediumRiskArea', low: 'lowRiskArea' };
const AREA_CATEGORIES: readonly PersonCategory[] = Object.values(AREA_CATEGORY);

function stageProblems(stage: Stage, path: (string | number)[]): Inconsistency[] {
  const problems: Inconsistency[] = [];
  const length = stage.days.value;
  if ((stage.kind === 'none') !== (length === 0)) problems.push({ path: [...path, 'days'], problem: 'is 0 exactly when the kind is none' });
  const tests = stage.tests;
  if (tests && stage.kind === 'none') problems.push({ path: [...path, 'tests'], problem: 'a stage of kind none has no tests' });
  if (tests && 'onDays' in tests) {
    const onDays = tests.onDays.value;
    if (onDays.some((day, index) => index > 0 && day <= onDays[index - 1]!)) problems.push({ path: [...path, 'tests', 'onDays'], problem: 'must be in increasing order without repeats' });
    if (onDays.some((day) => day > length)) problems.push({ path: [...path, 'tests', 'onDays'], problem: `must lie within the stage’s ${length} days` });
  }
  if (tests && 'count' in tests && tests.count.value > length) problems.push({ path: [...path, 'tests', 'count'], problem: `must be at most the stage’s ${length} days` });
  return problems;
}

function measureProblems(document: ProtocolDocument): Inconsistency[] {
  const problems: Inconsistency[] = [];
  for (const [category, measure] of Object.entries(document.measures) as [PersonCategory, Measure][]) {
    const path = ['measures', category];
    problems.push(...stageProblems(measure, path));
    if (measure.followUp) {
      problems.push(...stageProblems(measure.followUp, [...path, 'followUp']));
      if (measure.kind === 'none') problems.push({ path: [...path, 'followUp'], problem: 'a measure of kind none has no follow-up' });
      if (measure.followUp.kind === 'none') problems.push({ path: [...path, 'followUp', 'kind'], problem: 'leave the follow-up out instead of kind none' });
    }
    const isArea = AREA_CATEGORIES.includes(category);
    if (measure.stayWithinDays && !isArea) problems.push({ path: [...path, 'stayWithinDays'], problem: 'applies only to the risk-area categories' });
    if (isArea && measure.kind !== 'none' && !measure.stayWithinDays) problems.push({ path: [...path, 'stayWithinDays'], problem: 'is required: how recent a stay puts a person in this category' });
  }
  const traced = document.tracing.traceSecondaryContacts.value;
  if (traced === (document.measures.secondaryContact.kind === 'none')) {
    problems.push({ path: ['measures', 'secondaryContact', 'kind'], problem: traced ? 'secondary contacts are traced, so they need a measure' : 'is none when secondary contacts are not traced' });
  }
  const levels = new Set(document.riskAreas.levels.value);
  for (const level of Object.keys(AREA_CATEGORY) as RiskLevel[]) {
    const category = AREA_CATEGORY[level];
    if (!levels.has(level) && document.measures[category].kind !== 'none') problems.push({ path: ['measures', category, 'kind'], problem: `is none: the protocol has no ${level}-risk areas` });
  }
  return problems;
}

function riskAreaProblems(document: ProtocolDocument): Inconsistency[] {
  const problems: Inconsistency[] = [];
  const levels = document.riskAreas.levels.value;
  if (new Set(levels).size !== levels.length) problems.push({ path: ['riskAreas', 'levels', 'value'], problem: 'names a level twice' });
  const lowest = [...levels].sort((a, b) => LEVEL_ORDER[b] - LEVEL_ORDER[a])[0];
  document.riskAreas.downgrades.forEach((rule, index) => {
    const path = ['riskAreas', 'downgrades', index];
    if (!levels.includes(rule.from)) problems.push({ path: [...path, 'from'], problem: `is not a level in use (${levels.join(', ')})` });
    if (!levels.includes(rule.to)) problems.push({ path: [...path, 'to'], problem: `is not a level in use (${levels.join(', ')})` });
    if (LEVEL_ORDER[rule.to] <= LEVEL_ORDER[rule.from]) problems.push({ path: [...path, 'to'], problem: 'must be a lower level than from' });
    if (rule.formerHighAreaDays && !(rule.from !== 'high' && levels.includes('high'))) problems.push({ path: [...path, 'formerHighAreaDays'], problem: 'applies only below a high level in use' });
    if (rule.formerHighAreaDays && rule.formerHighAreaDays.value > rule.daysWithoutNewInfection.value) problems.push({ path: [...path, 'formerHighAreaDays'], problem: 'must not be longer than daysWithoutNewInfection' });
  });
  for (const level of levels.filter((level) => level !== lowest)) {
    const rules = document.riskAreas.downgrades.filter((rule) => rule.from === level).length;
    // An area must always have a way down: nothing open-ended (MISSION.md, section 7).
    if (rules !== 1) problems.push({ path: ['riskAreas', 'downgrades'], problem: `needs exactly one rule from ${level} (has ${rules})` });
  }
  return problems;
}

function massTestingProblems(document: ProtocolDocument): Inconsistency[] {
  const problems: Inconsistency[] = [];
  const testing = document.massTesting;
  const levels = document.riskAreas.levels.value;
  const largest = testing.largestValidatedPool.value;
  for (const level of levels) if (!testing.poolSizeByAreaLevel[level]) problems.push({ path: ['massTesting', 'poolSizeByAreaLevel', level], problem: 'is required for every level in use' });
  for (const [level, size] of Object.entries(testing.poolSizeByAreaLevel)) {
    if (!levels.includes(level as RiskLevel)) problems.push({ path: ['massTesting', 'poolSizeByAreaLevel', level], problem: 'is not a level in use' });
    if (size && size.value > largest) problems.push({ path: ['massTesting', 'poolSizeByAreaLevel', level], problem: `must not exceed the largest validated pool (${largest})` });
  }
  if (testing.keyPeoplePoolSize.value > largest) problems.push({ path: ['massTesting', 'keyPeoplePoolSize'], problem: `must not exceed the largest validated pool (${largest})` });
  return problems;
}

function scalarProblems(document: ProtocolDocument): Inconsistency[] {
  const problems: Inconsistency[] = [];
  if (document.effectiveFrom < document.publishedOn) problems.push({ path: ['effectiveFrom'], problem: 'must not be before publishedOn: a rule takes effect only once published' });
  const coPresence = document.tracing.closeContactByCoPresence;
  if (coPresence.cumulativeMinutes.value > coPresence.windowHours.value * 60) problems.push({ path: ['tracing', 'closeContactByCoPresence', 'cumulativeMinutes'], problem: 'must fit within the window' });
  const companion = document.tracing.spaceTimeCompanion;
  if (companion.cumulativeHours.value > companion.days.value * 24) problems.push({ path: ['tracing', 'spaceTimeCompanion', 'cumulativeHours'], problem: 'must fit within the days' });
  const { min, max } = document.checkins.plausibleTemperatureCelsius;
  const fever = document.checkins.feverThresholdCelsius.value;
  if (!(min.value < fever && fever < max.value)) problems.push({ path: ['checkins', 'feverThresholdCelsius'], problem: 'must lie inside the plausible temperature range' });
  const ids = document.guardrails.rules.map((rule) => rule.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) problems.push({ path: ['guardrails', 'rules', index, 'id'], problem: `repeats ${id}` });
  });
  return problems;
}

/** Every contradiction between the rules of a well-formed protocol document; none for a sound one. */
export function protocolInconsistencies(document: ProtocolDocument): Inconsistency[] {
  return [...scalarProblems(document), ...measureProblems(document), ...riskAreaProblems(document), ...massTestingProblems(document)];
}
