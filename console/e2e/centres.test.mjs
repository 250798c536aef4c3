import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, eventually, graphql, launch, newPage, screenshot, signIn } from './browser.mjs';

let browser;
let page;

// Records this file makes for itself (through the API), so the tests below do not depend on the
// demo seed's names; they are removed afterwards so later files see the seeded counts.
const stamp = Date.now().toString(36);
const fixture = { organisation: undefined, centre: undefined, createdInUi: [] };

async function gql(query, variables) {
  const result = await graphql(page, query, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

before(async () => {
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, 'national@naccc.test');
  ({ createOrganisation: fixture.organisation } = await gql(
    `mutation($name: String!) {
      createOrganisation(name: $name, type: CHARITY, region: YORKSHIRE_AND_THE_HUMBER, contactEmail: "e2e@example.org") { id name }
    }`,
    { name: `E2E Contact Trust ${stamp}` },
  ));
  ({ createCentre: fixture.centre } = await gql(
    `mutation($organisationId: ID!, $name: String!) {
      createCentre(organisationId: $organisationId, name: $name, serviceTypes: [SUPPORTED_CONTACT], addressLine1: "Church Hall",
        town: "Leeds", postcode: "LS1 4AP", openingPattern: "Saturdays, 10:00 to 12:00") { id name version region }
    }`,
    { organisationId: fixture.organisation.id, name: `E2E Centre ${stamp}, Leeds` },
  ));
});

after(async () => {
  if (page) {
    for (const id of [fixture.centre?.id, ...fixture.createdInUi].filter(Boolean)) {
      await graphql(page, 'mutation($id: ID!) { deleteCentre(id: $id) { id } }', { id });
    }
    if (fixture.organisation) await graphql(page, 'mutation($id: ID!) { deleteOrganisation(id: $id) { id } }', { id: fixture.organisation.id });
  }
  await browser?.close();
});

const rows = () => page.locator('table tbody tr');
const cellTexts = async (column) => rows().locator(`td.column-${column}`).allInnerTexts();
/** "1-25 of 351": the total the list shows. */
const shownTotal = async () => Number((await page.getByText(/^\d+-\d+ of \d+$/).innerText()).split(' of ')[1]);

test('head office lists the seeded network of centres, 25 to a page', async () => {
  const { _allCentresMeta } = await gql('{ _allCentresMeta { count } }');
  // The demo seed (SEED_DEMO=true, scale 1) has landed: ~350 centres plus this file's own.
  assert.ok(_allCentresMeta.count >= 350, `the seeded network is listed (got ${_allCentresMeta.count})`);
  await page.goto(`${BASE_URL}/#/Centre`);
  await rows().first().waitFor();
  assert.equal(await rows().count(), 25);
  await page.getByText(new RegExp(`of ${_allCentresMeta.count}$`)).waitFor();
  // Organisation names come from a second, batched request: wait for them before the picture.
  await eventually(async () => (await cellTexts('organisationId')).every((name) => name.trim() !== ''), { message: 'organisation names shown' });
  assert.deepEqual(await page.locator('table thead th').allInnerTexts(), ['Name', 'Organisation', 'Town', 'Postcode', 'Region', 'Kind', 'Services', 'Listed']);
  await screenshot(page, 'centres-list');
});

test('a page of 100 centres names the organisation of every one (more than one batch of references)', async () => {
  await page.goto(`${BASE_URL}/#/Centre?perPage=100&page=1`);
  await eventually(async () => (await rows().count()) === 100, { message: '100 rows' });
  await eventually(async () => (await cellTexts('organisationId')).every((name) => name.trim() !== ''), { message: 'every organisation named' });
  assert.ok(new Set(await cellTexts('organisationId')).size > 25, 'more distinct organisations than the server’s default page');
  await page.goto(`${BASE_URL}/#/Centre?perPage=25&page=1`);
  await rows().first().waitFor();
});

test('searching narrows the list to matching centres', async () => {
  const all = await shownTotal();
  await page.getByRole('textbox', { name: 'Search centres' }).fill('Cardiff');
  await eventually(async () => {
    const towns = await cellTexts('town');
    return towns.length > 0 && towns.every((town) => town === 'Cardiff');
  }, { message: 'only Cardiff centres listed' });
  assert.ok((await shownTotal()) < all);
  await screenshot(page, 'centres-search');
  await page.getByRole('textbox', { name: 'Search centres' }).fill('');
  await page.getByText(new RegExp(`of ${all}$`)).waitFor();
});

test('the region filter shows only that region, and a service type narrows it further', async () => {
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Wales' }).click();
  await eventually(async () => {
    const regions = await cellTexts('region');
    return regions.length > 0 && regions.every((region) => region === 'Wales');
  }, { message: 'only Welsh centres listed' });
  const welsh = await shownTotal();
  await screenshot(page, 'centres-filter-wales');

  await page.getByRole('combobox', { name: 'Service type' }).click();
  await page.getByRole('option', { name: 'Supervised contact', exact: true }).click();
  await eventually(async () => {
    const services = await cellTexts('serviceTypes');
    return services.length > 0 && (await shownTotal()) < welsh && services.every((cell) => cell.includes('Supervised contact'));
  }, { message: 'only Welsh centres offering supervised contact' });
  assert.ok((await cellTexts('region')).every((region) => region === 'Wales'));
  await screenshot(page, 'centres-filter-wales-supervised');
});

test('editing a centre saves it, and the change is stored', async () => {
  await rows().first().click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const openingTimes = page.getByLabel('Opening times');
  const pattern = `Alternate Saturdays, 09:30 to 12:00 (e2e ${stamp})`;
  await openingTimes.fill(pattern);
  await screenshot(page, 'centre-edit');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(pattern).waitFor();
  const id = decodeURIComponent(page.url().split('/Centre/')[1].split('/')[0]);
  const stored = await gql('query($id: ID!) { Centre(id: $id) { openingPattern version } }', { id });
  assert.equal(stored.Centre.openingPattern, pattern);
  assert.ok(stored.Centre.version >= 2);
  // Dates as dd/mm/yyyy, times in Europe/London.
  await page.getByText(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/).waitFor();
  await screenshot(page, 'centre-show-after-edit');
});

test('an edit based on a stale version is refused with a readable message, not saved over the other change', async () => {
  const { id } = fixture.centre;
  await page.goto(`${BASE_URL}/#/Centre/${encodeURIComponent(id)}`);
  const openingTimes = page.getByLabel('Opening times');
  await eventually(async () => (await openingTimes.inputValue()) === 'Saturdays, 10:00 to 12:00', { message: 'the edit form loaded' });
  // Someone else saves first (the form still holds the version it was opened at).
  await gql('mutation($id: ID!, $version: Int!) { updateCentre(id: $id, version: $version, openingPattern: "Sundays, 14:00 to 16:00") { version } }', {
    id,
    version: fixture.centre.version,
  });
  await openingTimes.fill('Saturdays, 09:00 to 11:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/changed by someone else/).waitFor();
  assert.equal(await page.getByText('[object Object]').count(), 0);
  await screenshot(page, 'centre-edit-conflict');
  const stored = await gql('query($id: ID!) { Centre(id: $id) { openingPattern } }', { id });
  assert.equal(stored.Centre.openingPattern, 'Sundays, 14:00 to 16:00');
  // One click shows the other person's change in the form.
  await page.getByRole('button', { name: 'Reload' }).click();
  await eventually(async () => (await page.getByLabel('Opening times').inputValue()) === 'Sundays, 14:00 to 16:00', { message: 'the reloaded form shows their change' });
});

/** Fills the create form for the fixture organisation; the caller sets the postcode. */
async function fillNewCentre(name) {
  // Through the list's button: a fresh form each time (going to the same URL would keep the old one).
  await page.goto(`${BASE_URL}/#/Centre`);
  await page.getByRole('link', { name: 'Add centre' }).click();
  await page.getByLabel('Organisation').fill(fixture.organisation.name);
  await page.getByRole('option', { name: fixture.organisation.name }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Service types').click();
  await page.getByRole('option', { name: 'Supported contact' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Address line 1').fill('Village Hall');
  await page.getByLabel('Town').fill('Cardiff');
}

test("the server's refusal of an unknown postcode is shown beside the postcode and in the notification; nothing is created", async () => {
  const before = await gql('{ _allCentresMeta { count } }');
  await fillNewCentre(`Nowhere Contact Centre ${stamp}`);
  // A well-formed postcode (the form's own check passes) in a district that does not exist.
  await page.getByLabel('Postcode').fill('ZZ99 9ZZ');
  await page.getByRole('button', { name: 'Save' }).click();
  const message = 'The postcode district of "ZZ99 9ZZ" is not known';
  await page.getByRole('alert').filter({ hasText: message }).first().waitFor();
  // The input itself is marked invalid and described by the server's words.
  const postcode = page.getByLabel('Postcode');
  assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
  const describedBy = await postcode.getAttribute('aria-describedby');
  assert.equal(await page.locator(`[id="${describedBy}"]`).innerText(), message);
  assert.equal(await page.getByText('[object Object]').count(), 0);
  await screenshot(page, 'centre-create-bad-postcode');
  const afterCount = await gql('{ _allCentresMeta { count } }');
  assert.equal(afterCount._allCentresMeta.count, before._allCentresMeta.count);
});

test('creating a centre with a valid postcode places it in the region of its postcode', async () => {
  await fillNewCentre(`E2E Cardiff Contact Centre ${stamp}`);
  await page.getByLabel('Postcode').fill('cf10 1ep');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/Centre\/[^/]+\/show$/);
  const id = decodeURIComponent(page.url().split('/Centre/')[1].split('/')[0]);
  fixture.createdInUi.push(id);
  await page.getByText('CF10 1EP').waitFor();
  await page.getByText('Wales', { exact: true }).waitFor();
  const stored = await gql('query($id: ID!) { Centre(id: $id) { name region postcode organisationId } }', { id });
  assert.deepEqual(stored.Centre, { name: `E2E Cardiff Contact Centre ${stamp}`, region: 'WALES', postcode: 'CF10 1EP', organisationId: fixture.organisation.id });
  await screenshot(page, 'centre-created');
});
