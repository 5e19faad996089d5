import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { sessions } from './sessions';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'test-output');
export const PASSWORD = 'ChuyenDoiSo@2025';

/** Debian's Chromium, as the documents renderer launches it. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

type Viewport = { width: number; height: number };

export async function newPage(browser: Browser, baseURL: string, viewport?: Viewport): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: viewport ?? { width: 1400, height: 1000 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`[browser] ${m.text().slice(0, 500)}`));
  return page;
}

export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').first().fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('role-label').waitFor({ state: 'attached' });
  const stored = await page.evaluate(() => [localStorage.getItem('thidua.token'), localStorage.getItem('thidua.user')]);
  sessions.set(username, { token: stored[0]!, user: JSON.parse(stored[1]!) });
}

/** A page logged in as the user: the session of an earlier login when there is one, else through the form. */
export async function pageAs(browser: Browser, baseURL: string, username: string, viewport?: Viewport): Promise<Page> {
  const page = await newPage(browser, baseURL, viewport);
  const known = sessions.get(username);
  if (!known) {
    await login(page, username);
    return page;
  }
  await page.context().addInitScript(
    (s) => {
      localStorage.setItem('thidua.token', s.token);
      localStorage.setItem('thidua.user', s.user);
    },
    { token: known.token, user: JSON.stringify(known.user) },
  );
  await page.goto('/#/');
  await page.getByTestId('role-label').waitFor({ state: 'attached' });
  return page;
}

/** Logs out through the menu; the api ends that session, so later steps log in again instead of reusing it. */
export async function logout(page: Page): Promise<void> {
  const token = await page.evaluate(() => localStorage.getItem('thidua.token'));
  for (const [username, s] of sessions) if (s.token === token) sessions.delete(username);
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
