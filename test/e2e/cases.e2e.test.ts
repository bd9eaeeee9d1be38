import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ApiSession, type PersonSummary } from './api.ts';
import { launchBrowser, saveScreenshot, unlabelledControls } from './browser.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const COUNTY = '140703';
const INVESTIGATOR = 'e2e.investigator.140703';
const INVESTIGATOR_PASSWORD = 'browser tests investigator password';

/** A local date (China time) some days from today. */
function localDate(daysFromToday: number): string {
  const when = new Date(Date.now() + daysFromToday * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

describe.skipIf(baseUrl === null)('cases and contact tracing in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId: string;
  let personName: string;
  const url = (path: string) => `${baseUrl}${path}`;

  /** Signs the epidemiologist in through the login page; the server allows a few logins a minute across all the browser tests, so a refused one is tried again a little later. */
  async function signIn(): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(url('/login'));
      await page.getByLabel(/用户名|Username/).fill(INVESTIGATOR);
      await page.getByLabel(/密码|Password/).fill(INVESTIGATOR_PASSWORD);
      await page.keyboard.press('Enter');
      try {
        await page.waitForURL(/\/console/, { timeout: 10_000 });
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        await page.waitForTimeout(20_000);
      }
    }
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await ApiSession.login(baseUrl!, 'admin', adminPassword);
    await admin.call('POST', '/accounts', { username: INVESTIGATOR, displayName: '流调员', password: INVESTIGATOR_PASSWORD, role: 'epidemiologist', jurisdictionCode: COUNTY });
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await signIn();
    // The case is reported through the API with the epidemiologist's own session, for a person already on record:
    // the demo county's population stays as it is.
    const people = await page.request.get(url(`/api/v1/people?jurisdiction=${COUNTY}&limit=1`));
    expect(people.status()).toBe(200);
    const person = ((await people.json()) as { items: PersonSummary[] }).items[0]!;
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
    ({ id: caseId, personName } = (await created.json()) as { id: string; personName: string });
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
});
