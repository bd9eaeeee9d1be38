import type { MessageKey, MessageValues, Translator } from '../i18n/catalog.ts';

type ValuesOf = (match: RegExpExecArray, language: Translator) => MessageValues;

/**
 * The server's field problems, in the phrases the API states them (src/platform/validation.ts and each
 * module's rules), each with its message in the console's catalogs. The API speaks English to every client;
 * the console says the same in its user's language. A phrase not listed here is shown as the server gave it.
 */
const PHRASES: readonly (readonly [RegExp, MessageKey, ValuesOf?])[] = [
  [/^is required$/, 'problem.required'],
  [/^must be an? (string|number|whole number|boolean|array|object)$/, 'problem.mustBeType', (match, { t }) => ({ type: t(`problem.type.${match[1]!.replace(' ', '-')}` as MessageKey) })],
  [/^is not a field that can be set here: (.+)$/, 'problem.unknownFields', (match) => ({ fields: match[1]! })],
  [/^must not be empty$/, 'problem.empty'],
  [/^must be at most (\d+) characters$/, 'problem.atMostCharacters', (match) => ({ count: match[1]! })],
  [/^must be at least (\d+) characters$/, 'problem.atLeastCharacters', (match) => ({ count: match[1]! })],
  [/^must be at least (-?[\d.]+)$/, 'problem.atLeast', (match) => ({ value: match[1]! })],
  [/^must be at most (-?[\d.]+)$/, 'problem.atMost', (match) => ({ value: match[1]! })],
  [/^must be less than (-?[\d.]+)$/, 'problem.lessThan', (match) => ({ value: match[1]! })],
  [/^must be more than (-?[\d.]+)$/, 'problem.moreThan', (match) => ({ value: match[1]! })],
  [/^must not be negative$/, 'problem.negative'],
  [/^must list at most (\d+) items$/, 'problem.atMostItems', (match) => ({ count: match[1]! })],
  [/^must list at least (\d+) items$/, 'problem.atLeastItems', (match) => ({ count: match[1]! })],
  [/^must hold at least one item$/, 'problem.oneItem'],
  [/^must be one of (.+)$/, 'problem.oneOf', (match) => ({ values: match[1]! })],
  [/^must be between (-?[\d.]+) and (-?[\d.]+)$/, 'problem.between', (match) => ({ min: match[1]!, max: match[2]! })],
  [/^must be between (-?[\d.]+) and (-?[\d.]+) °C$/, 'problem.betweenCelsius', (match) => ({ min: match[1]!, max: match[2]! })],
  [/^must be a date as YYYY-MM-DD$/, 'problem.date'],
  [/^must be a date and time in ISO 8601 with a time zone$/, 'problem.instant'],
  [/^(?:must not be|is) in the future$/, 'problem.future'],
  [/^is in the future: today is (\S+) in (\S+)$/, 'problem.futureToday', (match) => ({ today: match[1]!, timeZone: match[2]! })],
  [/^must not be after to$/, 'problem.afterTo'],
  [/^is before the entry$/, 'problem.beforeEntry'],
  [/^must be a phone number of 6 to 15 digits, optionally starting with \+$/, 'problem.phone'],
  [/^must be 17 digits followed by a digit or X$/, 'problem.residentIdFormat'],
  [/^has a wrong check digit$/, 'problem.checkDigit'],
  [/^contains an impossible birth date$/, 'problem.impossibleBirthDate'],
  [/^is a first-generation 15-digit number; give the 18-character number$/, 'problem.residentIdFirstGeneration'],
  // A birth date, or a sex by its label.
  [/^does not match the resident ID, which gives (.+)$/, 'problem.residentIdGives', (match, { label }) => ({ value: label('sex', match[1]!) })],
  [/^is already registered$/, 'problem.registered'],
  [/^is (?:taken|already used)$/, 'problem.taken'],
  [/^is not a (?:jurisdiction|person|place|case|household|venue \(workplace or school\)) within your scope$/, 'problem.outOfScope'],
  [/^is not within your jurisdiction$/, 'problem.outOfScope'],
  [/^is not a known jurisdiction$/, 'problem.unknownJurisdiction'],
  [/^is required when no household is given$/, 'problem.jurisdictionWithoutHousehold'],
  [/^must be the jurisdiction of the household$/, 'problem.householdJurisdiction'],
  [/^needs an affiliation: give affiliationId, the school or workplace the group belongs to$/, 'problem.groupWithoutAffiliation'],
  [/^is not the current version$/, 'problem.staleVersion'],
  [/^is required when there is no sampling date$/, 'problem.onsetWithoutSample'],
  [/^is required for an asymptomatic infection$/, 'problem.sampleForAsymptomatic'],
  [/^must be empty for an asymptomatic infection; record the sampling date instead$/, 'problem.onsetForAsymptomatic'],
  [/^must not be before detectedAt: a case is reported after it is detected$/, 'problem.reportedBeforeDetected'],
  [/^is required when the status is (\w+)$/, 'problem.requiredForStatus', (match, { label }) => ({ status: label('caseStatus', match[1]!) })],
  [/^has an open case already$/, 'problem.openCase'],
  [/^is linked to this infector already$/, 'problem.linkedAlready'],
  [/^must be another case than the infector$/, 'problem.selfLink'],
  [/^descends from the infectee already: the link would make a cycle$/, 'problem.linkCycle'],
  [/^is not a case you can trace$/, 'problem.notTraceable'],
];

/** One field problem in the console's language; a phrase the console does not know stays as the server said it. */
export function localizeProblem(problem: string, language: Translator): string {
  for (const [pattern, key, valuesOf] of PHRASES) {
    const match = pattern.exec(problem);
    if (match) return language.t(key, valuesOf?.(match, language));
  }
  return problem;
}
