import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, newPage, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** WCAG 2.1 AA rules; serious and critical findings fail the run. */
async function seriousViolations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`);
}

test('the sign-in page meets WCAG 2.1 AA (no serious findings)', async () => {
  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/#/login`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('the centres list and a centre form meet WCAG 2.1 AA (no serious findings)', async () => {
  const page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  await page.goto(`${BASE_URL}/#/Centre`);
  await page.locator('table tbody tr').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.locator('table tbody tr').first().click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Opening times').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
