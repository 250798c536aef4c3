import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('a session ended elsewhere sends the user to sign in on their next request, with a message', async () => {
  const page = await newPage(browser);
  await signIn(page, 'training@naccc.test');
  await page.goto(`${BASE_URL}/#/Centre`);
  await page.locator('table tbody tr').first().waitFor();
  // The session ends on the server (as after expiry or a sign-out in another tab) while this page
  // still believes it is signed in: the next list request is refused as UNAUTHENTICATED.
  const { data } = await graphql(page, 'mutation { logout }');
  assert.ok(data);
  await page.getByRole('menuitem', { name: 'Member organisations' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.getByText('Your session has ended; please sign in again').waitFor();
  await screenshot(page, 'session-ended');
  await page.context().close();
});

test('a session ended elsewhere sends the user from the import page to sign in when they next send something', async () => {
  const page = await newPage(browser);
  await signIn(page, 'orgadmin1@naccc.test');
  await page.goto(`${BASE_URL}/#/import-people`);
  await page.getByRole('heading', { name: 'Import people', level: 1 }).waitFor();
  await page.getByLabel('Or paste the CSV here').fill('Given name,Family name,Type,Start date\nSam,Session,Volunteer,01/10/2025');
  const { data } = await graphql(page, 'mutation { logout }');
  assert.ok(data);
  await page.getByRole('button', { name: 'Check without importing' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.getByText('Your session has ended; please sign in again').waitFor();
  await screenshot(page, 'session-ended-import');
  await page.context().close();
});
