import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ApiSession, type PersonSummary } from './api.ts';
import { launchBrowser, saveScreenshot, signInThroughPage, unlabelledControls } from './browser.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const COUNTY = '140703';
const INVESTIGATOR = 'e2e.investigator.140703';
const INVESTIGATOR_PASSWORD = 'browser tests investigator password';

/** The browser runs in China time, as the console's users do, so that the form's date and time inputs mean the same here. */
const TIME_ZONE = 'Asia/Shanghai';

/** A local date (China time) some days from today. */
function localDate(daysFromToday: number): string {
  const when = new Date(Date.now() + daysFromToday * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

/** A datetime-local input's value (China time, to the minute) some hours from now. */
function localDateTime(hoursFromNow: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(Date.now() + hoursFromNow * 3_600_000));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

describe.skipIf(baseUrl === null)('cases and contact tracing in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId: string;
  let personId: string;
  let personName: string;
  const url = (path: string) => `${baseUrl}${path}`;

  const signIn = () => signInThroughPage(page, baseUrl!, INVESTIGATOR, INVESTIGATOR_PASSWORD);


  /** People of the county with no case yet (the demo county may come with a few), in the order the people list gives them. */
  async function peopleWithoutCases(): Promise<PersonSummary[]> {
    const cases = await page.request.get(url(`/api/v1/cases?jurisdiction=${COUNTY}&limit=500`));
    expect(cases.status()).toBe(200);
    const taken = new Set(((await cases.json()) as { items: { personId: string }[] }).items.map((item) => item.personId));
    const people = await page.request.get(url(`/api/v1/people?jurisdiction=${COUNTY}&limit=100`));
    expect(people.status()).toBe(200);
    return ((await people.json()) as { items: PersonSummary[] }).items.filter((person) => !taken.has(person.id));
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await ApiSession.login(baseUrl!, 'admin', adminPassword);
    await admin.call('POST', '/accounts', { username: INVESTIGATOR, displayName: '流调员', password: INVESTIGATOR_PASSWORD, role: 'epidemiologist', jurisdictionCode: COUNTY });
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: TIME_ZONE, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await signIn();
    // The case is reported through the API with the epidemiologist's own session, for a person already on record:
    // the demo county's population stays as it is.
    const person = (await peopleWithoutCases())[0]!;
    const created = await page.request.post(url('/api/v1/cases'), {
      data: {
        personId: person.id,
        classification: 'confirmed',
        basis: 'positive_test',
        onsetDate: localDate(-1),
        detectedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    ({ id: caseId, personId, personName } = (await created.json()) as { id: string; personId: string; personName: string });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('an epidemiologist finds the case with the four earlies, traces its contacts, confirms one, and sees its chain', async () => {
    await page.goto(url(`/console?j=${COUNTY}`));
    await page.getByRole('link', { name: /^(病例|Cases)$/ }).click();
    await page.waitForURL(/\/console\/cases/);
    const row = page.getByTestId('cases-table').locator(`[data-case-id="${caseId}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain(personName);
    expect(await row.textContent()).toContain('确诊病例');
    const toReport = page.getByTestId('interval-detectionToReportHours');
    await toReport.waitFor();
    expect(await toReport.locator('.figure-value').textContent()).toMatch(/小时/);
    expect(await page.getByTestId('interval-reportedInTime').locator('.figure-value').textContent()).toMatch(/%|—/);
    await saveScreenshot(page, 'cases');

    await row.getByRole('link', { name: personName, exact: true }).click();
    await page.waitForURL(new RegExp(`/console/cases/${caseId}`));
    await page.getByTestId('case-details').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('case-details').textContent()).toContain(personName);

    await page.getByRole('button', { name: /^(追踪密接|Trace contacts)$/ }).click();
    const result = page.getByTestId('trace-result');
    await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 30_000 }).toMatch(/一级接触 \d+ 人/);

    const contacts = page.getByTestId('contacts-table');
    const candidates = contacts.locator('[data-status="candidate"]');
    await expect.poll(async () => (await contacts.locator('[data-contact-id]').count()) + (await contacts.locator('.empty-row').count()), { timeout: 15_000 }).toBeGreaterThan(0);
    if ((await candidates.count()) > 0) {
      const first = candidates.first();
      const contactId = (await first.getAttribute('data-contact-id'))!;
      await first.getByRole('button', { name: /^确认 / }).click();
      // The note is required: the server's problem appears beside the field.
      await page.getByRole('button', { name: /^(确认为接触者|Confirm as contact)$/ }).click();
      await expect.poll(async () => (await page.locator('#note-error').textContent()) ?? '', { timeout: 10_000 }).not.toBe('');
      await page.locator('#note').fill('电话流调核实：与病例同住。');
      await page.getByRole('button', { name: /^(确认为接触者|Confirm as contact)$/ }).click();
      await expect.poll(() => contacts.locator(`[data-contact-id="${contactId}"]`).getAttribute('data-status'), { timeout: 15_000 }).toBe('confirmed');
      const managed = page.getByTestId('managed-person');
      if ((await managed.count()) > 0) expect(await managed.textContent()).toMatch(/解除/);
      else expect(await page.getByText(/无需管控/).count()).toBe(1);
    }

    const chain = page.getByTestId('chain-list');
    await chain.waitFor({ timeout: 15_000 });
    expect(await chain.locator('li').count()).toBe(1);
    expect(await chain.locator(`li[data-case-id="${caseId}"]`).textContent()).toContain(personName);
    expect(await page.getByTestId('case-chain').locator('canvas').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'case');
    expect(await unlabelledControls(page)).toEqual([]);
  });

  test('the cases listed are traced together from the list', async () => {
    await page.goto(url(`/console/cases?j=${COUNTY}`));
    const rows = page.getByTestId('cases-table').locator('[data-case-id]');
    await rows.first().waitFor({ timeout: 15_000 });
    const listed = await rows.count();
    await page.getByRole('button', { name: new RegExp(`^(追踪本页 ${listed} 个病例的密接|Trace the ${listed} cases listed)$`) }).click();
    const result = page.getByTestId('trace-cases-result');
    await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 60_000 }).toMatch(new RegExp(`已一并追踪 ${listed} 个病例：一级接触 \\d+ 人`));
  });

  test('a second report of a person with an open case is refused, with a link to the open case', async () => {
    await page.goto(url(`/console/cases/new?person=${personId}&j=${COUNTY}`));
    await page.locator('#onsetDate').fill(localDate(-1));
    await page.locator('#detectedAt').fill(localDateTime(-1));
    await page.getByRole('button', { name: /^(报告|Report)$/ }).click();
    const toOpenCase = page.getByRole('link', { name: /^(前往未结案的病例|Go to the open case)$/ });
    await toOpenCase.waitFor({ timeout: 10_000 });
    expect(await page.locator('#case-new-form [role="alert"]').first().textContent()).toMatch(/已有未结案的病例/);
    await toOpenCase.click();
    await page.waitForURL(new RegExp(`/console/cases/${caseId}(\\?|$)`), { timeout: 15_000 });
  });

  test('an epidemiologist reports a case from a person’s page, corrects what the server refused, edits it past a concurrent change, and links it into the chain', async () => {
    // Someone without a case: the one above has one now.
    const person = (await peopleWithoutCases())[0]!;
    await page.goto(url(`/console/people/${person.id}?j=${COUNTY}`));
    await page.getByRole('link', { name: /^(报告病例|Report a case)$/ }).click();
    await page.waitForURL(/\/console\/cases\/new\?person=/);

    // Reported before it was detected: the server refuses, its problem is beside the report time in the console's language, and nothing typed is lost.
    await page.locator('#onsetDate').fill(localDate(-2));
    await page.locator('#symptoms').fill('发热、咳嗽');
    await page.getByRole('button', { name: /^(添加行程|Add a journey)$/ }).click();
    await page.locator('[id="travelHistory.0.place"]').fill('山西省太原市');
    await page.locator('[id="travelHistory.0.from"]').fill(localDate(-8));
    await page.locator('[id="travelHistory.0.to"]').fill(localDate(-6));
    await page.locator('#detectedAt').fill(localDateTime(-3));
    await page.locator('#reportedAt').fill(localDateTime(-5));
    await page.getByRole('button', { name: /^(报告|Report)$/ }).click();
    const reportedError = page.locator('#reportedAt-error');
    await expect.poll(async () => (await reportedError.textContent()) ?? '', { timeout: 10_000 }).toBe('不能早于发现时间：病例先发现、后报告');
    expect(await page.locator('#reportedAt').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#reportedAt').getAttribute('aria-describedby')).toContain('reportedAt-error');
    expect(await page.locator('#symptoms').inputValue()).toBe('发热、咳嗽');
    expect(await page.locator('[id="travelHistory.0.place"]').inputValue()).toBe('山西省太原市');
    expect(await unlabelledControls(page)).toEqual([]);
    await saveScreenshot(page, 'case-new-error');

    // An empty report time is now.
    await page.locator('#reportedAt').fill('');
    await page.getByRole('button', { name: /^(报告|Report)$/ }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}(\?|$)/, { timeout: 15_000 });
    const newCaseId = new URL(page.url()).pathname.split('/').pop()!;
    const details = page.getByTestId('case-details');
    await details.waitFor({ timeout: 15_000 });
    expect(await details.textContent()).toContain(person.name);
    expect(await details.textContent()).toContain('调查中');
    expect(await details.textContent()).toContain('咳嗽');

    // Someone else saves the case while the edit form is open: saving is refused with a conflict, and Reload starts again from their version.
    await page.getByRole('link', { name: /^(编辑病例|Edit the case)$/ }).click();
    await page.waitForURL(new RegExp(`/console/cases/${newCaseId}/edit`));
    await page.locator('#status').waitFor({ timeout: 15_000 });
    const read = (await (await page.request.get(url(`/api/v1/cases/${newCaseId}`))).json()) as { version: number };
    const meanwhile = await page.request.patch(url(`/api/v1/cases/${newCaseId}`), { data: { version: read.version, symptoms: ['发热', '咳嗽', '乏力'] } });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await page.locator('#status').selectOption('isolated');
    await page.locator('#isolatedAt').fill(localDateTime(-1));
    await page.getByRole('button', { name: /^(保存|Save)$/ }).click();
    const reload = page.getByRole('button', { name: /^(重新加载病例|Reload the case)$/ });
    await reload.waitFor({ timeout: 10_000 });
    expect(await page.locator('#case-edit-form [role="alert"]').first().textContent()).toMatch(/他人已修改/);
    await reload.click();
    await expect.poll(() => page.locator('#symptoms').inputValue(), { timeout: 10_000 }).toContain('乏力');
    expect(await page.locator('#status').inputValue()).toBe('under_investigation');
    await page.locator('#status').selectOption('isolated');
    await page.locator('#isolatedAt').fill(localDateTime(-1));
    await saveScreenshot(page, 'case-edit');
    await page.getByRole('button', { name: /^(保存|Save)$/ }).click();
    await page.waitForURL(new RegExp(`/console/cases/${newCaseId}(\\?|$)`), { timeout: 15_000 });
    await expect.poll(async () => (await page.getByTestId('case-details').textContent()) ?? '', { timeout: 15_000 }).toContain('已隔离');

    // Linked as infected by the first case: the chain now has the first case as its source and this one under it.
    const linking = page.getByTestId('link-case');
    await linking.getByRole('button', { name: /^(关联其他病例|Link to another case)$/ }).click();
    const otherCase = page.locator('#link-other-case');
    await otherCase.locator(`option[value="${caseId}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await otherCase.selectOption(caseId);
    await linking.getByLabel(/^(本病例被该病例传染|This case was infected by it)$/).check();
    await page.locator('#link-setting').selectOption('household');
    await page.locator('#link-confidence').selectOption('probable');
    await page.locator('#link-note').fill('同住一户，发病前两天共同用餐。');
    expect(await unlabelledControls(page)).toEqual([]);
    await linking.getByRole('button', { name: /^(关联|Link)$/ }).click();
    const chain = page.getByTestId('chain-list');
    await chain.locator(`li[data-case-id="${caseId}"] li[data-case-id="${newCaseId}"]`).waitFor({ timeout: 15_000 });
    expect(await chain.locator('li').count()).toBe(2);
    expect(await linking.getByRole('status').textContent()).toMatch(/已关联/);

    // The other way round would close a cycle: the server's problem is shown beside the direction, in Chinese, and nothing changes.
    await linking.getByRole('button', { name: /^(关联其他病例|Link to another case)$/ }).click();
    await otherCase.locator(`option[value="${caseId}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await otherCase.selectOption(caseId);
    await linking.getByLabel(/^(本病例传染了该病例|This case infected it)$/).check();
    await page.locator('#link-setting').selectOption('household');
    await page.locator('#link-confidence').selectOption('possible');
    await linking.getByRole('button', { name: /^(关联|Link)$/ }).click();
    await expect.poll(async () => (await page.locator('#link-direction-error').textContent()) ?? '', { timeout: 10_000 }).toBe('已是被感染者的下游病例：关联会形成环');
    expect(await chain.locator('li').count()).toBe(2);
    await saveScreenshot(page, 'case-linked');
  });
});
