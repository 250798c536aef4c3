import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, eventually, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, 'national@naccc.test');
});
after(() => browser?.close());

const rows = () => page.locator('table tbody tr');
const cellTexts = async (column) => rows().locator(`td.column-${column}`).allInnerTexts();

test('head office lists the network of centres, 25 to a page', async () => {
  await page.goto(`${BASE_URL}/#/Centre`);
  await rows().first().waitFor();
  assert.equal(await rows().count(), 25);
  await page.getByText(/of 350$/).waitFor();
  await screenshot(page, 'centres-list');
});

test('searching narrows the list to matching centres', async () => {
  await page.getByPlaceholder('Name, town or postcode').fill('Cardiff');
  await eventually(async () => {
    const towns = await cellTexts('town');
    return towns.length > 0 && towns.every((town) => town === 'Cardiff');
  }, { message: 'only Cardiff centres listed' });
  await screenshot(page, 'centres-search');
  await page.getByPlaceholder('Name, town or postcode').fill('');
  await page.getByText(/of 350$/).waitFor();
});

test('the region filter shows only that region', async () => {
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Wales' }).click();
  await eventually(async () => {
    const regions = await cellTexts('region');
    return regions.length > 0 && regions.every((region) => region === 'Wales');
  }, { message: 'only Welsh centres listed' });
  await screenshot(page, 'centres-filter-wales');
});

test('editing a centre saves it, and the change is stored', async () => {
  await rows().first().click();
  await page.getByRole('link', { name: 'Edit' }).click();
  const openingTimes = page.getByLabel('Opening times');
  await openingTimes.fill('Alternate Saturdays, 09:30 to 12:00 (e2e)');
  await screenshot(page, 'centre-edit');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Alternate Saturdays, 09:30 to 12:00 (e2e)').waitFor();
  const id = decodeURIComponent(page.url().split('/Centre/')[1].split('/')[0]);
  const stored = await graphql(page, 'query($id: ID!) { Centre(id: $id) { openingPattern version } }', { id });
  assert.equal(stored.data.Centre.openingPattern, 'Alternate Saturdays, 09:30 to 12:00 (e2e)');
  assert.ok(stored.data.Centre.version >= 2);
  await screenshot(page, 'centre-show-after-edit');
});

test("the server's refusal of an unknown postcode is shown to the user and nothing is created", async () => {
  const before = await graphql(page, '{ _allCentresMeta { count } }');
  await page.goto(`${BASE_URL}/#/Centre/create`);
  await page.getByLabel('Organisation').fill('Relate');
  await page.getByRole('option').first().click();
  await page.getByLabel('Name').fill('Nowhere Contact Centre');
  await page.getByLabel('Service types').click();
  await page.getByRole('option', { name: 'Supported contact' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Address line 1').fill('Village Hall');
  await page.getByLabel('Town').fill('Nowhere');
  await page.getByLabel('Postcode').fill('ZZ99 9ZZ');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/postcode/i).filter({ hasText: /not known|not a valid/ }).first().waitFor();
  await screenshot(page, 'centre-create-bad-postcode');
  const afterCount = await graphql(page, '{ _allCentresMeta { count } }');
  assert.equal(afterCount.data._allCentresMeta.count, before.data._allCentresMeta.count);
});
