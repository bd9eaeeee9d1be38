import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { deriveKey } from '../../src/platform/crypto.ts';
import { signVenueToken, TOKEN_KEY_PURPOSE } from '../../src/venue-codes/token.ts';
import { ApiSession, type PersonSummary } from './api.ts';
import { launchBrowser, saveScreenshot, signInThroughPage, unlabelledControls } from './browser.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const dataDir = inject('dataDir');
const COUNTY = '140703';
const VENUE_NAME = '扫码测试超市';
const STAFF_PASSWORD = 'browser tests check-in staff';
const RESIDENT = 'e2e.resident.checkins';
const RESIDENT_PASSWORD = 'browser tests resident password';
/** A phone held upright, and the narrowest screen the scan page is made for. */
const PHONE = { width: 390, height: 844 };
const NARROW_PHONE = { width: 360, height: 740 };

/**
 * The token a venue's printed code carries, signed with the server's own key (read from its data folder the
 * way the server reads it): the API hands out images of codes, never their tokens.
 */
function printedToken(codeId: string, venueId: string): string {
  const { secretKey } = loadConfig({ dataDir: dataDir! }, {});
  return signVenueToken(deriveKey(secretKey, TOKEN_KEY_PURPOSE), { codeId, venueId });
}

/** Whether the page is wider than the screen (something would have to be scrolled sideways). */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe.skipIf(baseUrl === null)('check-ins in a browser', () => {
  let browser: Browser;
  let staff: string;
  let venueId: string;
  let token: string;
  const url = (path: string) => `${baseUrl}${path}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await ApiSession.login(baseUrl!, 'admin', adminPassword);
    staff = await admin.createStaff('community_worker', COUNTY, STAFF_PASSWORD);
    const venue = await admin.call<{ id: string }>('POST', '/places', { kind: 'venue', venueType: 'supermarket', name: VENUE_NAME, jurisdictionCode: COUNTY });
    const code = await admin.call<{ id: string }>('POST', `/places/${venue.id}/codes`, { label: '正门' });
    venueId = venue.id;
    token = printedToken(code.id, venue.id);
    // A resident of the demo county gets an account of their own; registering a new person would change the county's figures.
    const person = (await admin.call<{ items: PersonSummary[] }>('GET', `/people?jurisdiction=${COUNTY}&sort=-name&limit=1`)).items[0]!;
    await admin.call('POST', '/accounts', { username: RESIDENT, displayName: '扫码居民', password: RESIDENT_PASSWORD, role: 'citizen', personId: person.id });
  });
  afterAll(() => browser?.close());

  async function onPhone(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, isMobile: true, hasTouch: true });
    return { context, page: await context.newPage() };
  }

  async function inConsole(username: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signInThroughPage(page, baseUrl!, username, password);
    return { context, page };
  }

  test('a resident scans a venue’s code, signs in, checks in with a fever, leaves, and finds the stay in My check-ins', async () => {
    const { context, page } = await onPhone();
    await page.goto(url(`/scan#${token}`));
    await expect.poll(async () => (await page.getByTestId('scanned-venue').textContent()) ?? '', { timeout: 15_000 }).toBe(VENUE_NAME);
    await page.getByLabel(/用户名|Username/).fill(RESIDENT);
    await page.getByLabel(/密码|Password/).fill(RESIDENT_PASSWORD);
    await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();

    const temperature = page.locator('#temperature');
    const temperatureError = page.locator('#temperature-error');
    const checkIn = page.getByRole('button', { name: /^(登记进入|Check in)$/ });
    // The format is checked in the page; whether a reading is plausible, by the server, beside the field.
    await temperature.fill('38.x');
    await checkIn.click();
    await expect.poll(async () => (await temperatureError.textContent()) ?? '').toMatch(/36\.5/);
    expect(await temperature.getAttribute('aria-invalid')).toBe('true');
    await temperature.fill('45.5');
    await checkIn.click();
    await expect.poll(async () => (await temperatureError.textContent()) ?? '', { timeout: 10_000 }).toMatch(/43/);
    await saveScreenshot(page, 'scan-temperature-error');
    await temperature.fill('38.1');
    await saveScreenshot(page, 'scan');
    // A double tap sends the same check-in twice at most; the server keeps one.
    await checkIn.dblclick();

    const confirmation = page.getByTestId('checkin-confirmation');
    await confirmation.waitFor({ timeout: 15_000 });
    expect(await confirmation.textContent()).toContain(VENUE_NAME);
    expect(await confirmation.textContent()).toContain('38.1 °C');
    await page.getByTestId('fever-notice').waitFor();
    // The double tap's second click lands on the confirmation and selects its words; unselect them for the picture.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await saveScreenshot(page, 'scan-checked-in');
    await page.setViewportSize(NARROW_PHONE);
    expect(await overflowsSideways(page)).toBe(false);

    await page.getByRole('button', { name: /离开|Leave/ }).click();
    await expect.poll(async () => (await confirmation.textContent()) ?? '').toMatch(/离开时间|Time out/);

    await page.getByRole('link', { name: /我的登记记录|My check-ins/ }).click();
    await page.waitForURL(/\/scan\/history/);
    const stays = page.getByTestId('my-checkins').locator('.checkin-item').filter({ hasText: VENUE_NAME });
    await stays.first().waitFor({ timeout: 15_000 });
    expect(await stays.count()).toBe(1);
    const stay = (await stays.first().textContent()) ?? '';
    expect(stay).toContain('38.1 °C');
    expect(stay).not.toMatch(/尚未登记离开|not left yet/);
    expect(await overflowsSideways(page)).toBe(false);
    await saveScreenshot(page, 'scan-history');

    const resident = await ApiSession.login(baseUrl!, RESIDENT, RESIDENT_PASSWORD);
    const mine = await resident.call<{ items: { venueId: string; exitedAt: string | null; temperature: number | null }[] }>('GET', '/me/checkins');
    expect(mine.items.filter((item) => item.venueId === venueId)).toEqual([expect.objectContaining({ temperature: 38.1, exitedAt: expect.any(String) })]);
    await context.close();
  });

  test('a code that is not one of ours gets the plain invalid-code message, without asking anyone to sign in', async () => {
    const { context, page } = await onPhone();
    await page.goto(url('/scan#bv1.not-a-venue-code'));
    await page.getByTestId('invalid-code').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel(/用户名|Username/).count()).toBe(0);
    await saveScreenshot(page, 'scan-invalid');
    await context.close();
  });

  test('staff find the fever flag of that check-in, handle it with a note, and it moves to handled', async () => {
    const { context, page } = await inConsole(staff, STAFF_PASSWORD);
    await page.goto(url(`/console/fever-flags?j=${COUNTY}`));
    const table = page.getByTestId('fever-flags-table');
    const flag = table.locator(`[data-venue-id="${venueId}"][data-status="open"]`);
    await flag.first().waitFor({ timeout: 15_000 });
    expect(await flag.count()).toBe(1);
    expect(await flag.textContent()).toContain('38.1 °C');
    await saveScreenshot(page, 'fever-flags');
    const flagId = await flag.getAttribute('data-flag-id');

    await flag.getByRole('button', { name: /处理|Handle/ }).click();
    await page.getByRole('button', { name: /确认已处理|Mark as handled/ }).click();
    await expect.poll(async () => (await page.locator('#note-error').textContent()) ?? '').not.toBe('');
    expect(await page.locator('#note').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#note').fill('已电话联系，已引导至发热门诊。');
    await page.getByRole('button', { name: /确认已处理|Mark as handled/ }).click();
    await expect.poll(() => table.locator(`[data-flag-id="${flagId}"]`).count()).toBe(0);

    await page.locator('#fever-flag-status').selectOption('handled');
    const handled = table.locator(`[data-flag-id="${flagId}"][data-status="handled"]`);
    await handled.waitFor();
    expect(await handled.textContent()).toContain('已电话联系');
    await saveScreenshot(page, 'fever-flags-handled');
    await context.close();
  });

  test('staff open the venue’s check-ins from its page and see the stay with its times and temperature', async () => {
    const { context, page } = await inConsole(staff, STAFF_PASSWORD);
    await page.goto(url(`/console/places/${venueId}?j=${COUNTY}`));
    await page.getByRole('link', { name: /该场所的登记记录|Check-ins at this venue/ }).click();
    await page.waitForURL(new RegExp(`/console/checkins\\?venue=${venueId}`));
    const rows = page.getByTestId('checkins-table').locator(`[data-venue-id="${venueId}"]`);
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[1]).not.toBe('—');
    expect(cells[2]).toBe(VENUE_NAME);
    expect(cells[4]).toBe('38.1 °C');
    await saveScreenshot(page, 'checkins');
    await context.close();
  });

  test('every control of the check-in pages has a label', async () => {
    const phone = await onPhone();
    await phone.page.goto(url(`/scan#${token}`));
    await phone.page.getByRole('button', { name: /^(登录|Sign in)$/ }).waitFor({ timeout: 15_000 });
    expect(await unlabelledControls(phone.page), '/scan').toEqual([]);
    await phone.context.close();
    const { context, page } = await inConsole(staff, STAFF_PASSWORD);
    for (const path of [`/console/checkins?venue=${venueId}`, '/console/fever-flags?status=all', `/console/places/${venueId}`]) {
      await page.goto(url(`${path}${path.includes('?') ? '&' : '?'}j=${COUNTY}`));
      await page.waitForLoadState('networkidle');
      expect(await unlabelledControls(page), path).toEqual([]);
    }
    await context.close();
  });

  test('the venue page issues a printable code whose SVG is an image, and revokes it with a reason; its scans then fail', async () => {
    const { context, page } = await inConsole('admin', adminPassword);
    await page.goto(url(`/console/places/${venueId}?j=${COUNTY}`));
    const codes = page.getByTestId('venue-codes-table');
    await codes.locator('[data-code-id]').first().waitFor({ timeout: 15_000 });
    const before = await codes.locator('[data-code-id]').count();
    await page.locator('#label').fill('北门');
    await page.getByRole('button', { name: /生成场所码|Issue code/ }).click();
    await expect.poll(() => codes.locator('[data-code-id]').count()).toBe(before + 1);

    const issued = codes.locator('[data-code-id]').filter({ hasText: '北门' });
    const svg = await page.request.get(url((await issued.locator('a[data-format="svg"]').getAttribute('href'))!));
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const png = await page.request.get(url((await issued.locator('a[data-format="png"]').getAttribute('href'))!));
    expect(png.headers()['content-type']).toMatch(/^image\/png/);
    await saveScreenshot(page, 'venue-codes');

    await issued.getByRole('button', { name: /停用|Revoke/ }).click();
    await page.locator('#reason').fill('撤');
    await page.getByRole('button', { name: /确认停用|Revoke for good/ }).click();
    await expect.poll(async () => (await page.locator('#reason-error').textContent()) ?? '').not.toBe('');
    await page.locator('#reason').fill('北门已封闭，撤下');
    await page.getByRole('button', { name: /确认停用|Revoke for good/ }).click();
    await expect.poll(() => issued.getAttribute('data-active')).toBe('false');
    const revokedId = (await issued.getAttribute('data-code-id'))!;
    await context.close();

    const phone = await onPhone();
    await phone.page.goto(url(`/scan#${printedToken(revokedId, venueId)}`));
    await phone.page.getByTestId('invalid-code').waitFor({ timeout: 15_000 });
    await phone.context.close();
  });

  test('a resident whose session ended meanwhile is asked to sign in again, and the check-in then goes through once', async () => {
    const { context, page } = await onPhone();
    const signIn = async () => {
      await page.getByLabel(/用户名|Username/).fill(RESIDENT);
      await page.getByLabel(/密码|Password/).fill(RESIDENT_PASSWORD);
      await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
    };
    await page.goto(url(`/scan#${token}`));
    await signIn();
    await page.locator('#temperature').fill('36.6');
    await context.clearCookies();
    await page.getByRole('button', { name: /^(登记进入|Check in)$/ }).click();
    await signIn();
    await page.locator('#temperature').fill('36.6');
    await page.getByRole('button', { name: /^(登记进入|Check in)$/ }).click();
    await page.getByTestId('checkin-confirmation').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('fever-notice').count()).toBe(0);

    const resident = await ApiSession.login(baseUrl!, RESIDENT, RESIDENT_PASSWORD);
    const mine = await resident.call<{ items: { venueId: string; temperature: number | null }[] }>('GET', '/me/checkins');
    expect(mine.items.filter((item) => item.venueId === venueId).map((item) => item.temperature)).toEqual([36.6, 38.1]);
    await context.close();
  });

  test('a staff account on the scan page is told that scanning is for residents', async () => {
    const { context, page } = await onPhone();
    await page.goto(url(`/scan#${token}`));
    await page.getByLabel(/用户名|Username/).fill(staff);
    await page.getByLabel(/密码|Password/).fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
    await expect.poll(async () => (await page.getByTestId('scan-page').textContent()) ?? '', { timeout: 15_000 }).toMatch(/只用于居民本人|for residents’ own/);
    expect(await page.locator('#temperature').count()).toBe(0);
    await context.close();
  });
});
