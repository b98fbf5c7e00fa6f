import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { workspaceRoot } from '@motcua/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './chromium';

export const SCREENSHOT_DIR = path.join(workspaceRoot(), '.reports', 'screenshots');

/** The system the global setup started (its gateway also serves the web app). */
export function baseUrl(): string {
  const url = process.env.WEB_E2E_URL;
  if (!url) throw new Error('WEB_E2E_URL is not set: run through apps/web-e2e/jest.config.cjs (its global setup starts the system)');
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // This machine's network is closed: without these flags Chromium keeps trying Google's hosts.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser profile at a modest desk PC's screen size, Vietnamese first. Printing is counted, not done: a
 * headless Chromium may hold the page while it "prints" a frame, and the next click then times out. Every frame's
 * print() adds one to the top window's `__prints`.
 */
export async function newDeskContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addInitScript(() => {
    // runs in the page: no DOM types in this Node project
    const w = globalThis as unknown as { top: { __prints?: number }; print: () => void };
    w.print = () => {
      w.top.__prints = (w.top.__prints ?? 0) + 1;
    };
  });
  return context;
}

/**
 * One browser for the spec file and a fresh desk profile and page for each test: registers the jest hooks; call it
 * in the `describe` body and take the test's page from `current()` in a `beforeEach`.
 */
export function freshPagePerTest(): { current(): { context: BrowserContext; page: Page } } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    context = await newDeskContext(browser!);
    page = await context.newPage();
  });
  afterEach(() => context?.close());
  afterAll(() => browser?.close());
  return { current: () => ({ context: context!, page: page! }) };
}

/** Logs in through the login screen as a demo account (libs/devtools DEMO_ACCOUNTS) and waits for the menu. */
export async function loginAs(page: Page, username: string): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('who').waitFor();
}

/** Keeps a picture of the screen as a test artifact (.reports/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
