import type { ProtocolDocumentInput } from '../model.ts';

/**
 * The nine prohibitions (疫情防控“九不准”), announced at the State Council joint prevention and control
 * mechanism's press conference of 5 June 2022, as rules that later modules enforce by id. English after
 * PROTOCOL.md, Guardrails.
 */
export const nineProhibitions = {
  source: '疫情防控“九不准”，国务院联防联控机制新闻发布会，2022-06-05 (PROTOCOL.md, Guardrails)',
  rules: [
    {
      id: 'no-travel-limits-beyond-risk-areas',
      zh: '不准随意将限制出行的范围由中、高风险地区扩大到其他地区。',
      en: 'Do not extend travel restrictions from medium/high-risk areas to other areas.',
    },
    {
      id: 'no-forced-return-from-low-risk-areas',
      zh: '不准对来自低风险地区人员采取强制劝返、隔离等限制措施。',
      en: 'Do not force people from low-risk areas to return or quarantine.',
    },
    {
      id: 'no-prolonged-area-control',
      zh: '不准随意延长中、高风险地区及封控区、管控区的管控时间。',
      en: 'Do not prolong the control period of medium/high-risk areas arbitrarily.',
    },
    {
      id: 'no-widened-risk-persons',
      zh: '不准随意扩大采取隔离、管控措施的风险人员范围。',
      en: 'Do not widen the set of risk persons under quarantine or control arbitrarily.',
    },
    {
      id: 'no-prolonged-quarantine',
      zh: '不准随意延长风险人员的隔离和健康监测时间。',
      en: 'Do not prolong quarantine or health monitoring of risk persons arbitrarily.',
    },
    {
      id: 'no-refused-medical-care',
      zh: '不准随意以疫情防控为由拒绝为急危重症和需要规律性诊疗等患者提供医疗服务。',
      en: 'Do not refuse medical care to emergency or critical patients, or to those who need regular treatment, on grounds of prevention.',
    },
    {
      id: 'no-quarantine-of-returning-students',
      zh: '不准对符合条件离校返乡的高校学生采取隔离等措施。',
      en: 'Do not quarantine eligible university students returning home.',
    },
    {
      id: 'no-arbitrary-checkpoints-for-drivers',
      zh: '不准随意设置防疫检查点，限制符合条件的客、货车司乘人员通行。',
      en: 'Do not set checkpoints arbitrarily that stop eligible passenger and freight drivers.',
    },
    {
      id: 'no-closing-low-risk-places',
      zh: '不准随意关闭低风险地区保障正常生产生活的场所。',
      en: 'Do not close places in low-risk areas that keep normal production and life going.',
    },
  ],
} satisfies ProtocolDocumentInput['guardrails'];
