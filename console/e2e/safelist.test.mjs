// The console against a server that accepts only its persisted documents (GRAPHQL_SAFELIST=true,
// as in production): run.mjs starts that second server over the same database and passes its
// address as E2E_SAFELIST_URL. Every GraphQL answer the pages get is watched for a refusal.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, eventually, launch, newPage, screenshot } from './browser.mjs';

const URL = process.env.E2E_SAFELIST_URL;
const NOT_IN_SAFELIST = 'PERSISTED_QUERY_NOT_IN_LIST';

let browser;
let page;
/** Operations the safelisted server refused while the console was used; must stay empty. */
const refused = [];
let answered = 0;

before(async () => {
  if (!URL) return;
  browser = await launch();
  page = await newPage(browser);
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => ({}));
    answered += 1;
    if (body.errors?.some((error) => error.extensions?.code === NOT_IN_SAFELIST)) refused.push(response.request().postDataJSON()?.operationName ?? '?');
  });
});
after(() => browser?.close());

const rows = () => page.locator('table tbody tr');
const stamp = Date.now().toString(36);

test('head office uses the console against a server that accepts only its persisted documents', { skip: !URL && 'E2E_SAFELIST_URL is not set' }, async () => {
  // The sign-in page: who is signed in (no one), then sign in.
  await page.goto(`${URL}/#/login`);
  await page.getByLabel('Email address').fill('national@naccc.test');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
  await page.waitForLoadState('networkidle');

  // Every list head office sees, and a record of each of the main ones.
  for (const resource of ['Organisation', 'Centre', 'Person', 'StandardSet', 'User', 'AuditEvent']) {
    await page.goto(`${URL}/#/${resource}`);
    await rows().first().waitFor();
    await page.waitForLoadState('networkidle');
    if (['Organisation', 'Centre', 'Person', 'StandardSet'].includes(resource)) {
      await rows().first().click();
      await page.waitForURL(/\/show$/);
      await page.waitForLoadState('networkidle');
    }
  }

  // Create a centre, edit one field of it, delete it.
  await page.goto(`${URL}/#/Organisation`);
  await rows().first().waitFor();
  const organisation = (await rows().first().locator('td.column-name').innerText()).trim();
  await page.goto(`${URL}/#/Centre`);
  await page.getByRole('link', { name: 'Add centre' }).click();
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('option', { name: organisation }).first().click();
  await page.getByLabel('Name').fill(`Safelist Contact Centre ${stamp}`);
  await page.getByLabel('Service types').click();
  await page.getByRole('option', { name: 'Supported contact' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Address line 1').fill('Village Hall');
  await page.getByLabel('Town').fill('Cardiff');
  await page.getByLabel('Postcode').fill('CF10 1EP');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/Centre\/[^/]+\/show$/);
  await page.getByText('CF10 1EP').waitFor();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const openingTimes = page.getByLabel('Opening times');
  await openingTimes.fill(`Saturdays, 10:00 to 12:00 (${stamp})`);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`Saturdays, 10:00 to 12:00 (${stamp})`).waitFor();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.waitForURL(/#\/Centre$/);
  await screenshot(page, 'safelist-centres');

  await page.waitForLoadState('networkidle');
  await eventually(async () => answered > 20, { message: 'the console talked to the server' });
  assert.deepEqual(refused, []);
});

test('the same server refuses a document the console does not send', { skip: !URL && 'E2E_SAFELIST_URL is not set' }, async () => {
  const response = await page.request.post(`${URL}/graphql`, { data: { query: '{ _allCentresMeta { count } }' }, headers: { 'content-type': 'application/json' } });
  assert.equal(response.status(), 400);
  assert.equal((await response.json()).errors[0].extensions.code, NOT_IN_SAFELIST);
});
