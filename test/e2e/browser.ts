import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; test tools' own browser downloads are not used. */
export const CHROMIUM = process.env.BULWARK_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots of the main pages are saved (kept by CI as artifacts). */
export const SCREENSHOT_FOLDER = join(process.cwd(), 'test-artifacts', 'screenshots');

/** Headless Chromium without the background traffic that a closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Signs in through the login page and waits for the console. The server allows a few logins a minute from
 * one address, and all the browser tests share one, so a refused attempt is tried again a little later.
 */
export async function signInThroughPage(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/用户名|Username/).fill(username);
    await page.getByLabel(/密码|Password/).fill(password);
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

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_FOLDER, `${name}.png`), fullPage: true });
}

/** The form controls of the page that have no accessible name (label, aria-label, title, or a button's text). */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.locator('input:not([type=hidden]), select, textarea, button').evaluateAll((controls) =>
    controls
      .filter((control) => {
        const element = control as HTMLInputElement;
        const named = (element.labels?.length ?? 0) > 0 || element.getAttribute('aria-label') || element.getAttribute('aria-labelledby') || element.getAttribute('title');
        return !named && !(element.tagName === 'BUTTON' && element.textContent?.trim());
      })
      .map((control) => control.outerHTML.slice(0, 120)),
  );
}
