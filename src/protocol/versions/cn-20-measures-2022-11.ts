import type { ProtocolDocumentInput } from '../model.ts';
import { cnNational9th } from './cn-national-9th-2022-06.ts';

/**
 * The 20 measures (二十条) as PROTOCOL.md (Version B) reports them. They refine parts of the 9th edition;
 * what they leave alone keeps the 9th edition's value and source.
 */
const TWENTY = '《关于进一步优化新冠肺炎疫情防控措施 科学精准做好防控工作的通知》（二十条），国务院联防联控机制综合组，2022-11-11';
const CLOSE = `${TWENTY}：密切接触者“5天集中隔离+3天居家隔离”，集中隔离第1、2、3、5天、居家隔离第1、3天核酸检测`;
const NO_SECONDARY = `${TWENTY}：及时准确判定密切接触者，不再判定密接的密接`;
const INBOUND = `${TWENTY}：入境人员“5天集中隔离+3天居家隔离”，集中隔离第1、2、3、5天、居家隔离第1、3天核酸检测`;
const HIGH_STAY = `${TWENTY}：高风险区外溢人员“7天居家隔离”，第1、3、5、7天核酸检测`;
const TWO_LEVELS = `${TWENTY}：风险区由“高、中、低”三类调整为“高、低”两类`;
const HIGH_DOWN = `${TWENTY}：高风险区连续5天未发现新增感染者降为低风险区，符合条件的要及时解封（no testing round named）`;
const MASS_TESTING = `${TWENTY}：一般不按行政区域开展全员核酸检测，只在感染来源和传播链条不清时开展`;
const TESTING = '《新冠肺炎疫情防控核酸检测实施办法》，国务院联防联控机制综合组，2022-11 (PROTOCOL.md, Regional mass testing)';

const ninth = cnNational9th;

export const cn20Measures = {
  ...ninth,
  id: 'cn-20-measures-2022-11',
  name: { zh: '关于进一步优化新冠肺炎疫情防控措施 科学精准做好防控工作的通知（二十条）', en: 'Further optimizing COVID-19 measures (the 20 measures)' },
  publishedOn: '2022-11-11',
  effectiveFrom: '2022-11-11',
  tracing: { ...ninth.tracing, traceSecondaryContacts: { value: false, source: NO_SECONDARY } },
  measures: {
    closeContact: {
      kind: 'centralized_quarantine',
      days: { value: 5, source: CLOSE },
      tests: { onDays: { value: [1, 2, 3, 5], source: CLOSE } },
      followUp: { kind: 'home_quarantine', days: { value: 3, source: CLOSE }, tests: { onDays: { value: [1, 3], source: CLOSE } } },
    },
    secondaryContact: { kind: 'none', days: { value: 0, source: NO_SECONDARY } },
    inboundTraveller: {
      kind: 'centralized_quarantine',
      days: { value: 5, source: INBOUND },
      tests: { onDays: { value: [1, 2, 3, 5], source: INBOUND } },
      followUp: { kind: 'home_quarantine', days: { value: 3, source: INBOUND }, tests: { onDays: { value: [1, 3], source: INBOUND } } },
    },
    highRiskArea: {
      kind: 'home_quarantine',
      days: { value: 7, source: HIGH_STAY },
      tests: { onDays: { value: [1, 3, 5, 7], source: HIGH_STAY } },
      stayWithinDays: { value: 7, source: `${ninth.measures.highRiskArea.stayWithinDays.source}（二十条未改）` },
    },
    mediumRiskArea: { kind: 'none', days: { value: 0, source: TWO_LEVELS } },
    lowRiskArea: ninth.measures.lowRiskArea,
  },
  riskAreas: {
    levels: { value: ['high', 'low'], source: TWO_LEVELS },
    delimitationUnits: { value: ['unit', 'building'], source: `${TWENTY}：高风险区一般以单元、楼栋为单位划定，不得随意扩大` },
    downgrades: [{ from: 'high', to: 'low', daysWithoutNewInfection: { value: 5, source: HIGH_DOWN }, testingRoundRequired: { value: false, source: HIGH_DOWN } }],
  },
  massTesting: {
    onlyWhereChainUnclear: { value: true, source: MASS_TESTING },
    poolSizeByAreaLevel: {
      high: { value: 1, source: `${TESTING}: single tubes in high-risk areas` },
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
} satisfies ProtocolDocumentInput;
