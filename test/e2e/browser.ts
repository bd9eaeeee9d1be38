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

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_FOLDER, `${name}.png`), fullPage: true });
}

