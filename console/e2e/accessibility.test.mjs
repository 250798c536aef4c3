import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { BASE_URL, launch, newPage, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

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
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Opening times').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test("the training compliance matrix and a person's training meet WCAG 2.1 AA (no serious findings)", async () => {
  const page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  await page.goto(`${BASE_URL}/#/training-matrix`);
  await page.locator('table tbody tr').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  // Someone with training records: their page's training section, mandatory courses and records.
  await page.locator('table tbody tr th a').first().click();
  await page.getByRole('heading', { name: 'Mandatory courses' }).waitFor();
  await page.getByText('Loading training…').waitFor({ state: 'detached' });
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the first Tab shows a readable "Skip to content" button that moves focus past the menu', async () => {
  const page = await newPage(browser);
  await signIn(page, 'national@naccc.test');
  await page.goto(`${BASE_URL}/#/Centre`);
  await page.locator('table tbody tr').first().waitFor();
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to content' });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  await page.waitForTimeout(300); // its slide-in transition
  const { color, background, top } = await skip.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor, top: el.getBoundingClientRect().top };
  });
  assert.ok(top >= 0, 'the button is on screen when focused');
  assert.ok(contrast(color, background) >= 4.5, `text contrast ${contrast(color, background).toFixed(2)} is at least 4.5:1`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('#main-content'))), true, 'focus is in the main content');
  await page.context().close();
});
