import type { ProtocolDocumentInput } from '../model.ts';
import { dwellMinutes, offlineBackdateHours, plausibleTemperatureCelsius, retentionDays, spaceTimeCompanionOff } from './bulwark-defaults.ts';
import { nineProhibitions } from './nine-prohibitions.ts';

/**
 * A starting point for another respiratory disease, after WHO and US CDC practice: a 2-day lookback, 15
 * minutes within 24 hours, quarantine of named contacts only. Never a default anywhere; a jurisdiction
 * assigns it after setting the disease's own numbers.
 */
const TEMPLATE = 'Template default, to be replaced by the disease’s own guidance';
const WHO_TRACING = 'WHO, Contact tracing in the context of COVID-19, interim guidance, 1 Feb 2021: from 2 days before onset (or before the sample, if asymptomatic); US CDC the same';
const CDC_CONTACT = 'US CDC, close contact definition (Oct 2020): 15 minutes or more in total within 24 hours';
const WHO_QUARANTINE = 'WHO, Considerations for quarantine of contacts of COVID-19 cases, interim guidance, 19 Aug 2020: 14 days from the last exposure';
const ONE_INCUBATION = `${TEMPLATE}: one longest incubation period (14 days for SARS-CoV-2, WHO 2020)`;
const SINGLE_TUBES = `${TEMPLATE}: single tubes until pooling is validated for the disease’s assay`;
const ROUNDS = `${TEMPLATE}, after 《新冠肺炎疫情防控核酸检测实施办法》 (2022-11, PROTOCOL.md, Regional mass testing)`;

export const genericRespiratoryTemplate = {
  id: 'generic-respiratory-template',
  name: { zh: '呼吸道传染病通用模板（参照世卫组织、美国疾控中心做法）', en: 'Generic respiratory infection template (after WHO and US CDC practice)' },
  disease: { zh: '呼吸道传染病（待定）', en: 'Respiratory infection (to be set)' },
  issuer: { zh: 'Bulwark（模板）', en: 'Bulwark (template)' },
  publishedOn: '2026-11-25',
  effectiveFrom: '2026-11-25',
  nationalDefault: false,
  tracing: {
    infectiousLookbackDays: { value: 2, source: WHO_TRACING },
    closeContactByCoPresence: { cumulativeMinutes: { value: 15, source: CDC_CONTACT }, windowHours: { value: 24, source: CDC_CONTACT } },
    dwellMinutes,
    traceSecondaryContacts: { value: false, source: `${TEMPLATE}: contacts of cases only, as WHO and US CDC trace` },
    alertSameDayVisitors: { value: false, source: `${TEMPLATE}: named contacts only; venue-wide alerts are a local choice` },
    spaceTimeCompanion: spaceTimeCompanionOff,
  },
  checkins: {
    retentionDays,
    feverThresholdCelsius: { value: 38, source: 'US CDC: fever is a measured temperature of 100.4 °F (38.0 °C) or higher' },
    plausibleTemperatureCelsius,
    offlineBackdateHours,
  },
  cases: {
    reportWithinHours: { value: 24, source: `${TEMPLATE}, after the International Health Regulations (2005), Article 6: notification within 24 hours of assessment` },
  },
  measures: {
    closeContact: { kind: 'home_quarantine', days: { value: 14, source: WHO_QUARANTINE } },
    secondaryContact: { kind: 'none', days: { value: 0, source: `${TEMPLATE}: secondary contacts are not traced` } },
    inboundTraveller: { kind: 'health_monitoring', days: { value: 14, source: `${ONE_INCUBATION}; entry quarantine is a national decision` } },
    highRiskArea: { kind: 'health_monitoring', days: { value: 14, source: ONE_INCUBATION }, stayWithinDays: { value: 14, source: ONE_INCUBATION } },
    mediumRiskArea: { kind: 'none', days: { value: 0, source: `${TEMPLATE}: two levels only, high and low` } },
    lowRiskArea: { kind: 'none', days: { value: 0, source: `${TEMPLATE}: no measure for people from low-risk areas (nine prohibitions, rule 2)` } },
  },
  riskAreas: {
    levels: { value: ['high', 'low'], source: `${TEMPLATE}: two levels, as the 20 measures (2022-11-11) settled on` },
    delimitationUnits: { value: ['building'], source: `${TEMPLATE}: the smallest sensible unit (MISSION.md, section 7, 划小划准)` },
    downgrades: [{ from: 'high', to: 'low', daysWithoutNewInfection: { value: 14, source: ONE_INCUBATION }, testingRoundRequired: { value: false, source: TEMPLATE } }],
  },
  massTesting: {
    onlyWhereChainUnclear: { value: true, source: `${TEMPLATE}: whole areas only where the chain is unknown, as the 20 measures (2022-11-11) settled on` },
    poolSizeByAreaLevel: { high: { value: 1, source: SINGLE_TUBES }, low: { value: 1, source: SINGLE_TUBES } },
    keyPeoplePoolSize: { value: 1, source: SINGLE_TUBES },
    largestValidatedPool: { value: 1, source: SINGLE_TUBES },
    affectedArea: {
      intervalDays: { value: 1, source: ROUNDS },
      cleanRoundsToStop: { value: 3, source: ROUNDS },
      confirmationRoundAfterDays: { value: 3, source: ROUNDS },
    },
    adjacentArea: { intervalDays: { value: 1, source: ROUNDS }, cleanRoundsToStop: { value: 3, source: ROUNDS } },
  },
  guardrails: { ...nineProhibitions, source: `${nineProhibitions.source}; kept as Bulwark’s guardrails for every disease` },
} satisfies ProtocolDocumentInput;
