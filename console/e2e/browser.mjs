// Shared by the browser tests: Debian's Chromium through playwright-core (no browser download is
// possible here), a fresh profile per test, sign-in, GraphQL through the page's own session, and
// screenshots under e2e/screenshots/ (git-ignored) to look at after a run.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:4000';
export const DEMO_PASSWORD = 'naccc-demo';
const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new browser profile (no cookies), in a UK locale and time zone. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in on the console at `baseUrl` (the safelisted server's, say) and waits for the home page. */
export async function signIn(page, email, password = DEMO_PASSWORD, baseUrl = BASE_URL) {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('Email address').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
}

/**
 * Collects into `refused` the operation names a server with the persisted-document safelist on
 * refuses while `page` is used (PERSISTED_QUERY_NOT_IN_LIST): the console must send none.
 */
export function recordRefusedDocuments(page, refused) {
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => ({}));
    if (body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_IN_LIST')) refused.push(response.request().postDataJSON()?.operationName ?? '?');
  });
}

/** A GraphQL call carrying the page's session cookie, for setting up and checking what the UI did. */
export async function graphql(page, query, variables = {}) {
  const response = await page.request.post(`${BASE_URL}/graphql`, { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  return response.json();
}

export async function screenshot(page, name) {
  // From the top: scrolled, the app bar hides and fixed elements (the menu, the off-screen
  // "Skip to content" button) are drawn at odd places in a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Polls `check` until it returns true (the UI updates after debounced requests). */
export async function eventually(check, { timeout = 10_000, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out waiting for ${message}${last ? `: ${last.message}` : ''}`);
}
