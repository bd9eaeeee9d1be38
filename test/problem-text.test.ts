import { describe, expect, test } from 'vitest';
import { caseIssues, type CaseState } from '../src/cases/rules.ts';
import { checkDocument } from '../src/people/identifiers.ts';
import { personCreateSchema } from '../src/people/model.ts';
import { localizeProblem } from '../web/src/api/problem-text.ts';
import { translatorOf } from '../web/src/i18n/catalog.ts';
import { en } from '../web/src/i18n/en.ts';
import { zh } from '../web/src/i18n/zh.ts';

const chinese = translatorOf(zh);
const english = translatorOf(en);
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/** Problems as the server words them, taken from its own validation, so that a reworded phrase fails here. */
function serverProblems(): string[] {
  const problems: string[] = [];
  const refused = [
    { name: 7, documentType: 'resident_id', documentNumber: '', phone: 'call me', birthDate: '24/11/2026', nickname: 'x' },
    { name: '张三', documentType: 'passport_card', documentNumber: '1', sex: 'other', householdId: 'h'.repeat(65), priorityGroups: ['elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly', 'elderly'] },
  ];
  for (const person of refused) {
    const parsed = personCreateSchema.safeParse(person);
    if (parsed.success) throw new Error('the person should be refused');
    problems.push(...parsed.error.issues.map((issue) => issue.message));
  }
  for (const number of ['11010519491231002', '110105194912310021', '110105194902300020', '110105491231002']) {
    const checked = checkDocument('resident_id', number);
    if ('problem' in checked) problems.push(checked.problem);
  }
  const base: CaseState = {
    classification: 'asymptomatic',
    status: 'in_hospital',
    onsetDate: '2026-12-30',
    sampledDate: null,
    detectedAt: '2026-11-24T08:00:00Z',
    reportedAt: '2026-11-24T07:00:00Z',
    isolatedAt: null,
    treatedAt: null,
  };
  problems.push(...caseIssues(base, '2026-11-25', new Date('2026-11-25T08:00:00Z')).map((issue) => issue.problem));
  problems.push(...caseIssues({ ...base, classification: 'confirmed', onsetDate: null, status: 'isolated' }, '2026-11-25', new Date('2026-11-25T08:00:00Z')).map((issue) => issue.problem));
  problems.push(...caseIssues({ ...base, classification: 'confirmed', onsetDate: '2026-12-30' }, '2026-11-25', new Date('2026-11-25T08:00:00Z')).map((issue) => issue.problem));
  return [...new Set(problems)];
}

describe('server problems in the console’s language', () => {
  const problems = serverProblems();

  test('the server’s validation gives the phrases the console knows', () => {
    expect(problems).toEqual(
      expect.arrayContaining([
        'must be a string',
        'must not be empty',
        'is not a field that can be set here: nickname',
        'has a wrong check digit',
        'contains an impossible birth date',
        'must be empty for an asymptomatic infection; record the sampling date instead',
        'is required when the status is in_hospital',
        'must not be before detectedAt: a case is reported after it is detected',
        'must not be in the future',
        'must be at most 64 characters',
      ]),
    );
    expect(problems.some((problem) => /^must be one of /.test(problem))).toBe(true);
    expect(problems.some((problem) => /^must list at most \d+ items$/.test(problem))).toBe(true);
  });

  test.each(problems)('“%s” is said in Chinese', (problem) => {
    expect(hasChinese(localizeProblem(problem, chinese))).toBe(true);
  });

  test('values the server names keep their meaning: statuses and sexes by their labels, numbers and fields as given', () => {
    expect(localizeProblem('is required when the status is in_hospital', chinese)).toBe('状态为“住院治疗”时必填');
    expect(localizeProblem('does not match the resident ID, which gives female', chinese)).toBe('与身份证号不符，身份证号显示为 女');
    expect(localizeProblem('does not match the resident ID, which gives 1949-12-31', chinese)).toBe('与身份证号不符，身份证号显示为 1949-12-31');
    expect(localizeProblem('must be at most 40 characters', chinese)).toBe('最多 40 个字符');
    expect(localizeProblem('must be between -90 and 90', chinese)).toBe('应在 -90 到 90 之间');
    expect(localizeProblem('must be between 30 and 45 °C', chinese)).toBe('应在 30 到 45 °C 之间');
    expect(localizeProblem('is in the future: today is 2026-11-25 in Asia/Shanghai', chinese)).toBe('不能晚于今天（Asia/Shanghai 的今天是 2026-11-25）');
    expect(localizeProblem('is not a field that can be set here: nickname, age', chinese)).toBe('此处不能填写：nickname, age');
  });

  test('in English the server’s words stand; a phrase the console does not know is shown as the server gave it', () => {
    for (const problem of ['is required', 'must be a whole number', 'must be at most 40 characters', 'has a wrong check digit', 'must not be in the future']) {
      expect(localizeProblem(problem, english)).toBe(problem);
    }
    expect(localizeProblem('is required when the status is in_hospital', english)).toBe('is required when the status is In hospital');
    expect(localizeProblem('Too big: expected string to have <=64 characters', chinese)).toBe('Too big: expected string to have <=64 characters');
  });
});
