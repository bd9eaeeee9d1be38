import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ApiSession } from './api.ts';
import { launchBrowser, saveScreenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const COUNTY = '140703';

/** Today's date where the county is (Asia/Shanghai), as bulletins are dated. */
function localToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe.skipIf(baseUrl === null)('the public pages in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await ApiSession.login(baseUrl!, 'admin', adminPassword);
    const username = await admin.createStaff('command_staff', COUNTY, 'browser tests command staff');
    const staff = await ApiSession.login(baseUrl!, username, 'browser tests command staff');
    await staff.call('POST', '/bulletins', { jurisdictionCode: COUNTY, date: localToday(), figures: { newConfirmed: 7, newAsymptomatic: 12, newRecovered: 3, underObservation: 418, testsReported: 52_631 } });
  });
  afterAll(() => browser?.close());

  test('the bulletin opens without login and shows today’s published figures, and nothing personal is fetched', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) apiCalls.push(path);
    });
    await page.goto(`${baseUrl}/`);
    const bulletin = page.getByTestId('public-bulletin');
    await expect.poll(async () => (await bulletin.textContent()) ?? '', { timeout: 15_000 }).toMatch(/52,?631/);
    expect(await bulletin.textContent()).toContain('418');
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.filter((path) => !path.startsWith('/api/v1/public/'))).toEqual([]);
    await saveScreenshot(page, 'public-bulletin');
    await context.close();
  });

  test('nearest fever clinics are listed by location, nearest first', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', geolocation: { longitude: 112.55, latitude: 37.43 }, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: /使用我的位置|Use my location/ }).click();
    const results = page.getByTestId('services-results');
    await results.locator('[data-distance-meters]').first().waitFor({ timeout: 15_000 });
    const distances = await results.locator('[data-distance-meters]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-distance-meters'))));
    expect(distances.length).toBeGreaterThan(0);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    await saveScreenshot(page, 'public-services');
    await context.close();
  });

  test('open data downloads carry the published figures', async () => {
    const csv = await (await fetch(`${baseUrl}/api/v1/public/open-data/bulletins?format=csv`)).text();
    expect(csv.split('\n')[0]).toContain('jurisdiction_code');
    expect(csv).toContain(`${COUNTY},`);
    expect(csv).toContain('52631');
  });
});
