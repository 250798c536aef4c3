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
const shownTotal = async () => Number((await page.getByText(/^\d+-\d+ of \d+$/).innerText()).split(' of ')[1]);

test('head office lists the seeded member organisations', async () => {
  const { data } = await graphql(page, '{ _allOrganisationsMeta { count } }');
  // The demo seed (SEED_DEMO=true, scale 1) makes ~120 member organisations.
  assert.ok(data._allOrganisationsMeta.count >= 100, `the seeded organisations are listed (got ${data._allOrganisationsMeta.count})`);
  await page.getByRole('menuitem', { name: 'Member organisations' }).click();
  await rows().first().waitFor();
  assert.equal(await rows().count(), 25);
  await page.getByText(new RegExp(`of ${data._allOrganisationsMeta.count}$`)).waitFor();
  assert.deepEqual(await page.locator('table thead th').allInnerTexts(), ['Name', 'Type', 'Region', 'Membership', 'Contact email', 'Charity number']);
  await screenshot(page, 'organisations-list');
});

test('searching and filtering by region narrow the organisations', async () => {
  const all = await shownTotal();
  await page.getByRole('textbox', { name: 'Search organisations' }).fill('Cardiff');
  await eventually(async () => {
    const names = await cellTexts('name');
    return names.length > 0 && (await shownTotal()) < all;
  }, { message: 'fewer organisations after searching' });
  await page.getByRole('textbox', { name: 'Search organisations' }).fill('');
  await page.getByText(new RegExp(`of ${all}$`)).waitFor();

  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Region' }).click();
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Yorkshire and the Humber' }).click();
  await eventually(async () => {
    const regions = await cellTexts('region');
    return regions.length > 0 && regions.every((region) => region === 'Yorkshire and the Humber');
  }, { message: 'only organisations in Yorkshire and the Humber' });
  await screenshot(page, 'organisations-filter-region');
});

test("an organisation's page lists its centres", async () => {
  const { data } = await graphql(page, '{ allCentres(perPage: 1, sortField: "name", sortOrder: "ASC") { organisation { id } } }');
  const { id } = data.allCentres[0].organisation;
  const { data: organisation } = await graphql(page, 'query($id: ID!) { Organisation(id: $id) { name centres { name } } }', { id });
  await page.goto(`${BASE_URL}/#/Organisation/${encodeURIComponent(id)}/show`);
  await page.getByText(organisation.Organisation.name).first().waitFor();
  await screenshot(page, 'organisation-show');
  await page.getByRole('tab', { name: 'Centres' }).click();
  await rows().first().waitFor();
  assert.deepEqual(
    (await cellTexts('name')).sort(),
    organisation.Organisation.centres.map((centre) => centre.name).sort(),
  );
  await screenshot(page, 'organisation-show-centres');
});

test("an organisation admin downloads their organisation's records as one JSON file", async () => {
  const admin = await newPage(browser);
  await signIn(admin, 'orgadmin1@naccc.test');
  await admin.getByRole('menuitem', { name: 'My organisation' }).click();
  await admin.getByRole('button', { name: 'Export all records' }).waitFor();
  await screenshot(admin, 'organisation-export-button');
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Export all records' }).click()]);
  const { readFile } = await import('node:fs/promises');
  const archive = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(archive.format, 'naccc-organisation-export/1');
  assert.ok(archive.centres.length >= 2);
  assert.ok(archive.users.some((user) => user.email === 'orgadmin1@naccc.test'));
  assert.doesNotMatch(JSON.stringify(archive), /password|argon2/i);
  await admin.context().close();
});
