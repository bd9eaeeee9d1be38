import type { ProtocolDocumentInput } from '../model.ts';
import { dwellMinutes, offlineBackdateHours, plausibleTemperatureCelsius, retentionDays, spaceTimeCompanionOff } from './bulwark-defaults.ts';
import { nineProhibitions } from './nine-prohibitions.ts';

/** The national protocol, 9th edition, as PROTOCOL.md (Version A) reports it. */
const NINTH = '《新型冠状病毒肺炎防控方案（第九版）》，国务院联防联控机制综合组，2022-06-28';
const CLOSE = `${NINTH}，密切接触者：7天集中隔离医学观察+3天居家健康监测，第1、2、3、5、7天及居家第3天核酸检测`;
const SECONDARY = `${NINTH}，密接的密接：7天居家隔离医学观察，第1、4、7天核酸检测`;
const INBOUND = `${NINTH}，入境人员：7天集中隔离医学观察+3天居家健康监测，第1、2、3、5、7天及居家第3天核酸检测`;
const HIGH_STAY = `${NINTH}，近7天内有高风险区旅居史人员：7天集中隔离医学观察，第1、2、3、5、7天核酸检测`;
const MEDIUM_STAY = `${NINTH}，近7天内有中风险区旅居史人员：7天居家隔离医学观察，第1、4、7天核酸检测`;
const LOW_STAY = `${NINTH}，近7天内有低风险区旅居史人员：3天2次核酸检测，间隔24小时`;
const AREAS = `${NINTH}，风险区域划定及防控管理`;
const HIGH_DOWN = `${AREAS}：高风险区连续7天无新增感染者，且第7天区域内所有人员一轮核酸筛查均为阴性，降为中风险区；再连续3天无新增感染者降为低风险区`;
const MEDIUM_DOWN = `${AREAS}：中风险区连续7天无新增感染者，且第7天区域内所有人员一轮核酸筛查均为阴性，降为低风险区`;
/** PROTOCOL.md's regional mass testing rules are from Nov 2022; the 9th edition's own are not in it, so these stand in. */
const TESTING = '《新冠肺炎疫情防控核酸检测实施办法》，国务院联防联控机制综合组，2022-11 (PROTOCOL.md, Regional mass testing); stands in for the 9th edition’s own rule, which PROTOCOL.md does not give';

export const cnNational9th = {
  id: 'cn-national-9th-2022-06',
  name: { zh: '新型冠状病毒肺炎防控方案（第九版）', en: 'COVID-19 prevention and control protocol, 9th edition' },
  disease: { zh: '新型冠状病毒肺炎', en: 'COVID-19' },
  issuer: { zh: '国务院应对新型冠状病毒肺炎疫情联防联控机制综合组', en: 'Comprehensive Group of the State Council Joint Prevention and Control Mechanism' },
  publishedOn: '2022-06-28',
  effectiveFrom: '2022-06-28',
  nationalDefault: true,
  tracing: {
    infectiousLookbackDays: { value: 4, source: `${NINTH}，密切接触者判定：病例症状出现前4天（无症状感染者标本采样前4天）起` },
    closeContactByCoPresence: {
      cumulativeMinutes: { value: 15, source: 'Bulwark default (PROTOCOL.md, Tracing parameters), after US CDC’s close contact definition (Oct 2020); the 9th edition leaves close contacts to the investigation' },
      windowHours: { value: 24, source: 'Bulwark default (PROTOCOL.md, Tracing parameters), after US CDC’s close contact definition (Oct 2020)' },
    },
    dwellMinutes,
    traceSecondaryContacts: { value: true, source: SECONDARY },
    alertSameDayVisitors: { value: true, source: 'PROTOCOL.md, Tracing parameters: same-day visitors of a venue can be alerted' },
    spaceTimeCompanion: spaceTimeCompanionOff,
  },
  checkins: {
    retentionDays,
    feverThresholdCelsius: { value: 37.3, source: 'China’s screening practice: 37.3 ℃ or more counts as fever, as local CDC notices state (e.g. Ningbo Daily, 2022-09-28)' },
    plausibleTemperatureCelsius,
    offlineBackdateHours,
  },
  cases: {
    reportWithinHours: { value: 2, source: `${NINTH}，病例报告：发现后2小时内进行网络直报` },
  },
  measures: {
    closeContact: {
      kind: 'centralized_quarantine',
      days: { value: 7, source: CLOSE },
      tests: { onDays: { value: [1, 2, 3, 5, 7], source: CLOSE } },
      followUp: { kind: 'health_monitoring', days: { value: 3, source: CLOSE }, tests: { onDays: { value: [3], source: CLOSE } } },
    },
    secondaryContact: { kind: 'home_quarantine', days: { value: 7, source: SECONDARY }, tests: { onDays: { value: [1, 4, 7], source: SECONDARY } } },
    inboundTraveller: {
      kind: 'centralized_quarantine',
      days: { value: 7, source: INBOUND },
      tests: { onDays: { value: [1, 2, 3, 5, 7], source: INBOUND } },
      followUp: { kind: 'health_monitoring', days: { value: 3, source: INBOUND }, tests: { onDays: { value: [3], source: INBOUND } } },
    },
    highRiskArea: {
      kind: 'centralized_quarantine',
      days: { value: 7, source: HIGH_STAY },
      tests: { onDays: { value: [1, 2, 3, 5, 7], source: HIGH_STAY } },
      stayWithinDays: { value: 7, source: HIGH_STAY },
    },
    mediumRiskArea: {
      kind: 'home_quarantine',
      days: { value: 7, source: MEDIUM_STAY },
      tests: { onDays: { value: [1, 4, 7], source: MEDIUM_STAY } },
      stayWithinDays: { value: 7, source: MEDIUM_STAY },
    },
    lowRiskArea: {
      kind: 'testing_only',
      days: { value: 3, source: LOW_STAY },
      tests: { count: { value: 2, source: LOW_STAY }, minHoursApart: { value: 24, source: LOW_STAY } },
      stayWithinDays: { value: 7, source: LOW_STAY },
    },
  },
  riskAreas: {
    levels: { value: ['high', 'medium', 'low'], source: `${AREAS}：统一使用高、中、低风险区` },
    delimitationUnits: { value: ['compound', 'village'], source: `${AREAS}：高风险区原则上以居住小区（村）为单位划定` },
    downgrades: [
      { from: 'high', to: 'medium', daysWithoutNewInfection: { value: 7, source: HIGH_DOWN }, testingRoundRequired: { value: true, source: HIGH_DOWN } },
      {
        from: 'medium',
        to: 'low',
        daysWithoutNewInfection: { value: 7, source: MEDIUM_DOWN },
        testingRoundRequired: { value: true, source: MEDIUM_DOWN },
        formerHighAreaDays: { value: 3, source: HIGH_DOWN },
      },
    ],
  },
  massTesting: {
    onlyWhereChainUnclear: { value: false, source: 'The 9th edition sets no such limit; it came with the 20 measures (2022-11-11)' },
    poolSizeByAreaLevel: {
      high: { value: 1, source: `${TESTING}: single tubes in high-risk areas` },
      medium: { value: 5, source: `${TESTING}: 5-in-1 in medium-risk areas` },
      low: { value: 10, source: `${TESTING}: 10-in-1 in low-risk areas` },
    },
    keyPeoplePoolSize: { value: 1, source: `${TESTING}: single tubes for key people` },
    largestValidatedPool: { value: 20, source: `${TESTING}: 20-in-1 is also validated` },
    affectedArea: {
      intervalDays: { value: 1, source: `${TESTING}: the affected district tests daily` },
      cleanRoundsToStop: { value: 3, source: `${TESTING}: after 3 consecutive rounds without community infection` },
      confirmationRoundAfterDays: { value: 3, source: `${TESTING}: wait 3 days, one more round, stop if clean` },
    },
    adjacentArea: {
      intervalDays: { value: 1, source: `${TESTING}: adjacent areas test daily` },
      cleanRoundsToStop: { value: 3, source: `${TESTING}: adjacent areas stop after 3 clean rounds` },
    },
  },
  guardrails: nineProhibitions,
} satisfies ProtocolDocumentInput;
